# Non-ASCII text in an uncaught exception's message.

menu = {"café": 3.5, "thé": 2.0}
order = ["café", "thé", "crème brûlée"]
for item in order:
    if item not in menu:
        raise LookupError(f"« {item} » n'est pas au menu ☕")
    print(f"{item}: {menu[item]:.2f} €")
