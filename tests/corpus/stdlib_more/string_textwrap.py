import string, textwrap

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}s; $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
print(t.safe_substitute(who="x"))
try:
    string.Template("$ bad").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(string.Template("$a $b").get_identifiers(), string.Template("$a").is_valid(), string.Template("$").is_valid())
class MyT(string.Template):
    delimiter = "%"
print(MyT("%x and %{y}").substitute(x=1, y=2))
f = string.Formatter()
print(f.format("{0}-{name}-{1!r}-{2:>5}", 1, "two", 3, name="N"))
print(list(f.parse("a{0}b{x!s:>3}c{{")))
class UpperF(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(UpperF().format("{} and {:x}", "abc", 255))
try:
    f.format("{0}{1}", 1)
except IndexError as e:
    print(type(e).__name__, e)

text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", width=11))
print(repr(textwrap.dedent("""\
    def f():
        return 1
    """)))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb\n", "> ", lambda l: True)))
w = textwrap.TextWrapper(width=12, break_long_words=False, max_lines=2, placeholder=" ~")
print(w.wrap("supercalifragilistic is a word that is long"))
w2 = textwrap.TextWrapper(width=10, expand_tabs=True, tabsize=4, replace_whitespace=True)
print(w2.wrap("a\tb\tc d e f g h i j"))
print(textwrap.wrap("a-very-long-hyphenated-word here", 10), textwrap.wrap("a-very-long-hyphenated-word", 10, break_on_hyphens=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one two", 3))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(type(e).__name__, e)
print(textwrap.wrap("Sentence one.  Sentence two.", 40, fix_sentence_endings=True))
print(textwrap.wrap("  leading spaces kept", 40, drop_whitespace=False))
