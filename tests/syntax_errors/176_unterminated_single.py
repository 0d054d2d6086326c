name = 'Alice
print(name)
