import os, os.path as op, glob, shutil, tempfile, fnmatch, stat

print(op.join("a", "b", "c.txt"), op.join("a", "/abs", "x"), op.join("a/", "b"), op.join("", "x"), op.join("a", ""))
print(op.split("/usr/lib/x.py"), op.split("x"), op.split("/"), op.splitext("a/b.tar.gz"), op.splitext(".bashrc"), op.splitext("a.b/c"))
print(op.basename("/a/b/"), op.basename("/a/b"), op.dirname("/a/b/c"), op.dirname("c"), op.isabs("/x"), op.isabs("x"))
print(op.normpath("/a/./b/../c//d/"), op.normpath("../x/../../y"), op.normpath(""), op.normpath("//a"), op.normpath("///a"))
print(op.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), op.commonpath(["/usr/lib/x", "/usr/local/y"]), op.commonpath(["a/b", "a/c"]))
print(op.relpath("/a/b/c", "/a/x"), op.relpath("/a", "/a"), op.splitdrive("/x/y"), op.expanduser("~root") == op.expanduser("~root"), op.expandvars("$NO_SUCH_VAR_X/y"))
print(op.normcase("AbC"), op.sep, op.extsep, op.pathsep, op.curdir, op.pardir, op.altsep, op.devnull)
try:
    op.commonpath(["/a", "b"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    op.commonpath([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    op.join("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(op.join(b"a", b"b"), op.splitext(b"x.py"), op.basename(b"/q/r"))
print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.fnmatchcase("FOO.PY", "*.py"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"), fnmatch.translate("a?[!x]*.py"))

base = tempfile.mkdtemp()
def rel(paths):
    return sorted(op.relpath(p, base) for p in paths)
try:
    os.makedirs(op.join(base, "src", "pkg", "sub"))
    os.makedirs(op.join(base, "src", ".hidden"))
    for name in ("src/a.py", "src/b.txt", "src/pkg/__init__.py", "src/pkg/mod.py", "src/pkg/sub/deep.py", "src/.hidden/h.py", "src/.dot.py", "src/[x].py"):
        with open(op.join(base, name), "w") as f:
            f.write(name * 3)
    print(op.exists(op.join(base, "src")), op.isdir(op.join(base, "src")), op.isfile(op.join(base, "src/a.py")), op.getsize(op.join(base, "src/a.py")))
    print(op.islink(op.join(base, "src")), op.ismount("/"), op.lexists(op.join(base, "nope")), op.samefile(op.join(base, "src"), op.join(base, "src/pkg/..")))
    print(rel(glob.glob(op.join(base, "src", "*.py"))))
    print(rel(glob.glob(op.join(base, "src", "**", "*.py"), recursive=True)))
    print(rel(glob.glob(op.join(base, "src", "**"), recursive=True)))
    print(rel(glob.glob(op.join(base, "src", "?.*"))), rel(glob.glob(op.join(base, "src", "[ab].*"))), rel(glob.glob(op.join(base, "src", glob.escape("[x].py")))))
    print(sorted(glob.glob("*.py", root_dir=op.join(base, "src"))), sorted(glob.glob("**/*.py", root_dir=op.join(base, "src"), recursive=True)))
    print(sorted(glob.glob(".*", root_dir=op.join(base, "src"))), glob.has_magic("a*"), glob.has_magic("abc"), glob.escape("a*b?[c]"))
    print(rel(glob.iglob(op.join(base, "src", "pkg", "*"))), glob.glob(op.join(base, "nothing", "*")))

    shutil.copyfile(op.join(base, "src/a.py"), op.join(base, "copy.py"))
    print(open(op.join(base, "copy.py")).read())
    shutil.copy(op.join(base, "src/b.txt"), op.join(base, "src/pkg"))
    print(sorted(os.listdir(op.join(base, "src/pkg"))))
    shutil.copy2(op.join(base, "src/b.txt"), op.join(base, "b2.txt"))
    print(op.getmtime(op.join(base, "b2.txt")) == op.getmtime(op.join(base, "src/b.txt")))
    shutil.copytree(op.join(base, "src"), op.join(base, "dst"), ignore=shutil.ignore_patterns("*.txt", ".hidden"))
    out = []
    for root, dirs, files in os.walk(op.join(base, "dst")):
        dirs.sort()
        out.append((op.relpath(root, base), sorted(files)))
    print(out)
    try:
        shutil.copytree(op.join(base, "src"), op.join(base, "dst"))
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    shutil.copytree(op.join(base, "src"), op.join(base, "dst"), dirs_exist_ok=True)
    print(sorted(os.listdir(op.join(base, "dst"))))
    shutil.move(op.join(base, "dst", "a.py"), op.join(base, "moved.py"))
    shutil.move(op.join(base, "dst", "pkg"), op.join(base, "pkg2"))
    print(op.exists(op.join(base, "moved.py")), sorted(os.listdir(op.join(base, "pkg2"))), sorted(os.listdir(op.join(base, "dst"))))
    shutil.rmtree(op.join(base, "dst"))
    print(op.exists(op.join(base, "dst")))
    try:
        shutil.rmtree(op.join(base, "dst"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
    shutil.rmtree(op.join(base, "dst"), ignore_errors=True)
    try:
        shutil.copyfile(op.join(base, "copy.py"), op.join(base, "copy.py"))
    except shutil.SameFileError as e:
        print(type(e).__name__)
    try:
        shutil.copyfile(op.join(base, "missing"), op.join(base, "x"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
    os.chmod(op.join(base, "copy.py"), 0o640)
    shutil.copymode(op.join(base, "copy.py"), op.join(base, "moved.py"))
    print(oct(stat.S_IMODE(os.stat(op.join(base, "moved.py")).st_mode)))
    print(shutil.which("sh") is not None, shutil.which("definitely-not-a-command-xyz"), shutil.which("/bin/sh"))
    arch = shutil.make_archive(op.join(base, "arch"), "tar", root_dir=op.join(base, "src"))
    print(op.basename(arch))
    shutil.unpack_archive(arch, op.join(base, "unpacked"))
    print(sorted(os.listdir(op.join(base, "unpacked"))))
    print("tar" in [f[0] for f in shutil.get_archive_formats()], "tar" in [f[0] for f in shutil.get_unpack_formats()])
    ts = shutil.get_terminal_size((91, 27))
    print(type(ts).__name__, ts.columns > 0)
finally:
    shutil.rmtree(base)
print(op.exists(base))
