try:
    a = lambda: 0
except E as e:
    b = lambda: e
else:
    c = lambda: 1
finally:
    d = lambda: 2
