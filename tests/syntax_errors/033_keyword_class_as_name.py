class = "foo"
