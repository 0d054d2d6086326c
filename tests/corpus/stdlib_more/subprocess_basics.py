import subprocess, os

r = subprocess.run(["/bin/echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
print(repr(r))
r = subprocess.run(["/bin/echo", "text"], capture_output=True, text=True)
print(repr(r.stdout))
print(subprocess.check_output(["/bin/sh", "-c", "echo out; echo err 1>&2"], stderr=subprocess.STDOUT))
r = subprocess.run(["/bin/sh", "-c", "echo to-err 1>&2; exit 3"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    subprocess.run(["/bin/sh", "-c", "exit 5"], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd)
try:
    subprocess.check_output(["/bin/sh", "-c", "echo partial; exit 2"])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e.output, e.stdout)
print(subprocess.check_call(["/bin/sh", "-c", "exit 0"]), subprocess.call(["/bin/sh", "-c", "exit 7"]))
r = subprocess.run(["cat"], input=b"piped input\nline 2\n", capture_output=True)
print(r.stdout)
r = subprocess.run(["tr", "a-z", "A-Z"], input="shout\n", capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run("echo $GREETING from $0", shell=True, capture_output=True, text=True, env={"GREETING": "hi", "PATH": os.environ.get("PATH", "/bin:/usr/bin")})
print(r.stdout, end="")
r = subprocess.run(["pwd"], capture_output=True, text=True, cwd="/")
print(r.stdout, end="")
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, 0.15 < e.timeout <= 0.2, e.output)
try:
    subprocess.run(["/no/such/program"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    subprocess.run(["/bin/echo"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"via communicate")
print(out, err, p.returncode, p.poll())
p = subprocess.Popen(["/bin/sh", "-c", "read x; echo got:$x; exit 4"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("value\n")
p.stdin.close()
print(p.stdout.read(), end="")
p.stdout.close()
print(p.wait())
with subprocess.Popen(["/bin/echo", "ctx"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
p1 = subprocess.Popen(["printf", "b\\na\\nc\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
print(p2.communicate()[0], p1.wait(), p2.returncode)
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e)
p.kill(); p.wait()
r = subprocess.run(["/bin/sh", "-c", "echo x"], stdout=subprocess.DEVNULL)
print(r.stdout, r.returncode)
r = subprocess.run(["/bin/sh", "-c", "printf 'a\\r\\nb\\n'"], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["/bin/sh", "-c", "printf 'a\\r\\nb\\n'"], capture_output=True, universal_newlines=True)
print(repr(r.stdout))
print(subprocess.getoutput("echo go; exit 1"), subprocess.getstatusoutput("echo so; exit 3"))
print(subprocess.list2cmdline(["a b", "c\"d", "e"]), subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
cp = subprocess.CompletedProcess(["x"], 1, b"o", b"e")
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stderr)
print(str(subprocess.CalledProcessError(-9, ["k"])), str(subprocess.TimeoutExpired("cmd", 2.5)))
try:
    subprocess.run(["/bin/echo"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print(type(e).__name__, e)
try:
    subprocess.Popen(["/bin/echo"], bufsize="x")
except TypeError as e:
    print(type(e).__name__, e)
