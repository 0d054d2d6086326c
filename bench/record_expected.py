"""Records the expected results of benchmark programs, computed with the Python
that runs this script (CPython 3.11 for the committed values):

    python3 bench/record_expected.py [NAME ...]

It runs each program with --show-result at every size and rewrites the program's
``EXPECTED = {...}`` line. Only for new benchmarks or deliberate changes of the
workload: an expected value is the definition of a correct answer."""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


def sizes_of(path):
    text = open(path).read()
    m = re.search(r"^SIZES = \{(.*)\}$", text, re.M)
    return re.findall(r'"(\w+)":', m.group(1))


def record(name):
    path = os.path.join(PROGRAMS, name + ".py")
    expected = {}
    for size in sizes_of(path):
        out = subprocess.run([sys.executable, path, "--show-result", "--size", size],
                             capture_output=True, text=True, check=True).stdout
        m = re.search(r"^result\[0\] = (.*)$", out, re.M)
        expected[size] = m.group(1)
    line = "EXPECTED = {%s}" % ", ".join('"%s": %s' % kv for kv in expected.items())
    text = open(path).read()
    text = re.sub(r"^EXPECTED = \{.*\}$", lambda _: line, text, count=1, flags=re.M)
    with open(path, "w") as f:
        f.write(text)
    print("%-16s %s" % (name, line))


def main():
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(PROGRAMS)
                                   if f.endswith(".py") and not f.startswith("_"))
    for name in names:
        record(name)


if __name__ == "__main__":
    main()
