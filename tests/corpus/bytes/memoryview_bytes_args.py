# bytes methods taking memoryview arguments: contiguous views work, non-contiguous and released ones raise CPython's errors.
m = memoryview(b"abcd")[::2]
r = memoryview(b"ab"); r.release()
for f in [lambda: b"ab".startswith(m), lambda: b"abcd".find(memoryview(b"c")), lambda: b"a,b".split(memoryview(b",")),
          lambda: b"ab".startswith(r), lambda: b"xy".replace(memoryview(b"x"), memoryview(b"z")), lambda: memoryview(b"c") in b"abc",
          lambda: b"abc".strip(memoryview(b"a")), lambda: bytearray(b"ab").find(m)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# concatenation and extension with views
m2 = memoryview(b"abcd")[::2]
for f in [lambda: b"x" + m2, lambda: bytearray(b"x") + m2, lambda: b"x" + 1, lambda: bytearray(b"a").extend(m2), lambda: b"x" + memoryview(b"yz"), lambda: bytearray(b"x").__iadd__(m2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
