# Case conversion including non-ASCII characters
words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "ß", "straße", "ǅungla",
         "İstanbul", "ﬁne", "Σίσυφος", "ΣΑΣ", "µ", "ŉ", "123abc", "", "ǈ", "ᾳ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.swapcase()), repr(w.casefold()))
for w in words:
    print(repr(w), repr(w.title()), repr(w.capitalize()), len(w.upper()))
print("they're bill's friends".title(), "hello-world_foo bar9baz".title())
print("ÉCOLE".lower(), "école".upper(), "ﬀ".upper(), "ǉ".title(), "ǉ".upper())
print("ß".upper() == "SS", "Straße".casefold() == "strasse", "STRASSE".casefold())
print("aBc".islower(), "abc".islower(), "ABC".isupper(), "A1".isupper(), "1".isupper())
print("Hello World".istitle(), "Hello world".istitle(), "".istitle(), "ǅ".istitle())
print("ß".islower(), "ß".isupper(), "Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower())
print("i".upper(), "I".lower(), "ı".upper(), "İ".lower().encode("utf-8"))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(sorted(["b", "B", "a", "A"]), sorted(["b", "B", "a", "A"], key=str.casefold))
print("hELLO".capitalize(), "123 abc".capitalize(), "ÉCOLE NORMALE".capitalize(), "ß test".capitalize())
print("Hello".swapcase().swapcase(), "ǅ".swapcase(), "ΣΑΣ ΑΣ".lower())
print("mIxEd CaSe".casefold() == "MiXeD cAsE".casefold(), "ﬃ".casefold(), "Ωmega".casefold())
print([c.upper() for c in "aéß"], "".join(c.lower() for c in "ABC DEF"))
