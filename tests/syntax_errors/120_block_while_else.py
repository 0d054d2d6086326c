while x:
    pass
else:
y = 1
