# Format-spec mini-language for strings
s = "text"
for spec in ["", "s", "10", "<10", ">10", "^10", "-^10", "^9", "^3", ".2", "10.2", ">10.3",
             "\u00b7^10", "0<6", "08", "{^10", "}>6"]:
    print(repr(spec).ljust(10), "|" + format(s, spec) + "|")
print("|" + format("", "*^5") + "|", "|" + format("\U0001f600", "*^5") + "|")
print("|{:^7}|{:<7}|{:>7}|".format("mid", "left", "right"))
for spec in ["d", "x", "+", " ", ",", "_", "#", "=10", "05.2"]:
    try:
        print(repr(spec), "|" + format(s, spec) + "|")
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(format(None, ""), format([1, 2], ""), format((1,), ""))
for obj in [None, [1], object]:
    try:
        print(format(obj, ">10"))
    except TypeError as e:
        print(type(e).__name__, e)

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        text = "$%d.%02d" % divmod(self.cents, 100)
        return format(text, spec or ">0")

print(format(Money(12345)), "[{:>12}]".format(Money(5)), f"[{Money(99):*<10}]")
