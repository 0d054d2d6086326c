msg = "hello
