# os.path, os.environ, fspath and argparse on top of the posix module.
import argparse
import os
import shutil
import typing


class Where:
    def __fspath__(self):
        return "some/where.txt"


print(os.name, os.sep, os.curdir, os.pardir, os.linesep == "\n", os.path is __import__("posixpath"))
print(os.fspath("x"), os.fspath(b"y"), os.fspath(Where()), os.path.basename(Where()))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
print(os.path.join("a", "b", "c.py"), os.path.splitext("a/b.tar.gz"), os.path.normpath("a//b/../c"))
print(os.path.dirname("/x/y/z"), os.path.isabs("/x"), os.path.split("p/q"), os.path.commonprefix(["abc", "abd"]))
print(os.path.exists("/"), os.path.isdir("/"), os.path.isfile("/"), os.path.exists("/no/such/thing"))
print(os.path.abspath("rel") == os.path.join(os.getcwd(), "rel"), os.getcwd() == os.getcwdb().decode())
print(isinstance(os.environ["PATH"], str), "PATH" in os.environ, os.getenv("TAIPAN_NO_SUCH_VAR", "dflt"))
os.environ["TAIPAN_TEST_VAR"] = "value"
print(os.environ["TAIPAN_TEST_VAR"], os.environb[b"TAIPAN_TEST_VAR"])
del os.environ["TAIPAN_TEST_VAR"]
print("TAIPAN_TEST_VAR" in os.environ)
print(os.strerror(2), os.strerror(13), os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_END)
print(len(os.urandom(16)), os.cpu_count() > 0, os.getpid() > 0, os.getppid() > 0, os.getuid() >= 0)
print(os.getuid() == os.geteuid(), os.getgid() == os.getegid(), os.umask(0o022) == 0o022)
print(type(os.times()).__name__, len(os.times()), os.uname().sysname, len(os.uname()))
print(shutil.get_terminal_size((77, 33)) if not os.isatty(1) else "tty")
print(os.stat in os.supports_follow_symlinks, os.error is OSError)

parser = argparse.ArgumentParser(prog="demo", description="A demo.")
parser.add_argument("name")
parser.add_argument("--count", type=int, default=1)
parser.add_argument("-v", "--verbose", action="store_true")
parser.add_argument("rest", nargs="*")
print(parser.parse_args(["bob", "x", "y", "--count", "3", "-v"]))
print(parser.parse_args(["amy"]))
print(parser.format_usage().strip())
print(typing.List[int], typing.Optional[str], typing.get_type_hints(lambda: None))
