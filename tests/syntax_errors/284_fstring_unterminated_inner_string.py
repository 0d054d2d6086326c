x = f"{'abc}"
