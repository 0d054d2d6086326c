# Arbitrary-precision integers
a = 2 ** 100
b = 3 ** 80
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // 12345)
print(a % 12345)
print(-a // 12345, -a % 12345)
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(len(str(f)))
print(f // (2 ** 30), f % 1000000007)
n = 10 ** 50 + 7
print(n, -n, n * n)
print(n // -3, n % -3)
print(divmod(n, 10 ** 25))
print(2 ** 200 == (2 ** 100) ** 2)
print(2 ** 64 - 1, -(2 ** 63))
print((2 ** 64) * (2 ** 64 - 1) // (2 ** 64 - 1) == 2 ** 64)
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[-1])
print(fib[149] % 10 ** 9, fib[100] // fib[99])
print(abs(-(10 ** 40)), max(10 ** 30, 10 ** 29), min(-(10 ** 30), 5))
print(int("9" * 60) + 1)
print(hex(2 ** 128), oct(2 ** 70), bin(2 ** 70 + 1))
print(sum(range(10 ** 6)) * 10 ** 20)
