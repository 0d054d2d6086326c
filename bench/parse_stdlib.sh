#!/usr/bin/env bash
# Parse-speed benchmark: Taipan's parser against CPython 3.11's over the whole stdlib.
#
#   bench/parse_stdlib.sh [-r RUNS] [LIB_DIR]
#
# LIB_DIR defaults to the Lib directory of python3 (which must be CPython 3.11);
# its .py files, site-packages excluded, are the input. Each run starts two whole
# processes, one after the other: python3 calling ast.parse(open(f,'rb').read(), f)
# on every file, then `bin/taipan --parse-only FILE...` on the same files (it parses
# every file and prints one summary line). Wall-clock time includes process
# start-up on both sides, as a user sees it. After RUNS runs (default 5) it prints
# each side's times, the medians and the ratio Taipan/CPython (below 1 means Taipan
# is faster). bin/taipan is built (if needed) before the first timed run.
set -e -o pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
runs=5
if [ "$1" = "-r" ]; then runs=$2; shift 2; fi
python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
  || { echo "parse_stdlib.sh: python3 must be CPython 3.11" >&2; exit 2; }
lib=${1:-$(python3 -c 'import os; print(os.path.dirname(os.__file__))')}
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
now() { date +%s%N; }
cp_times=() tp_times=()
for ((i = 1; i <= runs; i++)); do
  t0=$(now); cp_line=$(python3 -c "$cpython_parse" "${files[@]}"); t1=$(now)
  tp_line=$("$here/bin/taipan" --parse-only "${files[@]}" | tail -n 1) \
    || { echo "parse_stdlib.sh: bin/taipan --parse-only failed" >&2; exit 1; }
  t2=$(now)
  cp_times+=($(( (t1 - t0) / 1000000 ))); tp_times+=($(( (t2 - t1) / 1000000 )))
  echo "run $i: cpython ${cp_times[-1]} ms, taipan ${tp_times[-1]} ms"
done
echo "  $cp_line"
echo "  taipan: $tp_line"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
cp_median=$(median "${cp_times[@]}"); tp_median=$(median "${tp_times[@]}")
echo "median: cpython $cp_median ms, taipan $tp_median ms, ratio taipan/cpython $(awk -v a="$tp_median" -v b="$cp_median" 'BEGIN {printf "%.2f", a / b}')"
