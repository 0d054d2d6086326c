names = [
    "alice",
    "bob"
    carol,
]
