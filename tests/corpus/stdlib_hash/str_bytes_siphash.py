# hash() of str, bytes and memoryview is SipHash-1-3 over CPython's representation
# (1, 2 or 4 bytes per character); child processes with a fixed PYTHONHASHSEED give
# CPython's exact values. Parent-process hashes are random, so only relations print.
import os
import subprocess
import sys

values = ["'abc'", "'abcdefghijk'", "'\u00e4\u00fa\u2211\u2107'", "b'abc'", "'a\\U0001F600b'", "'\\ud800x'",
          "memoryview(b'abcdefgh')", "'\u00e9'", "''", "b''", "'x' * 100"]
code = "for v in [%s]: print(hash(v))" % ", ".join(values)
for seed in ("0", "42", "4294967295"):
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout
    print(seed, out.split())
print(sys.hash_info.algorithm, sys.hash_info.seed_bits, sys.hash_info.cutoff)
print(hash("abc") == hash(b"abc".decode()), hash(b"abc") == hash("abc"), hash(memoryview(b"ab")) == hash(b"ab"))
