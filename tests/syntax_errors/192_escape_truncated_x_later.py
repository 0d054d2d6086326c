s = "abc\xZZ"
