"""The protocol every benchmark program follows.

    python3 bench/programs/NAME.py [--iterations N] [--size tiny|normal] [--show-result]

A program defines ``run(size)``, which does one iteration's fixed amount of work for
the given size parameter and returns a checkable result (an int or a str), plus the
sizes and the expected results for each size, and calls ``main(...)``.

Each iteration is timed on its own and its result is checked against the expected
value: a wrong answer ends the program with exit code 3 and a message, never a time.
On success the program prints one machine-readable line:

    @@bench name=nbody size=normal iterations=3 ok=1 times=0.1234567,0.1200000,0.1199999

(times in seconds, one per iteration, in order). ``--show-result`` prints each
iteration's result instead of checking it (used to compute the expected values with
CPython).

The harness uses only ``sys`` and ``time`` and runs on Python 2.7 as well, so that the
benchmarks that are written in the common subset also run on Jython.
"""
from __future__ import print_function

import sys
import time

try:
    _clock = time.perf_counter
except AttributeError:  # Python 2
    _clock = time.time


def _fail(name, message):
    sys.stderr.write("%s: %s\n" % (name, message))
    sys.exit(3)


def main(name, run, sizes, expected, argv=None):
    """Parses the command line, runs the iterations, checks and reports them.

    sizes: {"tiny": param, "normal": param}; expected: {"tiny": result, "normal": result}.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    iterations = 1
    size = "normal"
    show = False
    while args:
        a = args.pop(0)
        if a in ("--iterations", "-n"):
            iterations = int(args.pop(0))
        elif a.startswith("--iterations="):
            iterations = int(a.split("=", 1)[1])
        elif a == "--size":
            size = args.pop(0)
        elif a.startswith("--size="):
            size = a.split("=", 1)[1]
        elif a == "--show-result":
            show = True
        else:
            _fail(name, "unknown argument %r (usage: %s [--iterations N] [--size %s] [--show-result])"
                  % (a, name, "|".join(sorted(sizes))))
    if size not in sizes:
        _fail(name, "unknown size %r (choose from %s)" % (size, ", ".join(sorted(sizes))))
    param = sizes[size]
    want = expected.get(size)
    times = []
    for i in range(iterations):
        t0 = _clock()
        result = run(param)
        t1 = _clock()
        times.append(t1 - t0)
        if show:
            print("result[%d] = %r" % (i, result))
        elif want is None:
            _fail(name, "no expected result recorded for size %r (got %r)" % (size, result))
        elif result != want:
            _fail(name, "WRONG RESULT in iteration %d at size %r: got %r, expected %r"
                  % (i + 1, size, result, want))
    print("@@bench name=%s size=%s iterations=%d ok=%d times=%s"
          % (name, size, iterations, 0 if show else 1,
             ",".join("%.7f" % t for t in times)))
    sys.stdout.flush()


class Random(object):
    """A small deterministic pseudo-random generator (64-bit LCG, high bits out), so
    that every implementation sees exactly the same inputs without relying on the
    random module."""

    def __init__(self, seed):
        self.state = (seed * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF

    def next32(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.state >> 32

    def randint(self, lo, hi):
        """An int in [lo, hi]."""
        return lo + self.next32() % (hi - lo + 1)

    def random(self):
        """A float in [0, 1)."""
        return self.next32() / 4294967296.0

    def choice(self, seq):
        return seq[self.next32() % len(seq)]

    def shuffle(self, seq):
        for i in range(len(seq) - 1, 0, -1):
            j = self.next32() % (i + 1)
            seq[i], seq[j] = seq[j], seq[i]


def fmt(x, digits=9):
    """A float as a short, implementation-independent string for result checks."""
    return "%.*g" % (digits, x)
