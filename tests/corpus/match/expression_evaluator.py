# Evaluating and simplifying a small expression tree with match on classes and tuples.

class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class Var:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

def show(e):
    match e:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"

def simplify(e):
    match e:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match (op, l, r):
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", x, Var(b)) if isinstance(x, Var) and x.name == b:
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num(evaluate(BinOp(op, l, r), {}))
                case _:
                    return BinOp(op, l, r)
        case _:
            return e

def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, Num(0)):
            raise ZeroDivisionError("literal division by zero")
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)
exprs = [
    BinOp("+", Num(0), BinOp("*", Var("x"), Num(1))),
    BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")),
    BinOp("-", Var("a"), Var("a")),
    BinOp("*", Num(0), Var("z")),
    BinOp("/", Var("x"), BinOp("-", Num(4), Num(4))),
    BinOp("+", Var("q"), Num(1)),
]
env = {"x": 6, "y": 7, "a": 1, "z": 2}
for e in exprs:
    s = simplify(e)
    try:
        result = evaluate(s, env)
    except (NameError, ZeroDivisionError) as err:
        result = f"{type(err).__name__}: {err}"
    print(f"{show(e):<24} => {show(s):<12} = {result}")
