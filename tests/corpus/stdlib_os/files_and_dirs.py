# Directory and file operations through os, shutil and glob in a private temporary directory.
import glob
import os
import shutil
import stat

base = os.path.join("/tmp", "taipan_corpus_os_%d" % os.getpid())
os.mkdir(base)


def rel(p):
    return os.path.relpath(p, base)


for name in ["b.txt", "a.py", "c.txt"]:
    fd = os.open(os.path.join(base, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    print("wrote", os.write(fd, b"hello " + name.encode()))
    os.close(fd)
os.makedirs(os.path.join(base, "sub", "deep"))
os.makedirs(os.path.join(base, "sub", "deep"), exist_ok=True)
print(sorted(os.listdir(base)))
print(sorted(rel(p) for p in glob.glob(os.path.join(base, "*.txt"))))
print(sorted(rel(p) for p in glob.glob(os.path.join(base, "**"), recursive=True)))
with os.scandir(base) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, rel(e.path), e.is_dir(), e.is_file(), e.is_symlink(), repr(e))
st = os.stat(os.path.join(base, "a.py"))
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(base).st_mode), st.st_size, st[6], len(st))
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8])
fd = os.open(os.path.join(base, "a.py"), os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_END), os.fstat(fd).st_size, os.read(fd, 5))
os.close(fd)
for action in [lambda: os.stat(os.path.join(base, "missing")), lambda: os.mkdir(base), lambda: os.rmdir(base),
               lambda: os.listdir(os.path.join(base, "a.py")), lambda: os.remove(os.path.join(base, "sub")),
               lambda: os.rmdir(os.path.join(base, "a.py"))]:
    try:
        action()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, rel(e.filename))
os.rename(os.path.join(base, "b.txt"), os.path.join(base, "d.txt"))
os.replace(os.path.join(base, "d.txt"), os.path.join(base, "c.txt"))
os.remove(os.path.join(base, "a.py"))
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, "c.txt")))
print(os.access(base, os.F_OK), os.access(os.path.join(base, "nope"), os.F_OK), os.access(base, os.R_OK | os.W_OK))
os.utime(os.path.join(base, "c.txt"), (1000000000, 1500000000))
print(os.stat(os.path.join(base, "c.txt")).st_mtime, os.path.getmtime(os.path.join(base, "c.txt")))
os.symlink("c.txt", os.path.join(base, "link"))
print(os.readlink(os.path.join(base, "link")), os.path.islink(os.path.join(base, "link")),
      stat.S_ISLNK(os.lstat(os.path.join(base, "link")).st_mode))
print(sorted(os.listdir(os.fsencode(base))))
print([(rel(d), sorted(ds), sorted(fs)) for d, ds, fs in sorted(os.walk(base))])
shutil.rmtree(base)
print(os.path.exists(base))
