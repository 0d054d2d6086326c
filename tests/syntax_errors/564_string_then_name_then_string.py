x = "a" b "c"
