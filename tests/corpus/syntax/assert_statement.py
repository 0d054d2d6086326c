# assert with and without messages; the message expression is lazy.

def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, ("insufficient funds", balance, amount)
    return balance - amount

for amount in (30, -5, 500):
    try:
        print("left:", withdraw(100, amount))
    except AssertionError as e:
        print("AssertionError:", e, "| args:", e.args)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert:", repr(e), e.args)

evaluated = []
def message():
    evaluated.append("msg")
    return "expensive message"

assert True, message()
print("message evaluated for passing assert:", evaluated)
try:
    assert [], message()
except AssertionError as e:
    print(e, evaluated)

class Custom:
    def __repr__(self):
        return "Custom()"
try:
    assert None, Custom()
except AssertionError as e:
    print("args[0] is object:", repr(e.args[0]), str(e))

try:
    assert 0, None
except AssertionError as e:
    print("None message:", e.args, repr(str(e)))

def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"{a} > {b}"
    return "sorted"

for xs in ([1, 2, 3], [1, 3, 2]):
    try:
        print(check_sorted(xs))
    except AssertionError as err:
        print("not sorted:", err)
print(__debug__)
