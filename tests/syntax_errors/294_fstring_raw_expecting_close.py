x = rf"{a"
