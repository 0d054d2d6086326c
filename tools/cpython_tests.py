#!/usr/bin/env python3
"""CPython's own test suite as Taipan's measure: run, record and check pass lists.

The modules come from tests/cpython/tier1-modules.txt and tier2-modules.txt
(copies of the project's conformance lists: one Lib/test module per line). Each module runs in its own process, from a fresh
temporary directory, with a time limit, through tools/cpython_test_runner.py
and CPython's unittest, on the installed CPython 3.11's Lib/test (never
copied here).

    tools/cpython_tests.py update    [options] [MODULE ...]
        Runs whole modules on Taipan. Tests that pass are ADDED to the pass
        list tests/cpython/tierN/MODULE.txt (lists never shrink here), and
        tests/cpython/tierN-report.md gets per-module counts beside CPython's.
    tools/cpython_tests.py check     [options] [MODULE ...]
        Runs only the tests listed in tests/cpython/tierN/; exit status 1
        when any listed test does not pass (the JUnit suite runs this).
    tools/cpython_tests.py reference [options] [MODULE ...]
        Runs whole modules on CPython and writes tests/cpython/cpython-counts.txt,
        the numbers the reports compare against.

options: --tier 1|2|all (default all), --jobs N (default 2), --timeout SECONDS
(per module; default 900 for update/reference, 600 for check), --taipan CMD (the
command that runs Taipan; default bin/taipan).

A test passes when it ran and neither failed, errored nor was skipped
(expected failures count as passing, as unittest counts them).
"""
import argparse
import concurrent.futures
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNER = os.path.join(ROOT, "tools", "cpython_test_runner.py")
OUT = os.path.join(ROOT, "tests", "cpython")
COUNTS = os.path.join(OUT, "cpython-counts.txt")
PASSING = ("PASS", "XFAIL")


def tier_modules(tier):
    path = os.path.join(OUT, "tier%s-modules.txt" % tier)
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


UNSTABLE = os.path.join(OUT, "unstable.txt")


def unstable_prefixes():
    """Test ids (or id prefixes) never listed: their outcome depends on timing or the collector."""
    prefixes = []
    if os.path.exists(UNSTABLE):
        with open(UNSTABLE, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    prefixes.append(line)
    return tuple(prefixes)


def stable(ids):
    prefixes = unstable_prefixes()
    return {i for i in ids if not i.startswith(prefixes)} if prefixes else set(ids)


def pass_dir(tier):
    return os.path.join(OUT, "tier%s" % tier)


def read_pass_lists(tier):
    """{module: set of passing test ids} from tests/cpython/tierN/MODULE.txt."""
    lists = {}
    directory = pass_dir(tier)
    if os.path.isdir(directory):
        for name in sorted(os.listdir(directory)):
            if name.endswith(".txt"):
                with open(os.path.join(directory, name), encoding="utf-8") as f:
                    lists[name[:-4]] = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    return lists


def write_pass_list(tier, module, ids):
    os.makedirs(pass_dir(tier), exist_ok=True)
    with open(os.path.join(pass_dir(tier), module + ".txt"), "w", encoding="utf-8") as f:
        f.write("# Tests of CPython 3.11's test.%s that pass on Taipan (one unittest id per line).\n" % module)
        f.write("# The test suite checks that each still passes; tools/cpython_tests.py update only adds.\n")
        for test_id in sorted(ids):
            f.write(test_id + "\n")


class ModuleRun:
    """The outcome of one module's process."""

    def __init__(self, module):
        self.module = module
        self.outcomes = {}
        self.reasons = {}
        self.import_error = None
        self.problem = None
        self.seconds = 0.0

    def ids(self, kinds):
        return {i for i, k in self.outcomes.items() if k in kinds}

    def count(self, *kinds):
        return sum(1 for k in self.outcomes.values() if k in kinds)


def run_module(command, module, timeout, wanted=None):
    run = ModuleRun(module)
    work = tempfile.mkdtemp(prefix="taipan-cpython-tests-")
    results = os.path.join(work, "results.txt")
    args = command + [RUNNER, results, module]
    if wanted is not None:
        ids_file = os.path.join(work, "ids.txt")
        with open(ids_file, "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(wanted)) + "\n")
        args.append(ids_file)
    cwd = os.path.join(work, "cwd")
    os.mkdir(cwd)
    env = dict(os.environ, TMPDIR=cwd)
    start = time.monotonic()
    proc = subprocess.Popen(args, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, err = proc.communicate()
        run.problem = "timed out after %d s" % timeout
    run.seconds = time.monotonic() - start
    done = False
    if os.path.exists(results):
        with open(results, encoding="utf-8", errors="replace") as f:
            for line in f:
                kind, _, rest = line.rstrip("\n").partition(" ")
                if kind == "IMPORT-ERROR":
                    run.import_error = rest
                elif kind == "DONE":
                    done = True
                elif kind:
                    test_id, _, reason = rest.partition("\t")
                    # a later outcome of the same id (a failing tearDown) wins
                    if run.outcomes.get(test_id) not in ("FAIL", "ERROR"):
                        run.outcomes[test_id] = kind
                    if reason:
                        run.reasons[test_id] = reason
    if run.problem is None and not done and run.import_error is None:
        lines = [l for l in err.decode("utf-8", "replace").splitlines() if l.strip()]
        run.problem = "exit %d before the end: %s" % (proc.returncode, lines[-1] if lines else "no message")
    shutil.rmtree(work, ignore_errors=True)
    return run


def run_all(command, modules, timeout, jobs, wanted_by_module=None):
    runs = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {}
        for m in modules:
            wanted = None if wanted_by_module is None else wanted_by_module[m]
            futures[pool.submit(run_module, command, m, timeout, wanted)] = m
        for future in concurrent.futures.as_completed(futures):
            run = future.result()
            runs.append(run)
            status = run.import_error or run.problem or ""
            print("  %-32s %5d pass %5d fail/error %4d skip %6.1f s  %s" % (
                run.module, run.count(*PASSING), run.count("FAIL", "ERROR", "XPASS"), run.count("SKIP"),
                run.seconds, status), flush=True)
    order = {m: i for i, m in enumerate(modules)}
    return sorted(runs, key=lambda r: order[r.module])


def read_counts():
    counts = {}
    if os.path.exists(COUNTS):
        with open(COUNTS, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    module, ran, skipped, passed = line.split()
                    counts[module] = (int(ran), int(skipped), int(passed))
    return counts


def write_report(tier, runs, lists):
    counts = read_counts()
    modules = tier_modules(tier)
    listed_by_module = {m: len(lists.get(m, ())) for m in modules}
    by_module = {r.module: r for r in runs}
    rows = []
    for m in modules:
        cpy = counts.get(m, (0, 0, 0))[2]
        rows.append((cpy - listed_by_module[m], m, cpy, listed_by_module[m], by_module.get(m)))
    total_cpython = sum(r[2] for r in rows)
    total_listed = sum(r[3] for r in rows)
    path = os.path.join(OUT, "tier%s-report.md" % tier)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Tier %s: CPython 3.11's tests on Taipan\n\n" % tier)
        f.write("Written by `tools/cpython_tests.py update`. Passing tests listed in `tier%s/`: "
                "**%d** (CPython 3.11.7 passes %d).\n\n" % (tier, total_listed, total_cpython))
        f.write("| module | CPython passes | Taipan listed | last run: pass / fail+error / skip | note |\n")
        f.write("|---|---:|---:|---|---|\n")
        for missing, m, cpy, lst, run in sorted(rows, key=lambda r: (-r[0], r[1])):
            if run is None:
                last, note = "not run", ""
            else:
                last = "%d / %d / %d" % (run.count(*PASSING), run.count("FAIL", "ERROR", "XPASS"), run.count("SKIP"))
                note = (run.import_error or run.problem or "").replace("|", "\\|")
            f.write("| %s | %d | %d | %s | %s |\n" % (m, cpy, lst, last, note))
    causes = {}
    for run in runs:
        for reason in run.reasons.values():
            causes[reason] = causes.get(reason, 0) + 1
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n## The most common failures in the last run\n\n| tests | error |\n|---:|---|\n")
        for reason, n in sorted(causes.items(), key=lambda kv: -kv[1])[:40]:
            f.write("| %d | %s |\n" % (n, reason.replace("|", "\\|")))
    print("tier %s: %d tests listed (CPython: %d); report in %s" % (tier, total_listed, total_cpython,
                                                                   os.path.relpath(path, ROOT)))


def selected(tier_arg, names):
    tiers = ["1", "2"] if tier_arg == "all" else [tier_arg]
    for tier in tiers:
        modules = tier_modules(tier)
        if names:
            modules = [m for m in modules if m in names]
        if modules:
            yield tier, modules


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["update", "check", "reference"])
    parser.add_argument("modules", nargs="*")
    parser.add_argument("--tier", default="all", choices=["1", "2", "all"])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=int)
    parser.add_argument("--taipan", default=os.path.join(ROOT, "bin", "taipan"))
    opts = parser.parse_intermixed_args()
    taipan = shlex.split(opts.taipan)
    os.makedirs(OUT, exist_ok=True)
    failures = 0
    if opts.action == "reference":
        counts = read_counts()
        for tier, modules in selected(opts.tier, opts.modules):
            print("CPython, tier %s:" % tier, flush=True)
            for run in run_all([sys.executable], modules, opts.timeout or 900, opts.jobs):
                counts[run.module] = (len(run.outcomes), run.count("SKIP"), run.count(*PASSING))
        with open(COUNTS, "w", encoding="utf-8") as f:
            f.write("# CPython 3.11.7 on its own tests, per module: tests-run skipped passed\n")
            for m in sorted(counts):
                f.write("%s %d %d %d\n" % ((m,) + counts[m]))
        return 0
    for tier, modules in selected(opts.tier, opts.modules):
        lists = read_pass_lists(tier)
        if opts.action == "update":
            print("Taipan, tier %s:" % tier, flush=True)
            runs = run_all(taipan, modules, opts.timeout or 900, opts.jobs)
            added = 0
            for r in runs:
                new = stable(r.ids(PASSING)) - lists.get(r.module, set())
                if new:
                    added += len(new)
                    lists[r.module] = lists.get(r.module, set()) | new
                    write_pass_list(tier, r.module, lists[r.module])
            print("tier %s: %d tests added" % (tier, added))
            write_report(tier, runs, lists)
        else:
            wanted = {m: stable(lists.get(m, set())) for m in modules}
            todo = [m for m in modules if wanted[m]]
            print("check tier %s: %d listed tests in %d modules" % (tier, sum(len(wanted[m]) for m in todo),
                                                                  len(todo)), flush=True)
            runs = run_all(taipan, todo, opts.timeout or 600, opts.jobs, wanted)
            # a listed test that fails is run once more on its own module run: the machines are shared
            # and noisy, so only a test that fails twice counts as a regression
            retry = {r.module: wanted[r.module] - r.ids(PASSING) for r in runs if wanted[r.module] - r.ids(PASSING)}
            if retry:
                print("running %d tests again" % sum(len(v) for v in retry.values()), flush=True)
                again = {r.module: r for r in run_all(taipan, sorted(retry), opts.timeout or 600, opts.jobs, retry)}
                for r in runs:
                    if r.module in again:
                        r.outcomes.update({t: k for t, k in again[r.module].outcomes.items() if k in PASSING})
            for run in runs:
                lost = sorted(wanted[run.module] - run.ids(PASSING))
                if lost:
                    failures += len(lost)
                    why = run.import_error or run.problem or ""
                    print("REGRESSION in %s: %d listed tests no longer pass %s" % (run.module, len(lost), why))
                    for test_id in lost[:20]:
                        print("    %s: %s" % (test_id, run.outcomes.get(test_id, "not run")))
    if failures:
        print("%d listed tests do not pass" % failures)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
