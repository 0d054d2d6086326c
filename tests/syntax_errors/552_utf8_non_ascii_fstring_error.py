x = f"été {a!z}"
