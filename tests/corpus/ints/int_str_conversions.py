# Converting ints to and from text in many bases
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in [0, 1, -1, 35, 36, 255, -4096, 2 ** 64 + 1, -(10 ** 25)]:
    row = [to_base(n, b) for b in (2, 7, 16, 36)]
    print(n, row, all(int(s, b) == n for s, b in zip(row, (2, 7, 16, 36))))
print(str(10 ** 40), repr(-(10 ** 40)), str(-0), str(+7), str(0o17), str(0xFF))
print(int("-0b101", 0), int("+0o17", 0), int("-0X_1F", 0), int(" 0B1 ", 0))
print(int("1" * 50, 2), int("z" * 10, 36), int("7" * 30, 8))
big = 3 ** 500
text = str(big)
print(len(text), text[:20], text[-20:], int(text) == big)
print(sum(int(d) for d in str(2 ** 1000)), str(2 ** 1000).count("0"))
print(f"{big % 10 ** 12:012d}", format(big, "x")[:16], len(format(big, "b")))
print(int("０１２３"), int("٤٢"), int("१२"), float("１.５"))
print([int(c, 16) for c in "09afAF"], [chr(ord("a") + i) for i in range(3)])
print(str(True + 0), str(int("00000")), int("-000"), int("+0"), int("0_0"))
print(repr(int("12")), ascii(12), "%d|%5d|%-5d|" % (12, 12, 12), "{:d}".format(12))
