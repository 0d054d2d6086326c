"""Runs the Taipan benchmark suite side by side on Taipan and its peers.

    bench/run [options] [BENCHMARK ...]        (see bench/README.md, or --help)

For every benchmark and implementation it starts one process after another
(never two at once), records each iteration's time, the whole process's wall and
CPU time and its peak RSS, and at the end prints a table (ratios to CPython, a
geometric mean), writes the raw numbers (JSON and CSV), a Markdown report and
SVG charts (PNG too when rsvg-convert is installed).

Plain Python 3.9+, standard library only.
"""
import argparse
import csv
import datetime
import json
import math
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
PEERS_BIN = os.path.join(HERE, "peers", "bin")

# name -> (display name, colour); the order is the order of the columns
KNOWN = [
    ("cpython", "CPython", "#3776ab"),
    ("pypy", "PyPy", "#e8590c"),
    ("graalpy", "GraalPy", "#2b8a3e"),
    ("jython", "Jython", "#ae3ec9"),
    ("taipan", "Taipan", "#c92a2a"),
]
EXTRA_COLOURS = ["#1098ad", "#f59f00", "#5c940d", "#862e9c", "#495057", "#d6336c"]

BENCH_LINE = re.compile(r"^@@bench (.*)$", re.M)


# ---------------------------------------------------------------- implementations

class Impl(object):
    def __init__(self, key, label, command, colour):
        self.key = key
        self.label = label
        self.command = command      # list of words; the program path and its args follow
        self.colour = colour
        self.version = ""
        self.available = True
        self.note = ""

    def to_json(self):
        return {"key": self.key, "label": self.label, "command": self.command,
                "version": self.version, "available": self.available, "note": self.note}


def which(name):
    found = shutil.which(name)
    if found:
        return found
    local = os.path.join(PEERS_BIN, name)
    return local if os.access(local, os.X_OK) else None


def probe_version(impl):
    """Fills impl.version from sys.version (or --version when that cannot run)."""
    code = "import sys; print(sys.version.replace(chr(10), ' '))"
    for args in (["-c", code], ["--version"]):
        try:
            p = subprocess.run(impl.command + args, capture_output=True, text=True, timeout=300)
        except (OSError, subprocess.TimeoutExpired) as e:
            impl.note = "does not start: %s" % e
            continue
        out = (p.stdout + "\n" + p.stderr).strip()
        lines = [l for l in out.splitlines() if l.strip() and not l.startswith("WARNING")]
        if p.returncode == 0 and lines:
            impl.version = " ".join(lines)[:160]
            return
    if not impl.version:
        impl.version = "unknown"


def discover(args):
    impls = []
    wanted = None
    if args.impl:
        wanted = [w.strip() for part in args.impl for w in part.split(",") if w.strip()]
    for key, label, colour in KNOWN:
        if wanted is not None and key not in wanted:
            continue
        if key == "taipan":
            cmd = [os.path.join(REPO, "bin", "taipan")] + shlex.split(args.taipan_args or "")
        elif key == "cpython":
            exe = which("python3")
            if exe:
                # resolve launchers such as pyenv shims so that they are not measured
                p = subprocess.run([exe, "-c", "import sys; print(sys.executable)"],
                                   capture_output=True, text=True)
                exe = p.stdout.strip() or exe
            cmd = [exe] if exe else None
        elif key == "pypy":
            exe = which("pypy3")
            cmd = [exe] if exe else None
        else:
            exe = which(key)
            cmd = [exe] if exe else None
        if cmd is None:
            if wanted is not None:
                print("runner: %s is not installed (bench/install-peers %s)" % (key, key),
                      file=sys.stderr)
            continue
        impls.append(Impl(key, label, cmd, colour))
    for i, spec in enumerate(args.add_impl or []):
        if "=" not in spec:
            sys.exit("runner: --add-impl wants NAME=COMMAND, got %r" % spec)
        name, command = spec.split("=", 1)
        words = shlex.split(command)
        if words and words[0] == "taipan":
            words[0] = os.path.join(REPO, "bin", "taipan")
        impls.append(Impl(name, name, words, EXTRA_COLOURS[i % len(EXTRA_COLOURS)]))
    return impls


# ---------------------------------------------------------------- measuring

def cpu_busy_jiffies():
    """Busy and total jiffies of the whole machine, from /proc/stat (None elsewhere)."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def busy_cores(interval=0.5):
    """How many cores the whole machine kept busy over the next `interval` seconds."""
    a = cpu_busy_jiffies()
    time.sleep(interval)
    b = cpu_busy_jiffies()
    if not a or not b:
        return 0.0
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    return (b[0] - a[0]) / float(ticks) / interval


def wait_for_quiet(max_wait, threshold):
    """Waits (at most max_wait seconds) until other processes use at most `threshold`
    cores. Returns (seconds waited, cores busy at the end)."""
    waited = 0.0
    while True:
        busy = busy_cores()
        waited += 0.5
        if busy <= threshold or waited >= max_wait:
            return waited, busy
        time.sleep(1.0)
        waited += 1.0


def run_process(cmd, timeout, cwd=None):
    """Runs cmd to its end; returns a dict with rc, stdout, stderr, wall, cpu, maxrss_kb,
    timed_out and background (CPU-seconds per second used by other processes)."""
    out_f = tempfile.TemporaryFile()
    err_f = tempfile.TemporaryFile()
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    before = cpu_busy_jiffies()
    t0 = time.perf_counter()
    try:
        p = subprocess.Popen(cmd, stdout=out_f, stderr=err_f, stdin=subprocess.DEVNULL, cwd=cwd)
    except OSError as e:
        return {"rc": 127, "stdout": "", "stderr": str(e), "wall": 0.0, "cpu": 0.0,
                "maxrss_kb": 0, "timed_out": False, "background": None}
    timed_out = False
    delay = 0.001
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - t0 > timeout:
            timed_out = True
            p.kill()
            pid, status, usage = os.wait4(p.pid, 0)
            break
        time.sleep(delay)
        delay = min(delay * 2, 0.02)
    wall = time.perf_counter() - t0
    after = cpu_busy_jiffies()
    p.returncode = os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode") \
        else (status >> 8)
    cpu = usage.ru_utime + usage.ru_stime
    background = None
    if before and after and wall > 0:
        busy = (after[0] - before[0]) / float(ticks)
        background = max(0.0, (busy - cpu) / wall)
    out_f.seek(0)
    err_f.seek(0)
    return {"rc": p.returncode, "stdout": out_f.read().decode("utf-8", "replace"),
            "stderr": err_f.read().decode("utf-8", "replace"), "wall": wall, "cpu": cpu,
            "maxrss_kb": usage.ru_maxrss, "timed_out": timed_out, "background": background}


def failure_reason(proc):
    if proc["timed_out"]:
        return "timed out"
    lines = [l.strip() for l in proc["stderr"].splitlines()
             if l.strip() and not l.startswith("WARNING") and not l.startswith("[")]
    for l in reversed(lines):
        if "WRONG RESULT" in l:
            return "wrong result: " + l.split("WRONG RESULT", 1)[1].strip(" :")
    for l in reversed(lines):
        if re.match(r"^[\w.]*(Error|Exception|Exit)\b", l):
            return l
    if lines:
        return lines[0]
    return "exit code %d" % proc["rc"]


def parse_bench_line(stdout):
    m = BENCH_LINE.search(stdout)
    if not m:
        return None
    fields = dict(kv.split("=", 1) for kv in m.group(1).split())
    fields["times"] = [float(t) for t in fields.get("times", "").split(",") if t]
    return fields


def steady_part(times):
    """The iterations counted as steady state: the later half (at least one)."""
    if len(times) <= 1:
        return list(times)
    return times[len(times) // 2:]


def run_benchmark(impl, bench, args):
    settle = None
    if args.settle > 0:
        settle = wait_for_quiet(args.settle, args.quiet_cores)
    cmd = impl.command + [os.path.join(PROGRAMS, bench + ".py"),
                          "--iterations", str(args.iterations), "--size", args.size]
    proc = run_process(cmd, args.timeout)
    rec = {"impl": impl.key, "benchmark": bench, "wall": proc["wall"], "cpu": proc["cpu"],
           "maxrss_kb": proc["maxrss_kb"], "background": proc["background"],
           "exit_code": proc["rc"], "times": [], "status": "ok", "reason": "",
           "settle_wait": settle[0] if settle else None,
           "busy_before": settle[1] if settle else None}
    line = parse_bench_line(proc["stdout"])
    if proc["rc"] != 0 or line is None or line.get("ok") != "1":
        rec["status"] = "failed"
        rec["reason"] = failure_reason(proc) if (proc["rc"] != 0 or proc["timed_out"]) \
            else "no @@bench line in the output"
        rec["stderr_tail"] = proc["stderr"][-2000:]
        return rec
    times = line["times"]
    steady = steady_part(times)
    med = statistics.median(steady)
    rec.update({
        "times": times,
        "first": times[0],
        "steady": med,
        "steady_min": min(steady),
        "steady_max": max(steady),
        "spread": (max(steady) - min(steady)) / med if med > 0 else 0.0,
    })
    return rec


# the start-up programs: data key, label, program, what its output must contain
STARTUPS = [("startup", "hello world", "_hello.py", "hello world"),
            ("startup_imports", "import json, re, collections", "_imports.py", 'imported [["a", 2]')]


def measure_startup(impl, args, program="_hello.py", expect="hello world"):
    path = os.path.join(PROGRAMS, program)
    walls, rss = [], []
    for _ in range(args.startup_runs):
        proc = run_process(impl.command + [path], args.timeout)
        if proc["rc"] != 0 or expect not in proc["stdout"]:
            return {"impl": impl.key, "status": "failed", "reason": failure_reason(proc)}
        walls.append(proc["wall"])
        rss.append(proc["maxrss_kb"])
    return {"impl": impl.key, "status": "ok", "walls": walls, "wall": statistics.median(walls),
            "wall_min": min(walls), "wall_max": max(walls), "maxrss_kb": max(rss)}


# ---------------------------------------------------------------- reporting

def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def fmt_time(s):
    if s is None:
        return "-"
    if s >= 10:
        return "%.1f s" % s
    if s >= 1:
        return "%.2f s" % s
    if s >= 0.01:
        return "%.0f ms" % (s * 1000)
    return "%.1f ms" % (s * 1000)


def fmt_mb(kb):
    return "-" if not kb else "%.0f MB" % (kb / 1024.0)


def speedups(data, impls):
    """{bench: {impl: cpython_steady / impl_steady}} over the benchmarks CPython ran."""
    out = {}
    for bench, per in data["results"].items():
        base = per.get("cpython")
        if not base or base["status"] != "ok":
            continue
        out[bench] = {}
        for impl in impls:
            r = per.get(impl.key)
            if r and r["status"] == "ok" and r["steady"] > 0:
                out[bench][impl.key] = base["steady"] / r["steady"]
    return out


def relpaths(text):
    """Paths inside the repository, relative to it (so reports do not depend on the checkout)."""
    return text.replace(REPO + os.sep, "")


def short_reason(r):
    reason = r.get("reason", "")
    if reason.startswith("wrong result"):
        return "wrong result"
    if reason == "timed out":
        return "timed out"
    return "cannot run"


def markdown_report(data, impls):
    benches = list(data["results"].keys())
    sp = speedups(data, impls)
    lines = []
    meta = data["meta"]
    lines.append("# Benchmark run %s" % meta["started"])
    lines.append("")
    lines.append("Machine: %s, %d CPUs, %s. Size `%s`, %d iterations per process; steady state ="
                 " median of the later half of the iterations. Ratios are CPython's steady-state"
                 " time divided by the implementation's (higher is faster; CPython = 1.00)."
                 % (meta["cpu_model"], meta["cpus"], meta["kernel"], meta["size"],
                    meta["iterations"]))
    if meta.get("command"):
        lines.append("")
        lines.append("Command: `%s` (took %.0f s)." % (meta["command"], meta.get("duration_s", 0)))
    lines.append("")
    lines.append("| implementation | version | command |")
    lines.append("|---|---|---|")
    for impl in impls:
        lines.append("| %s | %s | `%s` |" % (impl.label, impl.version.replace("|", "/"),
                                              " ".join(os.path.relpath(w, REPO) if w.startswith(REPO)
                                                       else w for w in impl.command)))
    lines.append("")
    lines.append("## Steady state (time per iteration, ratio to CPython, min-max spread)")
    lines.append("")
    lines.append("| benchmark | " + " | ".join(i.label for i in impls) + " |")
    lines.append("|---|" + "---:|" * len(impls))
    for bench in benches:
        cells = []
        for impl in impls:
            r = data["results"][bench].get(impl.key)
            if r is None:
                cells.append("-")
            elif r["status"] != "ok":
                cells.append(short_reason(r) + " ¹")
            else:
                ratio = sp.get(bench, {}).get(impl.key)
                cells.append("%s %s ±%.0f%%" % (fmt_time(r["steady"]),
                                               "(%.2fx)" % ratio if ratio else "",
                                               50 * r["spread"]))
        lines.append("| %s | %s |" % (bench, " | ".join(cells)))
    cells = []
    for impl in impls:
        g = geomean([sp[b][impl.key] for b in sp if impl.key in sp[b]])
        n = sum(1 for b in sp if impl.key in sp[b])
        cells.append("**%.2fx** (%d)" % (g, n) if g else "-")
    lines.append("| **geometric mean** (benchmarks run) | %s |" % " | ".join(cells))
    lines.append("")
    lines.append("±x% is half the min-max range of the steady-state iterations relative to"
                 " their median.")
    lines.append("")
    lines.append("## First iteration, whole process, peak memory")
    lines.append("")
    lines.append("Per cell: first iteration / process wall time / process CPU time / peak RSS.")
    lines.append("")
    lines.append("| benchmark | " + " | ".join(i.label for i in impls) + " |")
    lines.append("|---|" + "---:|" * len(impls))
    for bench in benches:
        cells = []
        for impl in impls:
            r = data["results"][bench].get(impl.key)
            if r is None:
                cells.append("-")
            elif r["status"] != "ok":
                cells.append(short_reason(r) + " ¹")
            else:
                cells.append("%s / %s / %s / %s" % (fmt_time(r["first"]), fmt_time(r["wall"]),
                                                    fmt_time(r["cpu"]), fmt_mb(r["maxrss_kb"])))
        lines.append("| %s | %s |" % (bench, " | ".join(cells)))
    lines.append("")
    if data.get("startup"):
        lines.append("## Start-up (hello world; one line for `import json, re, collections`)")
        lines.append("")
        lines.append("| | " + " | ".join(i.label for i in impls) + " |")
        lines.append("|---|" + "---:|" * len(impls))
        wall, rss = [], []
        for impl in impls:
            s = data["startup"].get(impl.key)
            if not s:
                wall.append("-")
                rss.append("-")
            elif s["status"] != "ok":
                wall.append("cannot run ¹")
                rss.append("-")
            else:
                wall.append("%s (%s-%s)" % (fmt_time(s["wall"]), fmt_time(s["wall_min"]),
                                           fmt_time(s["wall_max"])))
                rss.append(fmt_mb(s["maxrss_kb"]))
        lines.append("| wall time, median (min-max) | %s |" % " | ".join(wall))
        lines.append("| peak RSS | %s |" % " | ".join(rss))
        imports = data.get("startup_imports")
        if imports:
            cells = []
            for impl in impls:
                s = imports.get(impl.key)
                cells.append("-" if not s else "cannot run ¹" if s["status"] != "ok" else "%s (%s-%s)" % (
                    fmt_time(s["wall"]), fmt_time(s["wall_min"]), fmt_time(s["wall_max"])))
            lines.append("| `import json, re, collections`: wall time, median (min-max) | %s |"
                         % " | ".join(cells))
        lines.append("")
    failures = []
    for impl in impls:
        # one line per implementation and reason, naming the benchmarks it applies to
        by_reason = {}
        for bench in benches:
            r = data["results"][bench].get(impl.key)
            if r and r["status"] != "ok":
                reason = relpaths(r["reason"]).replace("bench/programs/%s.py" % bench, "PROGRAM")
                by_reason.setdefault(reason, []).append(bench)
        for reason, which in by_reason.items():
            names = "all %d benchmarks" % len(which) if len(which) == len(benches) > 1 \
                else ", ".join(which)
            failures.append("- %s on %s: %s" % (impl.label, names, reason))
        for key, label, _, _ in STARTUPS:
            s = data.get(key, {}).get(impl.key)
            if s and s["status"] != "ok":
                failures.append("- %s, %s: %s" % (impl.label, label, relpaths(s["reason"])))
    if failures:
        lines.append("## ¹ Not run to a checked result")
        lines.append("")
        lines.extend(failures)
        lines.append("")
    lines.append("## Noise")
    lines.append("")
    lines.extend("- " + n for n in noise_summary(data, impls))
    lines.append("")
    return "\n".join(lines)


def noise_summary(data, impls):
    meta = data["meta"]
    out = ["load average at start: %s; at end: %s (%d CPUs)"
           % (" ".join("%.2f" % x for x in meta["load_start"]),
              " ".join("%.2f" % x for x in meta.get("load_end", [])), meta["cpus"])]
    spreads = []
    bgs = []
    worst = None
    for bench, per in data["results"].items():
        for key, r in per.items():
            if r["status"] == "ok":
                spreads.append(r["spread"])
                if worst is None or r["spread"] > worst[0]:
                    worst = (r["spread"], bench, key)
            if r.get("background") is not None:
                bgs.append(r["background"])
    if spreads:
        out.append("steady-state min-max spread: median %.1f%%, worst %.1f%% (%s on %s)"
                   % (100 * statistics.median(spreads), 100 * worst[0], worst[2], worst[1]))
    waits = [r["settle_wait"] for per in data["results"].values() for r in per.values()
             if r.get("settle_wait") is not None]
    if waits:
        unquiet = [r for per in data["results"].values() for r in per.values()
                   if r.get("busy_before") is not None and r["busy_before"] > meta["quiet_cores"]]
        out.append("waited for a quiet machine before each process (--settle %g): %.0f s in all;"
                   " %d of %d processes still started with more than %.1f cores busy"
                   % (meta["settle"], sum(waits), len(unquiet), len(waits), meta["quiet_cores"]))
    if bgs:
        out.append("CPU used by other processes during the measurements: mean %.2f, max %.2f"
                   " cores (of %d)" % (statistics.mean(bgs), max(bgs), meta["cpus"]))
    return out


def console_table(data, impls):
    sp = speedups(data, impls)
    benches = list(data["results"].keys())
    width = max([len(b) for b in benches] + [16])
    colw = 24
    head = "%-*s" % (width, "benchmark") + "".join("%*s" % (colw, i.label[:colw - 2]) for i in impls)
    rows = [head, "-" * len(head)]
    for bench in benches:
        row = "%-*s" % (width, bench)
        for impl in impls:
            r = data["results"][bench].get(impl.key)
            if r is None:
                cell = "-"
            elif r["status"] != "ok":
                cell = short_reason(r)
            else:
                ratio = sp.get(bench, {}).get(impl.key)
                cell = "%s %s ±%.0f%%" % (fmt_time(r["steady"]),
                                          "%.2fx" % ratio if ratio else "", 50 * r["spread"])
            row += "%*s" % (colw, cell)
        rows.append(row)
    row = "%-*s" % (width, "geometric mean")
    for impl in impls:
        g = geomean([sp[b][impl.key] for b in sp if impl.key in sp[b]])
        row += "%*s" % (colw, "%.2fx" % g if g else "-")
    rows.append("-" * len(head))
    rows.append(row)
    for key, label, _, _ in STARTUPS:
        if not data.get(key):
            continue
        row = "%-*s" % (width, label[:width])
        for impl in impls:
            s = data[key].get(impl.key)
            cell = "-" if not s else ("cannot run" if s["status"] != "ok" else
                                      "%s %s" % (fmt_time(s["wall"]), fmt_mb(s["maxrss_kb"])))
            row += "%*s" % (colw, cell)
        rows.append(row)
    return "\n".join(rows)


def write_csv(path, data, impls):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["implementation", "benchmark", "status", "first_s", "steady_median_s",
                    "steady_min_s", "steady_max_s", "speedup_vs_cpython", "process_wall_s",
                    "process_cpu_s", "peak_rss_kb", "iteration_times_s", "reason"])
        sp = speedups(data, impls)
        for bench, per in data["results"].items():
            for impl in impls:
                r = per.get(impl.key)
                if not r:
                    continue
                ok = r["status"] == "ok"
                ratio = sp.get(bench, {}).get(impl.key)
                w.writerow([impl.key, bench, r["status"],
                            "%.6f" % r["first"] if ok else "",
                            "%.6f" % r["steady"] if ok else "",
                            "%.6f" % r["steady_min"] if ok else "",
                            "%.6f" % r["steady_max"] if ok else "",
                            "%.4f" % ratio if ratio else "",
                            "%.4f" % r["wall"], "%.4f" % r["cpu"], r["maxrss_kb"],
                            " ".join("%.6f" % t for t in r["times"]), r.get("reason", "")])
        for startup, name in (("startup", "_hello_world"), ("startup_imports", "_imports")):
            for key, s in data.get(startup, {}).items():
                ok = s["status"] == "ok"
                w.writerow([key, name, s["status"], "", "", "", "", "",
                            "%.4f" % s["wall"] if ok else "", "", s.get("maxrss_kb", ""),
                            " ".join("%.6f" % t for t in s.get("walls", [])), s.get("reason", "")])


# ---------------------------------------------------------------- charts (SVG)

def esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def log_ticks(lo, hi):
    """Tick values 1-2-5 per decade covering [lo, hi]."""
    ticks = []
    e = int(math.floor(math.log10(lo)))
    while True:
        for m in (1, 2, 5):
            v = m * 10.0 ** e
            if v > hi * 1.0001:
                return ticks
            if v >= lo * 0.9999:
                ticks.append(v)
        e += 1


def tick_label(v, unit):
    if unit == "s":
        return fmt_time(v).replace(" ", "")
    if unit == "x":
        return ("%g" % v) + "x"
    if unit == "MB":
        return "%g" % v
    return "%g" % v


class Svg(object):
    def __init__(self, width, height):
        self.w = width
        self.h = height
        self.parts = []

    def add(self, s):
        self.parts.append(s)

    def text(self, x, y, s, size=11, anchor="start", weight="normal", fill="#222", extra=""):
        self.add('<text x="%.1f" y="%.1f" font-size="%d" text-anchor="%s" font-weight="%s" '
                 'fill="%s"%s>%s</text>' % (x, y, size, anchor, weight, fill, extra, esc(s)))

    def line(self, x1, y1, x2, y2, stroke="#ccc", width=1, dash=None):
        self.add('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%g"%s/>'
                 % (x1, y1, x2, y2, stroke, width,
                    ' stroke-dasharray="%s"' % dash if dash else ""))

    def rect(self, x, y, w, h, fill, title=None):
        t = "<title>%s</title>" % esc(title) if title else ""
        self.add('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s">%s</rect>'
                 % (x, y, max(w, 0.5), h, fill, t))

    def render(self):
        return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
                'viewBox="0 0 %d %d" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">\n'
                '<rect width="100%%" height="100%%" fill="white"/>\n%s\n</svg>\n'
                % (self.w, self.h, self.w, self.h, "\n".join(self.parts)))


def legend(svg, impls, x, y):
    for impl in impls:
        svg.rect(x, y - 9, 12, 10, impl.colour)
        svg.text(x + 16, y, impl.label, size=11)
        x += 28 + 7 * len(impl.label)
    return x


def bar_chart(path, title, subtitle, rows, impls, values, unit, base=None, notes=None):
    """Grouped horizontal bars on a log scale. values[row][impl.key] -> float or None;
    notes[row][impl.key] -> text shown where there is no value."""
    label_w = 150
    plot_w = 560
    bar_h = 9
    group_h = bar_h * len(impls) + 10
    top = 70
    height = top + group_h * len(rows) + 50
    svg = Svg(label_w + plot_w + 40, height)
    svg.text(16, 22, title, size=15, weight="bold")
    svg.text(16, 40, subtitle, size=11, fill="#555")
    legend(svg, impls, 16, 58)
    vals = [v for r in rows for v in values.get(r, {}).values() if v]
    if base:
        vals.append(base)
    if not vals:
        return None
    lo = min(vals) / 1.3
    hi = max(vals) * 1.3
    lo_l, hi_l = math.log10(lo), math.log10(hi)

    def X(v):
        return label_w + (math.log10(v) - lo_l) / (hi_l - lo_l) * plot_w

    bottom = top + group_h * len(rows)
    ticks = log_ticks(lo, hi)
    if len(ticks) > 12:
        ticks = [t for t in ticks if ("%g" % t)[0] == "1"]
    for t in ticks:
        svg.line(X(t), top - 4, X(t), bottom, stroke="#e6e6e6")
        svg.text(X(t), bottom + 14, tick_label(t, unit), size=10, anchor="middle", fill="#555")
    origin = X(base) if base else label_w
    for i, row in enumerate(rows):
        y = top + i * group_h
        if i % 2 == 1:
            svg.add('<rect x="0" y="%.1f" width="%d" height="%d" fill="#f7f7f7" opacity="0.6"/>'
                    % (y, label_w + plot_w + 40, group_h))
        svg.text(label_w - 8, y + group_h / 2.0 + 3, row, size=11, anchor="end",
                 weight="bold" if row.startswith("geometric") else "normal")
        for j, impl in enumerate(impls):
            v = values.get(row, {}).get(impl.key)
            by = y + 5 + j * bar_h
            if v:
                x1, x2 = sorted((origin, X(v)))
                svg.rect(x1, by, x2 - x1, bar_h - 1, impl.colour,
                         title="%s %s: %s" % (impl.label, row, tick_label(v, unit)))
                svg.text(max(x1, x2) + 3, by + bar_h - 2, tick_label(round(v, 2), unit)
                         if unit == "x" else (fmt_time(v) if unit == "s" else "%.0f" % v),
                         size=8, fill="#444")
            else:
                note = (notes or {}).get(row, {}).get(impl.key)
                if note:
                    svg.text(origin + 3, by + bar_h - 2, "%s: %s" % (impl.label, note),
                             size=8, fill="#999")
    if base:
        svg.line(X(base), top - 4, X(base), bottom, stroke="#333", width=1.2)
    svg.text(label_w + plot_w / 2.0, bottom + 32,
             {"x": "speed-up over CPython (log scale; right of the line is faster)",
              "s": "seconds (log scale)", "MB": "MB (log scale)"}.get(unit, unit),
             size=11, anchor="middle", fill="#333")
    with open(path, "w") as f:
        f.write(svg.render())
    return path


def warmup_chart(path, data, impls, benches):
    cols = 4
    pw, ph = 250, 170
    pad_l, pad_b, pad_t = 46, 22, 22
    top = 64
    rows = (len(benches) + cols - 1) // cols
    svg = Svg(cols * pw + 20, top + rows * ph + 20)
    svg.text(16, 22, "Warm-up: time per iteration against iteration number", size=15,
             weight="bold")
    svg.text(16, 40, "one line per implementation; log-scale time; each panel is one process",
             size=11, fill="#555")
    legend(svg, impls, 16, 58)
    for k, bench in enumerate(benches):
        ox = 10 + (k % cols) * pw
        oy = top + (k // cols) * ph
        svg.text(ox + pad_l, oy + 14, bench, size=12, weight="bold")
        series = []
        for impl in impls:
            r = data["results"][bench].get(impl.key)
            if r and r["status"] == "ok" and r["times"]:
                series.append((impl, r["times"]))
        x0, x1 = ox + pad_l, ox + pw - 14
        y0, y1 = oy + ph - pad_b, oy + pad_t
        svg.line(x0, y0, x1, y0, stroke="#999")
        svg.line(x0, y0, x0, y1, stroke="#999")
        if not series:
            svg.text((x0 + x1) / 2.0, (y0 + y1) / 2.0, "no results", size=10, anchor="middle",
                     fill="#999")
            continue
        allt = [t for _, ts in series for t in ts if t > 0]
        lo, hi = min(allt) / 1.15, max(allt) * 1.15
        if hi / lo < 2.5:
            mid = math.sqrt(lo * hi)
            lo, hi = mid / 1.6, mid * 1.6
        n = max(len(ts) for _, ts in series)

        def X(i):
            return x0 + (float(i) / max(n - 1, 1)) * (x1 - x0 - 4)

        def Y(t):
            return y0 - (math.log10(max(t, lo)) - math.log10(lo)) / \
                (math.log10(hi) - math.log10(lo)) * (y0 - y1)

        ticks = log_ticks(lo, hi)
        if len(ticks) > 5:
            ticks = [t for t in ticks if ("%g" % t)[0] in "1"] or ticks[::2]
        for t in ticks:
            svg.line(x0, Y(t), x1, Y(t), stroke="#eee")
            svg.text(x0 - 3, Y(t) + 3, fmt_time(t).replace(" ", ""), size=8, anchor="end",
                     fill="#666")
        for i in sorted(set([0, n - 1] + list(range(0, n, 5)))):
            svg.text(X(i), y0 + 11, str(i + 1), size=8, anchor="middle", fill="#666")
        for impl, ts in series:
            pts = " ".join("%.1f,%.1f" % (X(i), Y(t)) for i, t in enumerate(ts))
            svg.add('<polyline points="%s" fill="none" stroke="%s" stroke-width="1.6">'
                    '<title>%s</title></polyline>' % (pts, impl.colour, esc(impl.label)))
            for i, t in enumerate(ts):
                svg.add('<circle cx="%.1f" cy="%.1f" r="1.6" fill="%s"/>'
                        % (X(i), Y(t), impl.colour))
        missing = [impl.label for impl in impls
                   if not any(impl is s[0] for s in series) and data["results"][bench].get(impl.key)]
        if missing:
            svg.text(x1, y1 + 6, "not run: " + ", ".join(missing), size=8, anchor="end",
                     fill="#999")
    with open(path, "w") as f:
        f.write(svg.render())
    return path


def draw_charts(out, data, impls):
    benches = list(data["results"].keys())
    made = []
    sp = speedups(data, impls)
    rows = [b for b in benches if b in sp]
    notes = {}
    for b in benches:
        for impl in impls:
            r = data["results"][b].get(impl.key)
            if r and r["status"] != "ok":
                notes.setdefault(b, {})[impl.key] = short_reason(r)
    values = dict((b, dict(sp[b])) for b in rows)
    gm = {}
    for impl in impls:
        g = geomean([sp[b][impl.key] for b in sp if impl.key in sp[b]])
        if g:
            gm[impl.key] = g
    values["geometric mean"] = gm
    made.append(bar_chart(os.path.join(out, "speedup.svg"),
                          "Steady-state speed relative to CPython",
                          "CPython steady-state time / implementation's (median of the later "
                          "iterations); higher is faster", rows + ["geometric mean"], impls,
                          values, "x", base=1.0, notes=notes))
    made.append(warmup_chart(os.path.join(out, "warmup.svg"), data, impls, benches))
    mem = {}
    for b in benches:
        mem[b] = {}
        for impl in impls:
            r = data["results"][b].get(impl.key)
            if r and r["status"] == "ok":
                mem[b][impl.key] = r["maxrss_kb"] / 1024.0
    rows = list(benches)
    if data.get("startup"):
        rows = ["hello world"] + rows
        mem["hello world"] = dict((k, s["maxrss_kb"] / 1024.0) for k, s in data["startup"].items()
                                  if s["status"] == "ok")
        for k, s in data["startup"].items():
            if s["status"] != "ok":
                notes.setdefault("hello world", {})[k] = "cannot run"
    made.append(bar_chart(os.path.join(out, "memory.svg"), "Peak memory (RSS) per process",
                          "whole process, one benchmark per process", rows, impls, mem, "MB",
                          notes=notes))
    if data.get("startup"):
        st = {}
        for key, label, _, _ in STARTUPS:
            st[label] = dict((k, s["wall"]) for k, s in data.get(key, {}).items() if s["status"] == "ok")
        made.append(bar_chart(os.path.join(out, "startup.svg"), "Start-up time",
                              "wall time, median of %d runs" % data["meta"]["startup_runs"],
                              [label for key, label, _, _ in STARTUPS if data.get(key)], impls, st, "s",
                              notes=notes))
    made = [m for m in made if m]
    conv = shutil.which("rsvg-convert")
    if conv:
        for svg in list(made):
            png = svg[:-4] + ".png"
            if subprocess.run([conv, "-b", "white", "-o", png, svg]).returncode == 0:
                made.append(png)
    return made, conv is not None


# ---------------------------------------------------------------- main

def all_benchmarks():
    return sorted(f[:-3] for f in os.listdir(PROGRAMS)
                  if f.endswith(".py") and not f.startswith("_"))


def machine_info():
    model = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return model, os.cpu_count() or 1, "%s %s" % (platform.system(), platform.release())


def main(argv=None):
    ap = argparse.ArgumentParser(prog="bench/run", description=__doc__.split("\n\n")[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("benchmarks", nargs="*", help="benchmarks to run (default: all)")
    ap.add_argument("--impl", action="append",
                    help="implementations to run, comma-separated, from: "
                         + ", ".join(k for k, _, _ in KNOWN) + " (default: all found)")
    ap.add_argument("--add-impl", action="append", metavar="NAME=COMMAND",
                    help="an extra implementation or configuration, e.g. "
                         "'taipan-jit-off=taipan --jit off' (repeatable)")
    ap.add_argument("--taipan-args", default="", metavar="ARGS",
                    help="options passed to bin/taipan before the program, e.g. '--jit off'")
    ap.add_argument("--iterations", "-n", type=int, help="iterations per process (default 20;"
                                                         " 3 with --quick)")
    ap.add_argument("--size", default="normal", choices=["tiny", "normal"])
    ap.add_argument("--quick", action="store_true", help="a smoke run: few iterations, one "
                                                         "start-up run")
    ap.add_argument("--startup-runs", type=int, help="hello-world runs per implementation "
                                                     "(default 5; 1 with --quick; 0: skip)")
    ap.add_argument("--timeout", type=float, default=600.0,
                    help="seconds allowed per process (default 600)")
    ap.add_argument("--settle", type=float, default=0.0, metavar="SECONDS",
                    help="before each process, wait up to SECONDS for the machine to be quiet "
                         "(other processes using at most --quiet-cores); default 0: don't wait")
    ap.add_argument("--quiet-cores", type=float, default=0.3, metavar="CORES",
                    help="what counts as quiet for --settle (default 0.3 cores busy)")
    ap.add_argument("--out", help="directory for the results (default bench/out/TIMESTAMP)")
    ap.add_argument("--report-only", metavar="DIR",
                    help="only redo the report and charts of an earlier run from DIR/results.json")
    ap.add_argument("--list", action="store_true", help="list the benchmarks and "
                                                        "implementations found, and stop")
    args = ap.parse_args(argv)
    if args.iterations is None:
        args.iterations = 3 if args.quick else 20
    if args.startup_runs is None:
        args.startup_runs = 1 if args.quick else 5

    if args.report_only:
        with open(os.path.join(args.report_only, "results.json")) as f:
            data = json.load(f)
        impls = []
        for j in data["meta"]["implementations"]:
            colour = dict((k, c) for k, _, c in KNOWN).get(j["key"], EXTRA_COLOURS[len(impls) % 6])
            impl = Impl(j["key"], j["label"], j["command"], colour)
            impl.version = j["version"]
            impls.append(impl)
        write_reports(args.report_only, data, impls)
        return 0

    benches = args.benchmarks or all_benchmarks()
    unknown = [b for b in benches if b not in all_benchmarks()]
    if unknown:
        sys.exit("runner: unknown benchmark(s) %s; known: %s"
                 % (", ".join(unknown), ", ".join(all_benchmarks())))
    impls = discover(args)
    if args.list:
        print("benchmarks: " + " ".join(all_benchmarks()))
        for impl in impls:
            print("%-10s %s" % (impl.key, " ".join(impl.command)))
        return 0
    if not impls:
        sys.exit("runner: no implementation to run")

    if any(i.key == "taipan" or "taipan" in " ".join(i.command) for i in impls):
        # build Taipan (if needed) before anything is measured
        subprocess.run([os.path.join(REPO, "bin", "taipan"), "--version"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for impl in impls:
        probe_version(impl)

    started = datetime.datetime.now()
    out = args.out or os.path.join(HERE, "out", started.strftime("%Y-%m-%d_%H%M%S"))
    os.makedirs(out, exist_ok=True)
    model, cpus, kernel = machine_info()
    load_start = list(os.getloadavg()) if hasattr(os, "getloadavg") else []
    data = {"meta": {"started": started.isoformat(timespec="seconds"),
                     "command": " ".join(["bench/run"] + [shlex.quote(a) for a in
                                                         (sys.argv[1:] if argv is None else argv)]),
                     "cpu_model": model,
                     "cpus": cpus, "kernel": kernel, "python_runner": sys.version.split()[0],
                     "size": args.size, "iterations": args.iterations, "quick": args.quick,
                     "startup_runs": args.startup_runs, "settle": args.settle,
                     "quiet_cores": args.quiet_cores, "taipan_args": args.taipan_args,
                     "load_start": load_start,
                     "implementations": [i.to_json() for i in impls]},
            "results": dict((b, {}) for b in benches), "startup": {}, "startup_imports": {}}

    print("Implementations:")
    for impl in impls:
        print("  %-10s %s" % (impl.label, impl.version))
    print("Load average at start: %s (%d CPUs)%s" % (
        " ".join("%.2f" % x for x in load_start), cpus,
        "  -- the machine is busy; expect noisy numbers" if load_start and load_start[0] > cpus / 2.0
        else ""))
    t_start = time.perf_counter()
    if args.startup_runs > 0:
        for key, label, program, expect in STARTUPS:
            for impl in impls:
                s = measure_startup(impl, args, program, expect)
                data[key][impl.key] = s
                print("  %-28s %-10s %s" % (label, impl.label, fmt_time(s["wall"]) + " " + fmt_mb(
                    s["maxrss_kb"]) if s["status"] == "ok" else "cannot run: " + s["reason"]))
    for bench in benches:
        for impl in impls:
            rec = run_benchmark(impl, bench, args)
            data["results"][bench][impl.key] = rec
            if rec["status"] == "ok":
                msg = "first %s, steady %s ±%.0f%%, %s" % (
                    fmt_time(rec["first"]), fmt_time(rec["steady"]), 50 * rec["spread"],
                    fmt_mb(rec["maxrss_kb"]))
            else:
                msg = "%s: %s" % (short_reason(rec).upper(), rec["reason"])
            print("  %-16s %-10s %s" % (bench, impl.label, msg))
            sys.stdout.flush()
    data["meta"]["load_end"] = list(os.getloadavg()) if hasattr(os, "getloadavg") else []
    data["meta"]["duration_s"] = time.perf_counter() - t_start

    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=False)
    write_reports(out, data, impls)
    return 0


def write_reports(out, data, impls):
    write_csv(os.path.join(out, "results.csv"), data, impls)
    report = markdown_report(data, impls)
    charts, png = draw_charts(out, data, impls)
    report += "\n## Charts\n\n" + "\n".join(
        "![%s](%s)" % (os.path.basename(c), os.path.basename(c)) for c in charts
        if c.endswith(".svg")) + "\n"
    with open(os.path.join(out, "README.md"), "w") as f:
        f.write(report)
    table = console_table(data, impls) + "\n\n" + "\n".join(noise_summary(data, impls)) + "\n"
    with open(os.path.join(out, "table.txt"), "w") as f:
        f.write(table)
    print()
    print(table)
    print("Took %.0f s. Results in %s (README.md, table.txt, results.json, results.csv, %s)%s"
          % (data["meta"]["duration_s"], os.path.relpath(out),
             ", ".join(os.path.basename(c) for c in charts),
             "" if png else "; no PNG: install rsvg-convert (bench/install-peers charts)"))


if __name__ == "__main__":
    sys.exit(main())
