# The TypeErrors of wrong calls to functions and methods written in C (Java in Taipan):
# METH_O / METH_NOARGS checks name the function qualified (module or type), the argument
# parsers' count and keyword errors use the bare name; functions with keyword parameters
# count all arguments first, then positional ones; class methods do not count the class.
import math
import operator
import struct
import collections
import io

calls = [
    ("math.sqrt()", lambda: math.sqrt()),
    ("math.sqrt(x=1)", lambda: math.sqrt(x=1)),
    ("math.pow(x=1)", lambda: math.pow(x=1)),
    ("operator.add(x=1)", lambda: operator.add(x=1)),
    ("struct.pack(x=2)", lambda: struct.pack(x=2)),
    ("struct.pack_into(x=2)", lambda: struct.pack_into(x=2)),
    ("len()", lambda: len()),
    ("len(x=1)", lambda: len(x=1)),
    ("[].append()", lambda: [].append()),
    ("[].append(x=1)", lambda: [].append(x=1)),
    ("[].clear(1)", lambda: [].clear(1)),
    ("[].count(1, 2)", lambda: [].count(1, 2)),
    ("[].index(x=2)", lambda: [].index(x=2)),
    ("{}.keys(0)", lambda: {}.keys(0)),
    ("{}.keys(x=2)", lambda: {}.keys(x=2)),
    ("{}.get(x=1)", lambda: {}.get(x=1)),
    ("'a'.upper(1)", lambda: 'a'.upper(1)),
    ("'a'.startswith()", lambda: 'a'.startswith()),
    ("'a'.count()", lambda: 'a'.count()),
    ("b'a'.startswith(1, 2, 3, 4)", lambda: b'a'.startswith(1, 2, 3, 4)),
    ("'a'.split(1, 2, 3)", lambda: 'a'.split(1, 2, 3)),
    ("'a'.split(1, 2, maxsplit=3)", lambda: 'a'.split(1, 2, maxsplit=3)),
    ("'a'.split(1, sep=1)", lambda: 'a'.split(1, sep=1)),
    ("'a'.split(x=1)", lambda: 'a'.split(x=1)),
    ("'a'.encode(1, 2, 3)", lambda: 'a'.encode(1, 2, 3)),
    ("'a'.encode(encoding='x', errors='y', z=1)", lambda: 'a'.encode(encoding='x', errors='y', z=1)),
    ("'a'.splitlines(1, 2)", lambda: 'a'.splitlines(1, 2)),
    ("'a'.expandtabs(1, 2)", lambda: 'a'.expandtabs(1, 2)),
    ("(1).to_bytes(2, 'big', 3)", lambda: (1).to_bytes(2, 'big', 3)),
    ("math.isclose(1, 2, 3)", lambda: math.isclose(1, 2, 3)),
    ("int.from_bytes(b'a', 'little', False)", lambda: int.from_bytes(b'a', 'little', False)),
    ("int.from_bytes()", lambda: int.from_bytes()),
    ("int.from_bytes(b'a', bytes=b'a')", lambda: int.from_bytes(b'a', bytes=b'a')),
    ("float.fromhex()", lambda: float.fromhex()),
    ("float.fromhex('1', '2')", lambda: float.fromhex('1', '2')),
    ("bytes.fromhex()", lambda: bytes.fromhex()),
    ("bytearray.fromhex(x=1)", lambda: bytearray.fromhex(x=1)),
    ("collections.deque().index(x=2)", lambda: collections.deque().index(x=2)),
    ("sorted()", lambda: sorted()),
    ("pow(1, 2, 3, 4)", lambda: pow(1, 2, 3, 4)),
    ("round(1.75, foo=1)", lambda: round(1.75, foo=1)),
    ("io.BufferedReader(io.BytesIO(), 1, 2, 3)", lambda: io.BufferedReader(io.BytesIO(), 1, 2, 3)),
    ("io.BufferedReader(io.BytesIO(), x=1)", lambda: io.BufferedReader(io.BytesIO(), x=1)),
]
for label, f in calls:
    try:
        f()
        print(label, "OK")
    except TypeError as e:
        print(label, "|", e)
