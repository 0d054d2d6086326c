# -W and -X options, separate or attached: sys.warnoptions, sys._xoptions and
# the warning filters they install.
import subprocess
import sys

code = ("import sys, warnings; print(sys.warnoptions, sorted(sys._xoptions.items()), warnings.filters[0][0]); "
        "warnings.warn('careful'); print('after')")
for opts in (["-Wd"], ["-W", "error"], ["-Wignore", "-Xutf8", "-X", "a=b"], ["-Wbogus"]):
    p = subprocess.run([sys.executable, *opts, "-c", code], capture_output=True, text=True)
    print(opts, p.returncode)
    print(" out:", p.stdout.strip())
    print(" err:", p.stderr.strip().splitlines()[-1:] if p.stderr else [])
