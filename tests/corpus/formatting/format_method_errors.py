# Errors raised by str.format
cases = [
    ("{}", ()), ("{0} {}", ("a", "b")), ("{} {0}", ("a", "b")), ("{1}", ("a",)),
    ("{x}", ()), ("{0.missing}", (1,)), ("{0[5]}", ([1],)), ("{0[k]}", ({},)),
    ("{!x}", (1,)), ("{", ()), ("}", ()), ("{0!}", (1,)), ("{:d}", ("s",)), ("{:s}", (1,)),
    ("{0:{1}}", (1,)), ("{:x}", (1.5,)), ("{:,s}", ("a",)), ("{:=5}", ("a",)),
    ("{:+s}", ("a",)), ("{:.2d}", (5,)), ("{:c}", (-1,)), ("{0[}", ([1],)), ("{:%}", ("s",)),
    ("{0.}", (1,)), ("{:10000000000000000000}", (1,)), ("{:#s}", ("a",)), ("{:,x}", (10,)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError, OverflowError) as e:
        print(repr(fmt), "!", type(e).__name__, e)
try:
    "{a}".format(b=1)
except KeyError as e:
    print(type(e).__name__, e, repr(e.args[0]))
try:
    "{0:{1}}".format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
print("{0:{1}}".format(7, "03"), "{:{}}|".format("w", 4))
