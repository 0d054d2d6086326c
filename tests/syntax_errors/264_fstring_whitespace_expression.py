x = f"value: { }"
