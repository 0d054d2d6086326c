# bytearray mutation methods
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1:])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" world")
ba.extend([63, 63])
print(ba)
ba.insert(0, 62)
ba.insert(100, 60)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"XYZW"
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba, ba.count(b"+"), ba.find(b"+"), ba.index(43))
c = ba.copy()
c.clear()
print(c, ba == c, len(ba))
for bad in [lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.append("a"), lambda: ba.remove(0),
            lambda: bytearray().pop(), lambda: ba.__setitem__(0, 999), lambda: ba.__setitem__(slice(0, 2), 5),
            lambda: ba.extend([1, "x"]), lambda: ba.__setitem__(slice(None, None, 2), b"a")]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
z = bytearray(4)
z[::2] = b"ab"
print(z, bytearray(range(3)), bytearray("ü", "utf-8"), bytearray([1, 2]) + b"\x03")
print(bytearray(b"abc").upper(), type(bytearray(b"x").upper()).__name__, type(b"x" + bytearray(b"y")).__name__)
print(bytearray(b"ab") == b"ab", bytearray(b"a") < b"b", repr(bytearray()))
print(bytearray(b"x y").split(), bytearray(b"  s ").strip(), bytearray.fromhex("de ad"))
