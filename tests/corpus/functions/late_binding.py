# Closures bind names, not values: late binding and how to avoid it.

callbacks = []
for name in ["load", "save", "quit"]:
    callbacks.append(lambda: f"handler for {name}")
print([cb() for cb in callbacks])

callbacks = []
for name in ["load", "save", "quit"]:
    callbacks.append(lambda name=name: f"handler for {name}")
print([cb() for cb in callbacks])

def make_handlers():
    handlers = {}
    for key in "abc":
        def handler(key=key):
            return key.upper()
        handlers[key] = handler
    return handlers
print({k: h() for k, h in make_handlers().items()})

def factory(n):
    return lambda: n
fixed = [factory(i) for i in range(3)]
print([f() for f in fixed])

# The variable can be rebound after the closure is created
def outer():
    msg = "first"
    def speak():
        return msg
    msg = "second"
    return speak
print(outer()())

# Global late binding
greeting = "hello"
def greet():
    return greeting + " world"
print(greet())
greeting = "goodbye"
print(greet())

# Closures created in a while loop all see the final value
fs = []
i = 0
while i < 3:
    fs.append(lambda: i * 10)
    i += 1
print([f() for f in fs])

# Function defined before its helper exists still works once helper is defined
def uses_helper():
    return helper() + 1
try:
    uses_helper()
except NameError as e:
    print("NameError:", e)
def helper():
    return 41
print(uses_helper())

# Rebinding a function name changes recursive calls through the global
def countdown(n):
    return [] if n == 0 else [n] + countdown(n - 1)
original = countdown
def countdown(n):
    return ["replaced"]
print(original(3))
