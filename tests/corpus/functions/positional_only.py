# Positional-only parameters (/) and how they interact with **kwargs.

def clamp(value, /, low=0, high=10):
    return max(low, min(high, value))

print(clamp(15), clamp(-3), clamp(5, high=4), clamp(5, 6, 8))
try:
    clamp(value=3)
except TypeError as e:
    print(e)

def tag(name, /, **attrs):
    # 'name' can also appear as a keyword inside attrs
    parts = [name] + [f'{k}="{v}"' for k, v in attrs.items()]
    return "<" + " ".join(parts) + ">"

print(tag("a", href="/home", name="link"))
print(tag("img", src="x.png"))

def both(a, b, /, c, *, d):
    return (a, b, c, d)

print(both(1, 2, 3, d=4), both(1, 2, c=3, d=4))
for args, kwargs in [((1,), {"b": 2, "c": 3, "d": 4}),
                     ((1, 2, 3, 4), {}),
                     ((1, 2), {"d": 4}),
                     ((), {"a": 1, "b": 2, "c": 3, "d": 4})]:
    try:
        print(both(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

def only_pos(x, y, /):
    return x ** y
print(only_pos(2, 10))
try:
    only_pos(2, y=3)
except TypeError as e:
    print("TypeError:", e)

def defaults_pos(a, b=2, /, c=3):
    return a + b + c
print(defaults_pos(1), defaults_pos(1, 10), defaults_pos(1, c=100))
print(defaults_pos.__code__.co_posonlyargcount, defaults_pos.__code__.co_argcount)
lam = lambda a, /, b: a * b
print(lam(3, b=4))
