x = "abc" b"def"
