x = "abc'
