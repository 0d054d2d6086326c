for i in x:
    pass
else:
y = 1
