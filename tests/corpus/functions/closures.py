# Closures, cell variables and the __closure__ attribute.

def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply

double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7))
print(double.__closure__[0].cell_contents, len(triple.__closure__))
print(make_multiplier.__code__.co_cellvars, double.__code__.co_freevars)
print(double.__closure__ is None, (lambda: 0).__closure__)

def bank_account(initial):
    balance = initial
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("dep", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("denied", amount))
            return None
        balance -= amount
        history.append(("wd", amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report

dep, wd, rep = bank_account(100)
print(dep(50), wd(30), wd(500), dep(5))
print(rep())

# Two closures share one cell
def shared():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = shared()
set_("changed")
print(get(), get.__closure__[0] is set_.__closure__[0])

# Closure over loop variable in a nested function body
def build():
    result = []
    for i in range(3):
        def show(i=i):
            return f"captured {i}"
        result.append(show)
    return result
print([f() for f in build()])

# Deep nesting: inner-most reads variables from several levels
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1("x")("y")("z"))

# A counter generator using a closure instead of a class
def make_id_gen(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return f"{prefix}-{n:03d}"
    return next_id
user_ids, order_ids = make_id_gen("U"), make_id_gen("O")
print(user_ids(), user_ids(), order_ids(), user_ids())
