# global and nonlocal declarations, including nested levels.

counter = 0

def increment(by=1):
    global counter
    counter += by
    return counter

increment(); increment(5)
print("counter", counter)

def create_global():
    global created_later
    created_later = "made inside function"

create_global()
print(created_later)

def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return step, reset

step, reset = make_counter()
print(step(), step(), step(), "reset from", reset(), "then", step())
step2, _ = make_counter()
print("independent:", step2(), step())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    before = x
    result = middle()
    return before, result, x

print(outer())

def shadow():
    counter = "local"
    def inner():
        global counter
        return counter
    return counter, inner()
print(shadow())

x = "global x"
def reads_before_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local"
reads_before_assign()

def accumulator():
    total = []
    def add(v):
        total.append(v)  # mutation needs no nonlocal
        return sum(total)
    return add
acc = accumulator()
print(acc(3), acc(4), acc(5))

class K:
    global class_global
    class_global = "from class body"
print(class_global)
