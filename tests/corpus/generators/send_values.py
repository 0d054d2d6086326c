# Driving generators with send(): a running average and a tiny state machine.

def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
print("primed:", next(avg))
for v in [10, 20, 60]:
    print("sent", v, "->", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)

def tokenizer():
    """Receives characters one at a time; yields a token when one completes."""
    token = ""
    token_out = None
    while True:
        ch = yield token_out
        token_out = None
        if ch.isdigit():
            token += ch
        else:
            if token:
                token_out = ("NUM", int(token))
                token = ""
            if ch in "+-*/":
                token_out = (token_out, ("OP", ch)) if token_out else ("OP", ch)

tok = tokenizer()
next(tok)
for ch in "12+345*6 ":
    out = tok.send(ch)
    if out:
        print(repr(ch), "->", out)

g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo closing with", received)

e = echo()
print(next(e), e.send("a"), e.send("b"), next(e))
e.close()
print("after close:", next(e, "exhausted"))
