# str, bytes and memoryview hashes equal CPython's for a fixed PYTHONHASHSEED (run in child processes)
import subprocess, sys
exprs = ["'abc'", "b'abc'", "'abcdefghijk'", "b'abcdefghijk'", "'\\xe4\\xfa\\u2211\\u2107'", "'\\U0001f40d\\xe9'",
         "'\\ud800'", "memoryview(b'abc')", "''", "b''", "'x' * 100"]
for seed in ('0', '42', '4294967295'):
    code = "print([hash(x) for x in [%s]])" % ", ".join(exprs)
    out = subprocess.run([sys.executable, '-c', code], env={'PYTHONHASHSEED': seed}, capture_output=True, text=True)
    print(seed, out.stdout.strip(), out.returncode)
import sys
print(sys.hash_info.algorithm, sys.hash_info.seed_bits, hash('') == 0 == hash(b''))
