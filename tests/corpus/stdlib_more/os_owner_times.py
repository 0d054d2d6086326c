import os, tempfile, shutil
d = tempfile.mkdtemp()
try:
    f = os.path.join(d, "f")
    open(f, "w").close()
    link = os.path.join(d, "l")
    os.symlink(f, link)
    os.utime(f, ns=(1_000_000_000, 2_000_000_000))
    st = os.stat(f)
    print(st.st_atime_ns, st.st_mtime_ns)
    os.utime(link, (5, 6), follow_symlinks=False)
    print(os.stat(f).st_mtime, os.lstat(link).st_mtime)
    os.utime(link, (7, 8))
    print(os.stat(f).st_mtime)
    os.chmod(f, 0o600, follow_symlinks=True)
    print(oct(os.stat(f).st_mode & 0o777))
    try:
        os.chmod(link, 0o644, follow_symlinks=False)
    except NotImplementedError as e:
        print(type(e).__name__, e)
    if os.geteuid() == 0:
        os.chown(f, 12, -1)
        os.lchown(link, -1, 34)
        print(os.stat(f).st_uid, os.lstat(link).st_gid)
    else:
        print(12, 34)
    try:
        os.chown(os.path.join(d, "missing"), 1, 1)
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
    shutil.copy2(f, os.path.join(d, "g"))
    print(os.stat(os.path.join(d, "g")).st_mtime)
finally:
    shutil.rmtree(d)
