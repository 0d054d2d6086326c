# KeyError's message is the repr of the key, including tricky quoting.

inventory = {"apple": 3, "pear": 0, "fig": 12}
prices = {"apple": 0.5, "pear": 0.75, "fig": 0.2}

def restock(name, amount):
    inventory[name] = inventory.get(name, 0) + amount
    return inventory[name]

def value_of(name):
    return inventory[name] * prices[name]

print("restocked pear to", restock("pear", 4))
for item in sorted(inventory):
    print(f"{item:<6} {inventory[item]:>3} units  {value_of(item):6.2f}")

# A KeyError caught and shown, then one that escapes
try:
    value_of("kiwi")
except KeyError as e:
    print("caught:", repr(e), str(e))

orders = ["apple", "fig", "dragon's fruit"]
for item in orders:
    print(item, "->", inventory[item])
