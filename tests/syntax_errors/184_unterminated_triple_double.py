doc = """start
middle
