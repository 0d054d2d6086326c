xs = [y := i for i in range(3)]
print(y)
zs = {k: (w := v) for k, v in {}.items()}
