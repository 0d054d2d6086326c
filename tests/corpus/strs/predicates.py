# is* predicates across many characters
samples = ["abc", "ABC", "Abc", "123", "١٢٣", "²", "½", "Ⅷ", "一", "3.5", "", " ", "\t\n",
           "a b", "_id", "id_2", "2id", "class", "é", "ñ9", "\x00", "\u00a0", "ß", "!?",
           "x\u0301", "ǅ"]
print("sample alpha alnum decimal digit numeric space ident lower upper title print ascii")
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(),
             s.isidentifier(), s.islower(), s.isupper(), s.istitle(), s.isprintable(), s.isascii()]
    print(ascii(s).ljust(10), " ".join("T" if f else "." for f in flags))
print("\x1c".isspace(), "\x1f".isspace(), "\x85".isspace(), "\u200b".isspace())
print("".isprintable(), "\x7f".isprintable(), "\u2028".isprintable(), "é".isprintable())
print("None".isidentifier(), "__init__".isidentifier(), "a-b".isidentifier(), "µ".isidentifier())
print("٣".isdigit(), int("٣"), "①".isdigit(), "①".isdecimal(), "①".isnumeric())
print("0x1F".isalnum(), "A_B".isalnum(), "αβγ".isalpha(), "é".isascii(), "".isdigit())
print("١٢".isdecimal(), "Ⅳ".isnumeric(), "Ⅳ".isdigit(), "٣.٥".isnumeric())
print("snake_case_var".isidentifier(), "CamelCase".isidentifier(), "1st".isidentifier(), "".isidentifier())
print("\n".isprintable(), " ".isprintable(), "~".isprintable(), "\u00ad".isprintable())
for s in ["Title Case", "TITLE", "title", "Title", "Title1Case"]:
    print(s, s.istitle(), s.isupper(), s.islower())
digits = [c for c in "a1²③٤x" if c.isdigit()]
print(ascii(digits), [c.isdecimal() for c in digits])
