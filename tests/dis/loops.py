for i in range(3):
    if i:
        continue
    print(i)
else:
    print('done')
while x:
    x -= 1
    if x == 2:
        break
while True:
    pass
