#!/usr/bin/env python3
"""Regenerates the conformance corpus's expected results from CPython 3.11.

For every program tests/corpus/**/NAME.py (files whose name starts with "_"
are helper modules, not programs) this runs CPython 3.11 on it, from the
program's own directory, and writes beside it:

  NAME.stdout   the exact bytes CPython wrote to stdout
  NAME.status   two lines: "exit N" and "stderr LAST-NON-EMPTY-STDERR-LINE"

Each program runs twice with different PYTHONHASHSEED values; a program whose
results differ between the runs is reported as nondeterministic and nothing
is written for it (exit status 1).

usage: tools/corpus_expectations.py [--check] [PROGRAM.py ...]
  --check   compare instead of writing; exit 1 when anything differs
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "tests", "corpus")
TIMEOUT_SECONDS = 60


def find_cpython():
    for name in ("python3.11", "python3"):
        for d in os.environ.get("PATH", "").split(os.pathsep):
            exe = os.path.join(d, name)
            if os.access(exe, os.X_OK):
                version = subprocess.run([exe, "-c", "import sys; print(sys.version_info[:2])"],
                                         capture_output=True, text=True).stdout.strip()
                if version == "(3, 11)":
                    return exe
    sys.exit("corpus_expectations: no CPython 3.11 on PATH")


def programs(args):
    if args:
        return [os.path.abspath(a) for a in args]
    found = []
    for root, _dirs, files in os.walk(CORPUS):
        for f in files:
            if f.endswith(".py") and not f.startswith("_"):
                found.append(os.path.join(root, f))
    return sorted(found)


def run(python, program, seed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = str(seed)
    env["PYTHONIOENCODING"] = "utf-8"
    stdin_file = program[:-3] + ".stdin"
    stdin = open(stdin_file, "rb") if os.path.exists(stdin_file) else subprocess.DEVNULL
    try:
        done = subprocess.run([python, os.path.basename(program)], cwd=os.path.dirname(program),
                              env=env, stdin=stdin, capture_output=True, timeout=TIMEOUT_SECONDS)
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    lines = [l for l in done.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    last = lines[-1] if lines else ""
    return done.stdout, "exit %d\nstderr %s\n" % (done.returncode, last)


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    python = find_cpython()
    failed = 0
    for program in programs(args):
        rel = os.path.relpath(program, CORPUS)
        first = run(python, program, 0)
        second = run(python, program, 4242)
        if first != second:
            print("nondeterministic: %s" % rel)
            failed += 1
            continue
        stdout, status = first
        base = program[:-3]
        if check:
            try:
                with open(base + ".stdout", "rb") as f:
                    same = f.read() == stdout
                with open(base + ".status", "r", encoding="utf-8") as f:
                    same = same and f.read() == status
            except FileNotFoundError:
                same = False
            if not same:
                print("differs: %s" % rel)
                failed += 1
        else:
            with open(base + ".stdout", "wb") as f:
                f.write(stdout)
            with open(base + ".status", "w", encoding="utf-8") as f:
                f.write(status)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
