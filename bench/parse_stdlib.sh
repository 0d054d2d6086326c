#!/usr/bin/env bash
# Parse-speed benchmark: Taipan's parser against CPython 3.11's over the whole stdlib.
#
#   bench/parse_stdlib.sh [-r RUNS] [LIB_DIR]
#
# LIB_DIR defaults to the Lib directory of python3 (which must be CPython 3.11);
# its .py files, site-packages excluded, are the input. Each run starts two whole
# processes, one after the other: python3 calling ast.parse(open(f,'rb').read(), f)
# on every file, then `bin/taipan --parse-only FILE...` on the same files (it parses
# every file and prints one summary line). python3 is resolved to the interpreter's
# own executable (sys.executable) first, so a wrapper such as a pyenv shim is not
# timed. Wall-clock time includes process start-up on both sides, as a user sees
# it; CPU time (user+sys of all threads, so the JVM's compiler and GC threads count)
# is reported too, being steadier than wall time on a shared machine. After RUNS runs (default 5) it prints each side's times,
# the medians and the ratios Taipan/CPython (below 1 means Taipan is faster).
# bin/taipan is built (if needed) before the first timed run.
set -e -o pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
runs=5
if [ "$1" = "-r" ]; then runs=$2; shift 2; fi
python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
  || { echo "parse_stdlib.sh: python3 must be CPython 3.11" >&2; exit 2; }
python=$(python3 -c 'import sys; print(sys.executable)')
lib=${1:-$("$python" -c 'import os; print(os.path.dirname(os.__file__))')}
mapfile -t files < <(python3 - "$here" "$lib" <<'EOF'
import os, sys
sys.path.insert(0, os.path.join(sys.argv[1], 'tools'))
from cpython_ast_digests import all_files
root = os.path.abspath(sys.argv[2])
for rel in all_files(root):
    print(os.path.join(root, rel))
EOF
)
echo "parse_stdlib: ${#files[@]} files under $lib, $runs runs each"
"$here/bin/taipan" --version >/dev/null

cpython_parse='
import ast, sys
errors = 0
for f in sys.argv[1:]:
    with open(f, "rb") as fh:
        src = fh.read()
    try:
        ast.parse(src, f)
    except Exception:
        errors += 1
print("cpython: parsed %d files, %d raised" % (len(sys.argv) - 1, errors))
'
# run NAME CMD...: runs CMD once, appends its wall and CPU (user+sys, all threads) milliseconds
# to NAME_wall / NAME_cpu and keeps the last line of its output in NAME_line.
run() {
  local name=$1; shift
  local out err t
  out=$(mktemp) err=$(mktemp)
  t=$( { TIMEFORMAT='%R %U %S'; time "$@" >"$out" 2>"$err"; } 2>&1 ) \
    || { echo "parse_stdlib.sh: $* failed:" >&2; cat "$err" >&2; rm -f "$out" "$err"; exit 1; }
  read -r real user sys <<<"$t"
  eval "${name}_wall+=($(awk -v r="$real" 'BEGIN {printf "%d", r * 1000}'))"
  eval "${name}_cpu+=($(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}'))"
  eval "${name}_line=\$(tail -n 1 \"\$out\")"
  rm -f "$out" "$err"
}
cpython_wall=() cpython_cpu=() taipan_wall=() taipan_cpu=()
for ((i = 1; i <= runs; i++)); do
  run cpython "$python" -c "$cpython_parse" "${files[@]}"
  run taipan "$here/bin/taipan" --parse-only "${files[@]}"
  echo "run $i: cpython ${cpython_wall[-1]} ms wall / ${cpython_cpu[-1]} ms cpu," \
       "taipan ${taipan_wall[-1]} ms wall / ${taipan_cpu[-1]} ms cpu"
done
echo "  $cpython_line"
echo "  taipan: $taipan_line"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
cw=$(median "${cpython_wall[@]}") cc=$(median "${cpython_cpu[@]}")
tw=$(median "${taipan_wall[@]}") tc=$(median "${taipan_cpu[@]}")
echo "median wall: cpython $cw ms, taipan $tw ms, ratio taipan/cpython $(ratio "$tw" "$cw")"
echo "median cpu:  cpython $cc ms, taipan $tc ms, ratio taipan/cpython $(ratio "$tc" "$cc")"
