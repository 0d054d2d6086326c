# __bytes__, bytes from iterables, and binary record packing by hand
class Packet:
    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload

    def __bytes__(self):
        body = self.payload.encode("utf-8")
        return bytes([self.kind, len(body)]) + body

p = Packet(7, "héllo")
raw = bytes(p)
print(raw, len(raw), raw[0], raw[1], raw[2:].decode())

def parse(stream):
    out = []
    i = 0
    while i < len(stream):
        kind, size = stream[i], stream[i + 1]
        out.append((kind, stream[i + 2:i + 2 + size].decode("utf-8")))
        i += 2 + size
    return out

stream = b"".join(bytes(Packet(k, s)) for k, s in [(1, "a"), (2, ""), (3, "日本"), (255, "end")])
print(stream)
print(parse(stream))
print(bytes(x * 2 for x in range(5)), bytes(map(ord, "map")), bytearray(iter([9, 8])))

class BadBytes:
    def __bytes__(self):
        return "not bytes"

try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)

def crc_like(data):
    acc = 0xFFFF
    for byte in data:
        acc ^= byte
        for _ in range(8):
            acc = (acc >> 1) ^ 0xA001 if acc & 1 else acc >> 1
    return acc

print(hex(crc_like(b"123456789")), hex(crc_like(stream)))
le = (1000).to_bytes(2, "little") + (70000).to_bytes(4, "little")
print(le, int.from_bytes(le[:2], "little"), int.from_bytes(le[2:], "little"))
