x = ("ok {a}"
     f"{a!q}")
