x = 1
s = '''text

more text
