f = f"value {x}
