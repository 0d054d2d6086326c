# KeyError's message is the repr of the key, including tricky quoting.

inventory = {"apple": 3, "pear": 0}
orders = ["apple", "pear", "dragon's fruit"]
for item in orders:
    print(item, "->", inventory[item])
