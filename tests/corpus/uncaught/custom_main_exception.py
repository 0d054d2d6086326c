# A custom exception class defined in __main__, with a custom __str__.

class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(line, col, msg)
        self.line, self.col, self.msg = line, col, msg
    def __str__(self):
        return f"line {self.line}, column {self.col}: {self.msg}"

def tokenize(src):
    tokens = []
    for lineno, line in enumerate(src.splitlines(), 1):
        for col, ch in enumerate(line, 1):
            if ch.isspace():
                continue
            if ch.isalnum() or ch in "+-*/()":
                tokens.append(ch)
            else:
                raise ParseError(lineno, col, f"unexpected character {ch!r}")
    return tokens

print(tokenize("1 + 2"))
print(tokenize("(3 * 4)\n5 $ 6"))
