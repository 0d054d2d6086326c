x = f"""
line one
{a b}
"""
