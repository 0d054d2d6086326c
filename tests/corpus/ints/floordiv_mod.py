# Floor division and modulo follow the sign of the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3),
         (6, 3), (-6, 3), (1, 10), (-1, 10), (1, -10), (-1, -10)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>3} // {b:>3} = {q:>3}   {a:>3} % {b:>3} = {r:>3}   check {q * b + r == a}")

print("divmod:")
for a, b in pairs:
    print(a, b, divmod(a, b))

big = 10 ** 30 + 1
for b in (7, -7):
    for a in (big, -big):
        q, r = divmod(a, b)
        print(q, r, q * b + r == a)

print(-1 // 2 ** 70, 1 // -(2 ** 70))
print(-1 % 2 ** 70)
print(5 % 1, -5 % 1, 0 % 5)
print(True // 1, True % 2, False // True)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(7 // 2.0, -7 // 2.0, 7 % -2.0)
print(-0.0 // 1, 0.0 % -1.0)
