# hex() and fromhex() for bytes and bytearray
data = bytes(range(0, 256, 37))
print(data.hex(), data.hex(":"), data.hex("-", 2), data.hex(" ", -2), data.hex(b"|", 3))
print(b"".hex(), b"\x00".hex(), bytearray(b"\xab\xcd").hex(), memoryview(b"\x01").hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad be ef"), bytes.fromhex(" 01  02 "))
print(bytes.fromhex(""), bytes.fromhex("FF00aA"), bytearray.fromhex("41 42 43"))
for s in ["abc", "0g", "de ad b", "1 2", "-1", "0x12", "12\n34"]:
    try:
        print(repr(s), bytes.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
try:
    bytes.fromhex(b"12")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"ab".hex("::")
except ValueError as e:
    print(type(e).__name__, e)
n = 0xCAFEBABE
raw = n.to_bytes(4, "big")
print(raw.hex(), raw.hex().upper(), int(raw.hex(), 16) == n, bytes.fromhex(raw.hex()) == raw)
print(" ".join(f"{b:02x}" for b in b"Hi!"), "".join(format(b, "08b") for b in b"\x05\x0f"))
