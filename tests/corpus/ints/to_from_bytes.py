# int.to_bytes and int.from_bytes
for n in (0, 1, 255, 256, 65535, 2 ** 32 - 1, 2 ** 64):
    length = max(1, (n.bit_length() + 7) // 8)
    be = n.to_bytes(length, "big")
    le = n.to_bytes(length, "little")
    print(n, be, le, int.from_bytes(be, "big"), int.from_bytes(le, "little"))
print((1024).to_bytes(4, "big"), (1024).to_bytes(4, byteorder="little"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print((-129).to_bytes(2, "big", signed=True), (127).to_bytes(1, "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x00\x80", "big", signed=True), int.from_bytes(b"\x80\x00", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "little"), int.from_bytes(bytearray(b"\x01\x00"), "big"))
print((5).to_bytes(), int.from_bytes(b"\x05"))
print((0).to_bytes(0, "big"), (258).to_bytes(3, "big"))

def err(fn):
    try:
        print(fn())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

err(lambda: (256).to_bytes(1, "big"))
err(lambda: (-1).to_bytes(1, "big"))
err(lambda: (128).to_bytes(1, "big", signed=True))
err(lambda: (-129).to_bytes(1, "big", signed=True))
err(lambda: (1).to_bytes(1, "middle"))
err(lambda: (1).to_bytes(-1, "big"))
err(lambda: int.from_bytes(b"\x01", "sideways"))
err(lambda: int.from_bytes("abc", "big"))
err(lambda: (1).to_bytes(0, "big"))
n = 2 ** 100 + 12345
data = n.to_bytes(16, "big")
print(data.hex(), int.from_bytes(data, "big") == n)
m = -(2 ** 70)
data = m.to_bytes(10, "little", signed=True)
print(data.hex(), int.from_bytes(data, "little", signed=True) == m)
print(type(int.from_bytes(b"\x01", "big")).__name__, bool.from_bytes(b"\x01", "big"))
