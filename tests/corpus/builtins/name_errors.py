# NameError and UnboundLocalError messages (caught)
try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e, e.name)
counter = 0

def increment():
    counter += 1

try:
    increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))

def shadow():
    print(value)
    value = 5

try:
    shadow()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def deleted():
    x = 1
    del x
    return x

try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def outer():
    def inner():
        return free_var
    try:
        inner()
    except NameError as e:
        print("inner:", type(e).__name__, e)
    free_var = 1
    return inner()

print(outer())
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
g = 1
del g
try:
    g
except NameError as e:
    print(type(e).__name__, e)
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
print("done")
