# Non-ASCII text in an uncaught exception's message.

menu = {"café": 3.5, "thé": 2.0, "crêpe": 4.25}
order = ["café", "thé", "crêpe", "crème brûlée"]

def price(item):
    if item not in menu:
        raise LookupError(f"« {item} » n'est pas au menu ☕")
    return menu[item]

total = 0.0
print("Commande :")
for item in order[:3]:
    total += price(item)
    print(f"  {item:<8} {price(item):5.2f} €")
print(f"  {'total':<8} {total:5.2f} €")
print("longueurs :", [len(i) for i in order], [len(i.encode()) for i in order])

for item in order:
    print(f"{item}: {price(item):.2f} €")
