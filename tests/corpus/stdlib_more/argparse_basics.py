import argparse, io, sys

def make():
    p = argparse.ArgumentParser(prog="tool", description="A test tool.", epilog="Bye.")
    p.add_argument("files", nargs="*", help="input files")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("-n", "--num", type=int, default=3, help="a number (default: %(default)s)")
    p.add_argument("--mode", choices=["fast", "slow"], default="fast")
    p.add_argument("--flag", action="store_true")
    p.add_argument("--no-color", dest="color", action="store_false")
    p.add_argument("--tag", action="append", default=[])
    p.add_argument("--pair", nargs=2, metavar=("A", "B"))
    p.add_argument("--const", action="store_const", const=42)
    return p

p = make()
ns = p.parse_args(["a.txt", "b.txt", "-vv", "--num", "7", "--mode=slow", "--flag", "--tag", "x", "--tag", "y", "--pair", "1", "2"])
print(sorted(vars(ns).items()))
print(ns)
ns = p.parse_args([])
print(ns.files, ns.verbose, ns.num, ns.mode, ns.flag, ns.color, ns.tag, ns.pair, ns.const)
print(p.format_usage(), end="")
print(p.format_help(), end="")

class Exit(Exception):
    pass

class Quiet(argparse.ArgumentParser):
    def error(self, message):
        raise Exit(message)

q = Quiet(prog="q")
q.add_argument("x", type=int)
q.add_argument("--mode", choices=["a", "b"])
g = q.add_mutually_exclusive_group()
g.add_argument("--yes", action="store_true")
g.add_argument("--no", action="store_true")
for argv in (["1"], ["zz"], [], ["1", "--mode", "c"], ["1", "--yes", "--no"], ["1", "--bogus"], ["1", "2"]):
    try:
        print(argv, "->", q.parse_args(argv))
    except Exit as e:
        print(argv, "error:", e)

ns, rest = q.parse_known_args(["5", "--other", "v"])
print(ns, rest)

# subparsers
top = argparse.ArgumentParser(prog="git")
sub = top.add_subparsers(dest="cmd", required=True)
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = sub.add_parser("push")
pu.add_argument("remote", nargs="?", default="origin")
pu.set_defaults(func="push-func")
print(top.parse_args(["commit", "-m", "hello"]))
print(top.parse_args(["push"]))
print(top.parse_args(["push", "upstream"]))
print(top.format_help(), end="")

# errors go to stderr and exit 2; capture them
err = io.StringIO()
old = sys.stderr
sys.stderr = err
try:
    top.parse_args(["commit"])
except SystemExit as e:
    print("SystemExit", e.code)
finally:
    sys.stderr = old
print(err.getvalue(), end="")

# type conversion errors and custom types
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError(f"{v} is odd")
    return v
e = Quiet(prog="e")
e.add_argument("n", type=even)
for argv in (["4"], ["3"], ["x"]):
    try:
        print(e.parse_args(argv))
    except Exit as ex:
        print("error:", ex)

# Namespace behaviour
n1 = argparse.Namespace(a=1, b="x")
print(n1, n1 == argparse.Namespace(a=1, b="x"), "a" in n1)
# prefix matching and -- separator
pp = argparse.ArgumentParser(prog="pp")
pp.add_argument("--verbose", action="store_true")
pp.add_argument("rest", nargs="*")
print(pp.parse_args(["--verb", "--", "-x", "y"]))
# argument_default and fromfile_prefix_chars are rarely used; check FileType repr
print(repr(argparse.FileType("w")))
print(argparse.ArgumentDefaultsHelpFormatter.__name__)
h = argparse.ArgumentParser(prog="h", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
h.add_argument("--size", type=int, default=10, help="size")
print(h.format_help(), end="")
