"""Generates src/test/resources/taipan/runtime/number_cases.txt, the expected
results of NumberCasesTest, from CPython 3.11 itself.

One case per line, tab-separated fields (backslash, newline, CR and tab escaped
as \\\\ \\n \\r \\t): a kind, its operands, and last the expected result.
Values are written as T / F (bools), i:<decimal> (ints), f:<float.hex()>
(floats; ints of 2**64 and more in hex: i:0x.. or i:-0x..), c:<re.hex()>,<im.hex()> (complex), s:<text> (str), b:<latin-1 text>
(bytes), t:<item>|<item>... (tuples of numbers); an expected exception is
E:<TypeName>: <str(exception)>.

Kinds: repr x | binop OP a b | cmp OP a b | pow3 a b m | call NAME x args... |
attr NAME x | int text [base] | float text | complex text | format x spec |
pct fmt (tuple|single) args... | bpct fmt (tuple|single) args... | strfmt fmt args...

Run: python3.11 tools/gen_number_cases.py > src/test/resources/taipan/runtime/number_cases.txt
"""
import math
import operator
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

random.seed(311)


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def enc(v):
    if isinstance(v, bool):
        return "T" if v else "F"
    if isinstance(v, int):
        return "i:%d" % v if abs(v) < 2**64 else "i:%s0x%x" % ("-" if v < 0 else "", abs(v))
    if isinstance(v, float):
        return "f:" + v.hex()
    if isinstance(v, complex):
        return "c:" + v.real.hex() + "," + v.imag.hex()
    if isinstance(v, str):
        return "s:" + esc(v)
    if isinstance(v, bytes):
        return "b:" + esc(v.decode("latin-1"))
    if isinstance(v, tuple):
        return "t:" + "|".join(enc(x) for x in v)
    raise TypeError(type(v))


def outcome(f):
    try:
        return enc(f())
    except Exception as e:  # the expected CPython exception
        return "E:%s: %s" % (type(e).__name__, e)


def emit(*fields):
    print("\t".join(fields))


# ---- float repr --------------------------------------------------------------
specials = [0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308,
            float("inf"), float("-inf"), float("nan"), 2.5, 1/3, 9007199254740993.0, 0.3, 100.0, 1e22, 1e23]
floats = list(specials)
for _ in range(1200):
    floats.append(struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0])
for _ in range(400):
    floats.append(random.uniform(-1, 1) * 10 ** random.randint(-30, 30))
for _ in range(400):
    floats.append(round(random.uniform(-1000, 1000), random.randint(0, 6)))
for x in floats:
    emit("repr", enc(x), "s:" + esc(repr(x)))

# ---- binary operators -----------------------------------------------------------
ints = [0, 1, -1, 3, -3, 7, -7, 2**63 - 1, -2**63, 2**64 + 5, -(2**70), 10**30, True, False]
fls = [0.0, -0.0, 1.5, -2.5, 3.0, 1e300, float("inf"), float("nan"), -7.25]
cpx = [1+2j, -0.5j, complex(3, 0)]
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv,
       "%": operator.mod, "**": operator.pow, "<<": operator.lshift, ">>": operator.rshift, "&": operator.and_,
       "|": operator.or_, "^": operator.xor, "divmod": divmod}


def skip(op, a, b):
    if op == "**" and isinstance(a, int) and isinstance(b, int) and abs(b) > 200 and a not in (0, 1, -1):
        return True
    if op == "<<" and isinstance(b, int) and b > 200 and a != 0:
        return True
    return False


values = ints + fls + cpx
for name, f in ops.items():
    for a in values:
        for b in values:
            if skip(name, a, b):
                continue
            emit("binop", name, enc(a), enc(b), outcome(lambda: f(a, b)))

# huge ints against floats, true division of big ints
big = [2**53 + 1, 2**1023 * 3, 2**1100 + 12345, -(2**1100 + 7), 2**1074, 3**400]
for a in big:
    for b in [3, -7, 2**60 + 1, 10**300 + 1, 2.0**53, 1e308, float("inf"), 0.5]:
        for name in ["/", "//", "%", "+", "*"]:
            emit("binop", name, enc(a), enc(b), outcome(lambda: ops[name](a, b)))
            emit("binop", name, enc(b), enc(a), outcome(lambda: ops[name](b, a)))

# ---- comparisons -------------------------------------------------------------------
cmps = {"<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne, ">": operator.gt, ">=": operator.ge}
cvals = [0, 1, -1, 2**53, 2**53 + 1, 2**1100 + 1, -(2**1100 + 1), True, 0.0, -0.0, 1.0, 2.0**53, 9007199254740993.0 - 1,
         1e308, float("inf"), float("-inf"), float("nan"), 0.5, 1+0j, 1j]
for name, f in cmps.items():
    for a in cvals:
        for b in cvals:
            emit("cmp", name, enc(a), enc(b), outcome(lambda: f(a, b)))

# ---- three-argument pow ---------------------------------------------------------------
for a in [0, 2, 3, -3, 10**20 + 7, True]:
    for b in [0, 1, 5, -1, 2**70, 3.0]:
        for m in [1, 7, -7, 0, 10**9 + 7, 4]:
            emit("pow3", enc(a), enc(b), enc(m), outcome(lambda: pow(a, b, m)))

# ---- methods --------------------------------------------------------------------------
int_methods = ["__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__", "__trunc__", "__floor__",
               "__ceil__", "__round__", "__hash__", "__bool__", "bit_length", "bit_count", "as_integer_ratio",
               "conjugate", "__index__", "__repr__"]
for x in ints + [2**1030, 255, -128]:
    for m in int_methods:
        emit("call", m, enc(x), outcome(lambda: getattr(x, m)()))
    for attr in ["real", "imag", "numerator", "denominator"]:
        emit("attr", attr, enc(x), outcome(lambda: getattr(x, attr)))
    for nd in [-1, -2, -5, 0, 2]:
        emit("call", "__round__", enc(x), enc(nd), outcome(lambda: round(x, nd)))
for x in [1234, 1250, 1350, -1250, -1251, 15, 25, -15, 10**30 + 5 * 10**10]:
    for nd in [-1, -2, -3, -11]:
        emit("call", "__round__", enc(x), enc(nd), outcome(lambda: round(x, nd)))
for x in [0, 1, 255, 256, -1, -128, -129, 2**64, 65535]:
    for length in [0, 1, 2, 9]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                emit("call", "to_bytes", enc(x), enc(length), "s:" + order, "T" if signed else "F",
                     outcome(lambda: x.to_bytes(length, order, signed=signed)))
for data in [b"", b"\x00", b"\xff", b"\xff\xfe", b"\x01\x00\x00\x00\x00\x00\x00\x00\x00", b"\x80"]:
    for order in ["big", "little"]:
        for signed in [False, True]:
            emit("frombytes", "b:" + esc(data.decode("latin-1")), "s:" + order, "T" if signed else "F",
                 outcome(lambda: int.from_bytes(data, order, signed=signed)))

float_methods = ["__neg__", "__abs__", "__int__", "__trunc__", "__floor__", "__ceil__", "__round__", "__hash__",
                 "__bool__", "is_integer", "as_integer_ratio", "hex", "conjugate", "__repr__", "__float__"]
fvals = fls + [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e-310, 123.456, 1e20, 4.5e15 + 0.5, -1e-320]
for x in fvals:
    for m in float_methods:
        if m == "__hash__" and math.isnan(x):
            continue  # CPython hashes a nan by identity
        emit("call", m, enc(x), outcome(lambda: getattr(x, m)()))
    for nd in [0, 1, 2, 3, -1, -2, 400, -400]:
        emit("call", "__round__", enc(x), enc(nd), outcome(lambda: round(x, nd)))
for x in [2.675, 0.125, 0.375, 1.005, 12345.6789, -0.45, 5e-324, 1.7976931348623157e308, 0.285, 1e-5]:
    for nd in [0, 1, 2, 3, 10, -3, -308, 310]:
        emit("call", "__round__", enc(x), enc(nd), outcome(lambda: round(x, nd)))
for x in cpx + [complex(0, -0.0), complex(-0.0, -1.0), complex(float("nan"), float("inf")), 1e16j, 3e-5+1e200j]:
    for m in ["__neg__", "__pos__", "__abs__", "__bool__", "__hash__", "conjugate", "__repr__"]:
        if m == "__hash__" and (math.isnan(x.real) or math.isnan(x.imag)):
            continue  # CPython hashes a nan by identity
        emit("call", m, enc(x), outcome(lambda: getattr(x, m)()))
    for attr in ["real", "imag"]:
        emit("attr", attr, enc(x), outcome(lambda: getattr(x, attr)))
for s in ["0x1.8p1", "  -0X1.8P+1 ", "1p-1074", "0x.8", "inf", "-infinity", "nan", "x", "0x1p99999", "0x1p-99999",
          "0x1.fffffffffffff8p1023", "1", "0x1.", "0x", ""]:
    emit("fromhex", "s:" + esc(s), outcome(lambda: float.fromhex(s)))

# ---- parsing ----------------------------------------------------------------------------
int_texts = ["0", "-0", "12", " -12 ", "+5", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17", "0b101", "010", "00",
             "0_0", "0x_1f", "0x__1", "  0x1f  ", "z", "Z", "", " ", "12a", "٣٤", "1e5", "1.5", "99999999999999999999",
             "-9223372036854775808", "9223372036854775808", "0b", "0x", "+_5", "- 5", "\t7\n", "ff", "1" * 4301,
             "1" * 4300, "7" * 5000, "0b1_0_1"]
for s in int_texts:
    for base in [None, 0, 2, 8, 10, 16, 36]:
        if base is None:
            emit("int", "s:" + esc(s), outcome(lambda: int(s)))
        else:
            emit("int", "s:" + esc(s), enc(base), outcome(lambda: int(s, base)))
for s in ["12", "0x10"]:
    for base in [1, 37, -1]:
        emit("int", "s:" + esc(s), enc(base), outcome(lambda: int(s, base)))
float_texts = ["1.5", " 1_0.5 ", "1__0", "_1", "1_", ".5", "5.", ".", "1e5", "1E-5", "1e", "1e+", "inf", "-Infinity",
               "+nan", "-NaN", "infinit", "0x10", "1e500", "-1e500", "1e-400", "", "  ", "x", "1.5j", "١٫٥",
               "١.٥", "0.1", "1_000.000_1", "1e1_0", "1.e5", "4.9e-324", "2.4703282292062328e-324",
               "1.7976931348623158e308", "1.7976931348623159e308", "123456789012345678901234567890"]
for s in float_texts:
    emit("float", "s:" + esc(s), outcome(lambda: float(s)))
complex_texts = ["1+2j", "1-2j", "2j", "-2j", "j", "+j", "-j", "1", "(1+2j)", " ( 1+2j ) ", "1+j", "1e5-1.5e-3j",
                 "inf+nanj", "1 + 2j", "x", "", "1+2", "2j+1", "1+2J", "-0-0j", "1_0+2_0j", "()", "(1"]
for s in complex_texts:
    emit("complex", "s:" + esc(s), outcome(lambda: complex(s)))

# ---- format specs ------------------------------------------------------------------------
specs = ["", "d", "5", "<5", ">8", "^9", "*^9", "=+8", "+", "-", " ", ",", "_", "08", "08,", "012_", "#x", "#X",
         "#o", "#b", "x", "_x", "_b", "#_b", "c", "e", ".3e", "E", "f", ".2f", ".0f", "#.0f", "F", "g", ".3g", "#g",
         "G", "%", ".1%", "n", "z.1f", "010.3f", "+.2e", "s", ".2", "10.4", "abc", ",x", ",_", ".", "z", "#c", "+c",
         "0=12,.2f", "x<+10,.1f", "^#10x", "010,d", "09_", "#.3g", "#.0e", ".20f", ".17g", "_d", ",%", "15,.3e",
         ">+#12_X", "07.1%", "z+.0f", ".0", "-^6", "0<5", "0^7d", "é>6", ".,", "=10", "z5"]
fmt_values = [0, 5, -5, 1234567, -1234567, 2**70, True, 65, 0.0, -0.0, 1.5, -1234.5678, 1e16, 1e-7, 123456789.0,
              float("inf"), -float("inf"), float("nan"), 0.5, 2.5, 1e300, 5e-324, -0.04, 1+2j, complex(-0.0, -1.0),
              1e16j, complex(1.5, float("nan")), "", "abc", "héllo wörld"]
for v in fmt_values:
    for spec in specs:
        emit("format", enc(v), "s:" + esc(spec), outcome(lambda: format(v, spec)))

# ---- printf-style formatting -----------------------------------------------------------------
pct_cases = [
    ("%d", (5,)), ("%d", (-5,)), ("%i", (3.9,)), ("%u", (-2,)), ("%5d|", (42,)), ("%-5d|", (42,)), ("%05d", (-42,)),
    ("%+d", (5,)), ("% d", (5,)), ("%.3d", (5,)), ("%x", (255,)), ("%#x", (255,)), ("%#X", (255,)), ("%#o", (8,)),
    ("%o", (-8,)), ("%x", (-255,)), ("%#08x", (255,)), ("%e", (12345.678,)), ("%E", (0.000123,)), ("%f", (1.5,)),
    ("%.2f", (2.675,)), ("%.0f", (0.5,)), ("%.0f", (1.5,)), ("%#.0f", (1.0,)), ("%g", (1e-5,)), ("%g", (123456789.0,)),
    ("%#g", (1.0,)), ("%G", (1e20,)), ("%10.3f|", (3.14159,)), ("%-10.3e|", (3.14159,)), ("%+.1f", (0.25,)),
    ("%05f", (float("inf"),)), ("%f", (float("nan"),)), ("%F", (float("inf"),)), ("%s", (5,)), ("%s", (1.5,)),
    ("%s", ("abc",)), ("%5s|", ("ab",)), ("%-5s|", ("ab",)), ("%.1s", ("abc",)), ("%r", (5,)), ("%r", (1.5,)),
    ("%a", (1.5,)), ("%c", (65,)), ("%c", ("x",)), ("%c", (0x110000,)), ("%c", ("ab",)), ("%c", (1.5,)),
    ("%d", ("1",)), ("%x", (1.5,)), ("%f", ("1",)), ("%s %s", (1,)), ("%s", (1, 2)), ("%y", (1,)), ("abc%", (1,)),
    ("%*d", (5, 42)), ("%-*d|", (-5, 1)), ("%*.*f", (8, 2, 3.14159)), ("%*d", ("a", 1)), ("%%", ()), ("%s%%", (5,)),
    ("%5%", ()), ("%ld", (5,)), ("%z", (5,)), ("%.2", (1,)), ("%d", (10**30,)), ("%d", (True,)), ("%s", (True,)),
    ("%x", (2**70,)), ("%.5x", (255,)), ("%+x", (255,)), ("% 06.2f", (-1.5,)), ("%(a)s", (1,)), ("abc", ()),
    ("%s and %s", ("x", 2.5)), ("%3c|", (97,)), ("%e", (0.0,)), ("%g", (-0.0,)), ("%.3g", (0.0001234,)),
]
for fmt, args in pct_cases:
    emit("pct", "s:" + esc(fmt), "tuple", *[enc(a) for a in args], outcome(lambda: fmt % args))
for fmt, arg in [("%s", 5), ("%d", 5), ("%s %s", 5), ("abc", 5), ("%.1f", 2.25)]:
    emit("pct", "s:" + esc(fmt), "single", enc(arg), outcome(lambda: fmt % arg))
bpct_cases = [
    (b"%b", (b"x",)), (b"%s", ("x",)), (b"%c", (256,)), (b"%c", (b"ab",)), (b"%c", (65,)), (b"%c", (b"z",)),
    (b"%x", (255,)), (b"%5b|", (b"ab",)), (b"%d", ("x",)), (b"%s", (5,)), (b"%a", (1.5,)), (b"%r", (5,)),
    (b"%05.1f", (2.25,)), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%-4s|", (b"ab",)),
]
for fmt, args in bpct_cases:
    emit("bpct", "b:" + esc(fmt.decode("latin-1")), "tuple", *[enc(a) for a in args], outcome(lambda: fmt % args))

# ---- str.format ----------------------------------------------------------------------------------
strfmt_cases = [
    ("{}", (5,)), ("{} {}", (1, 2)), ("{1} {0}", (1, 2)), ("{0}{0}", ("a",)), ("{{}}", ()), ("{{{}}}", (5,)),
    ("{:>5}", ("ab",)), ("{:{}}", (5, 4)), ("{:{}.{}f}", (3.14159, 8, 2)), ("{0:{1}}", (5, 4)), ("{!r}", (1.5,)),
    ("{!s:>4}", (1,)), ("{!a}", (2.5,)), ("{!x}", (1,)), ("{} {1}", (1, 2)), ("{0} {}", (1, 2)), ("{2}", (1,)),
    ("{", ()), ("}", ()), ("{0", (1,)), ("a}b", ()), ("{!}", (1,)), ("{!r", (1,)), ("{!rr}", (1,)),
    ("{0.real}", (5,)), ("{0.imag}", (1.5,)), ("{0.}", (5,)), ("{.real}", (2,)), ("{:{:{}}}", (1, 2, 3)),
    ("{:,}", (1234567,)), ("{:_b}", (255,)), ("{:%}", (0.25,)), ("x{}y{}z", (True, None)), ("{0[0]}", (5,)),
    ("{0]}", (5,)), ("{:d}", ("a",)), ("{:s}", (5,)), ("{0.nope}", (5,)), ("{:=^+10.3f}", (-2.5,)),
]
for fmt, args in strfmt_cases:
    if None in args:
        continue
    emit("strfmt", "s:" + esc(fmt), *[enc(a) for a in args], outcome(lambda: fmt.format(*args)))
