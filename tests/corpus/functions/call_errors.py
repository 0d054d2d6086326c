# CPython's exact TypeError messages for calls that do not match the signature.

def f0():
    pass
def f1(a):
    pass
def f2(a, b):
    pass
def f3(a, b, c):
    pass
def fdef(a, b=1, c=2):
    pass
def fkw(a, *, k):
    pass
def fstar(a, *args, k=0):
    pass

class Shop:
    def buy(self, item, qty=1):
        return (item, qty)
    @staticmethod
    def open_at(hour):
        return hour
    @classmethod
    def make(cls, name):
        return name

shop = Shop()
five, text, nothing = 5, 's', None
cases = [
    ("f0(1)", lambda: f0(1)),
    ("f0(1, 2)", lambda: f0(1, 2)),
    ("f0(x=1)", lambda: f0(x=1)),
    ("f1()", lambda: f1()),
    ("f2()", lambda: f2()),
    ("f3(1)", lambda: f3(1)),
    ("f3()", lambda: f3()),
    ("f2(1, 2, 3)", lambda: f2(1, 2, 3)),
    ("f2(1, a=1)", lambda: f2(1, a=1)),
    ("f2(1, b=2, c=3)", lambda: f2(1, b=2, c=3)),
    ("f2(b=2)", lambda: f2(b=2)),
    ("fdef()", lambda: fdef()),
    ("fdef(1, 2, 3, 4)", lambda: fdef(1, 2, 3, 4)),
    ("fdef(1, 2, 3, 4, 5)", lambda: fdef(1, 2, 3, 4, 5)),
    ("fkw(1)", lambda: fkw(1)),
    ("fkw(1, 2)", lambda: fkw(1, 2)),
    ("fkw(1, 2, k=3)", lambda: fkw(1, 2, k=3)),
    ("fkw(k=1)", lambda: fkw(k=1)),
    ("fstar()", lambda: fstar()),
    ("fstar(1, j=2)", lambda: fstar(1, j=2)),
    ("shop.buy()", lambda: shop.buy()),
    ("shop.buy(1, 2, 3)", lambda: shop.buy(1, 2, 3)),
    ("shop.buy(1, item=2)", lambda: shop.buy(1, item=2)),
    ("Shop.buy(shop)", lambda: Shop.buy(shop)),
    ("Shop.open_at()", lambda: Shop.open_at()),
    ("Shop.make(1, 2)", lambda: Shop.make(1, 2)),
    ("Shop(1)", lambda: Shop(1)),
    ("(lambda x: x)()", lambda: (lambda x: x)()),
    ("(lambda: 0)(1)", lambda: (lambda: 0)(1)),
    ("five()", lambda: five()),
    ("text()", lambda: text()),
    ("nothing()", lambda: nothing()),
]
for label, call in cases:
    try:
        call()
        print(f"{label:<22} ok")
    except TypeError as e:
        print(f"{label:<22} {e}")
