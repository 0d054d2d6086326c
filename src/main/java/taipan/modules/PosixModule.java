package taipan.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyDict;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * The {@code posix} module that {@code os} builds on, over java.nio.file and
 * ProcessHandle. The JVM cannot change its working directory, so the runtime
 * keeps its own ({@link FileTable}, shared with {@code _io}): {@code chdir} moves it and
 * relative paths resolve against it. {@code environ} is a bytes
 * copy of the environment taken at import; {@code putenv}/{@code unsetenv}
 * change the environment child processes inherit (the JVM cannot change its own). {@code umask}
 * reports 0o022 and cannot change it. Raw file descriptors (open, read,
 * write, lseek, close, fstat) are in {@link PosixFiles}.
 */
public final class PosixModule {
    private PosixModule() {}

    static final String NAME = "posix";


    public static PyModule create() {
        PyModule m = new PyModule(NAME);
        PosixModule p = new PosixModule();
        p.paths(m);
        p.directories(m);
        process(m);
        constants(m);
        PosixFiles.install(m);
        PosixProcesses.install(m);
        List<Object> have = new ArrayList<>();
        have.add(PyStr.of("HAVE_LSTAT"));
        put(m, "_have_functions", new PyList(have.toArray()));
        return m;
    }

    /** {@code chown}: a uid or gid of -1 leaves that owner unchanged. */
    private Object chown(Object p, Object uid, Object gid, boolean follow) {
        LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            Path f = path(p);
            if (Ops.indexAsInt(uid) != -1) {
                Files.setAttribute(f, "unix:uid", Ops.indexAsInt(uid), options);
            }
            if (Ops.indexAsInt(gid) != -1) {
                Files.setAttribute(f, "unix:gid", Ops.indexAsInt(gid), options);
            }
        } catch (IOException e) {
            throw PosixPaths.error(e, p, null);
        }
        return Py.None;
    }

    private Path path(Object p) {
        return FileTable.current().resolve(p);
    }

    private void paths(PyModule m) {
        fn(m, "fspath", "path", (s, a) -> PosixPaths.fspath(a[0]));
        fn(m, "stat", "path, *, follow_symlinks=True", (s, a) -> {
            try {
                return PosixStat.stat(path(a[0]), Ops.isTrue(a[1]));
            } catch (IOException e) {
                throw PosixPaths.error(e, a[0], null);
            }
        });
        fn(m, "lstat", "path", (s, a) -> {
            try {
                return PosixStat.stat(path(a[0]), false);
            } catch (IOException e) {
                throw PosixPaths.error(e, a[0], null);
            }
        });
        fn(m, "access", "path, mode", (s, a) -> {
            Path f = path(a[0]);
            long mode = Ops.indexAsInt(a[1]);
            if (!Files.exists(f)) {
                return false;
            }
            return ((mode & 4) == 0 || Files.isReadable(f)) && ((mode & 2) == 0 || Files.isWritable(f))
                && ((mode & 1) == 0 || Files.isExecutable(f));
        });
        fn(m, "readlink", "path", (s, a) -> {
            try {
                return PosixPaths.sameKind(a[0], Files.readSymbolicLink(path(a[0])).toString());
            } catch (IOException e) {
                throw PosixPaths.error(e, a[0], null);
            }
        });
        fn(m, "symlink", "src, dst, target_is_directory=False", (s, a) -> {
            try {
                Files.createSymbolicLink(path(a[1]), Paths.get(PosixPaths.text(a[0])));
            } catch (IOException e) {
                throw PosixPaths.error(e, a[0], a[1]);
            }
            return Py.None;
        });
        fn(m, "utime", "path, times=None, *, ns=?, follow_symlinks=True", (s, a) -> {
            long[] ns = new long[2];
            if (a[2] != null) {
                ns[0] = longOf(Ops.getItem(a[2], 0L));
                ns[1] = longOf(Ops.getItem(a[2], 1L));
            } else if (a[1] != Py.None) {
                for (int i = 0; i < 2; i++) {
                    Object t = Ops.getItem(a[1], (long) i);
                    ns[i] = Ops.isInt(t) ? longOf(t) * 1_000_000_000L : Math.round(taipan.runtime.FloatMethods.floatValueOf(t) * 1e9);
                }
            } else {
                ns[0] = ns[1] = System.currentTimeMillis() * 1_000_000L;
            }
            try {
                LinkOption[] follow = Ops.isTrue(a[3]) ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
                java.nio.file.attribute.BasicFileAttributeView v = Files.getFileAttributeView(path(a[0]),
                    java.nio.file.attribute.BasicFileAttributeView.class, follow);
                v.setTimes(FileTime.from(ns[1], TimeUnit.NANOSECONDS), FileTime.from(ns[0], TimeUnit.NANOSECONDS), null);
            } catch (IOException e) {
                throw PosixPaths.error(e, a[0], null);
            }
            return Py.None;
        });
        fn(m, "chmod", "path, mode, *, follow_symlinks=True", (s, a) -> {
            if (!Ops.isTrue(a[2]) && Files.isSymbolicLink(path(a[0]))) {
                // Linux cannot change a symbolic link's own mode
                throw Exceptions.error(Exceptions.NOT_IMPLEMENTED_ERROR, "chmod: follow_symlinks unavailable on this platform");
            }
            try {
                Files.setAttribute(path(a[0]), "unix:mode", (int) Ops.indexAsInt(a[1]));
            } catch (IOException e) {
                throw PosixPaths.error(e, a[0], null);
            }
            return Py.None;
        });
        fn(m, "chown", "path, uid, gid, *, follow_symlinks=True", (s, a) -> chown(a[0], a[1], a[2], Ops.isTrue(a[3])));
        fn(m, "lchown", "path, uid, gid", (s, a) -> chown(a[0], a[1], a[2], false));
        fn(m, "unlink", "path", (s, a) -> unlink(a[0]));
        fn(m, "remove", "path", (s, a) -> unlink(a[0]));
        fn(m, "rename", "src, dst", (s, a) -> move(a[0], a[1]));
        fn(m, "replace", "src, dst", (s, a) -> move(a[0], a[1]));
    }

    private Object unlink(Object p) {
        Path f = path(p);
        if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
            throw PosixPaths.error(21, p);
        }
        try {
            Files.delete(f);
        } catch (IOException e) {
            throw PosixPaths.error(e, p, null);
        }
        return Py.None;
    }

    private Object move(Object src, Object dst) {
        Path from = path(src);
        Path to = path(dst);
        if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            throw PosixPaths.error(21, src, dst);
        }
        try {
            Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw PosixPaths.error(e, src, dst);
        }
        return Py.None;
    }

    private void directories(PyModule m) {
        fn(m, "getcwd", "", (s, a) -> PyStr.of(FileTable.current().cwd().toString()));
        fn(m, "getcwdb", "", (s, a) -> new PyBytes(FileTable.current().cwd().toString().getBytes(StandardCharsets.UTF_8)));
        fn(m, "chdir", "path", (s, a) -> {
            Path f = path(a[0]);
            if (!Files.exists(f)) {
                throw PosixPaths.error(2, a[0]);
            } else if (!Files.isDirectory(f)) {
                throw PosixPaths.error(20, a[0]);
            }
            try {
                FileTable.current().setCwd(f.toRealPath());
            } catch (IOException e) {
                throw PosixPaths.error(e, a[0], null);
            }
            return Py.None;
        });
        fn(m, "mkdir", "path, mode=511", (s, a) -> {
            try {
                Files.createDirectory(path(a[0]));
            } catch (IOException e) {
                throw PosixPaths.error(e, a[0], null);
            }
            return Py.None;
        });
        fn(m, "rmdir", "path", (s, a) -> {
            Path f = path(a[0]);
            if (Files.exists(f, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                throw PosixPaths.error(20, a[0]);
            }
            try {
                Files.delete(f);
            } catch (IOException e) {
                throw PosixPaths.error(e, a[0], null);
            }
            return Py.None;
        });
        fn(m, "listdir", "path=None", (s, a) -> {
            Object arg = a[0] == Py.None ? PyStr.of(".") : a[0];
            List<Object> names = new ArrayList<>();
            for (Path f : entries(arg)) {
                names.add(PosixPaths.sameKind(arg, f.getFileName().toString()));
            }
            return new PyList(names.toArray());
        });
        fn(m, "scandir", "path=None", (s, a) -> {
            Object arg = a[0] == Py.None ? PyStr.of(".") : a[0];
            String prefix = PosixPaths.text(arg);
            List<PosixDirEntry> list = new ArrayList<>();
            for (Path f : entries(arg)) {
                String name = f.getFileName().toString();
                String joined = prefix.endsWith("/") ? prefix + name : prefix + "/" + name;
                list.add(new PosixDirEntry(PosixPaths.sameKind(arg, name), PosixPaths.sameKind(arg, joined), f));
            }
            return new PosixDirEntry.Entries(list.toArray(new PosixDirEntry[0]));
        });
    }

    private List<Path> entries(Object arg) {
        Path dir = path(arg);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw PosixPaths.error(20, arg);
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path f : ds) {
                out.add(f);
            }
        } catch (IOException e) {
            throw PosixPaths.error(e, arg, null);
        }
        return out;
    }

    private static void process(PyModule m) {
        fn(m, "getpid", "", (s, a) -> ProcessHandle.current().pid());
        fn(m, "getppid", "", (s, a) -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
        fn(m, "getuid", "", (s, a) -> ids("Uid:", 1));
        fn(m, "geteuid", "", (s, a) -> ids("Uid:", 2));
        fn(m, "getgid", "", (s, a) -> ids("Gid:", 1));
        fn(m, "getegid", "", (s, a) -> ids("Gid:", 2));
        SecureRandom random = new SecureRandom();
        fn(m, "urandom", "size, /", (s, a) -> {
            long n = Ops.indexAsInt(a[0]);
            if (n < 0) {
                throw Exceptions.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) n];
            random.nextBytes(b);
            return new PyBytes(b);
        });
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            environ.put(new PyBytes(e.getKey().getBytes(StandardCharsets.UTF_8)),
                new PyBytes(e.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        put(m, "environ", environ);
        fn(m, "putenv", "name, value, /", (s, a) -> {
            FileTable.current().environment.put(PosixPaths.text(a[0]), PosixPaths.text(a[1]));
            return Py.None;
        });
        fn(m, "unsetenv", "name, /", (s, a) -> {
            FileTable.current().environment.remove(PosixPaths.text(a[0]));
            return Py.None;
        });
        fn(m, "strerror", "code, /", (s, a) -> PyStr.of(PosixPaths.strerror(Ops.indexAsInt(a[0]))));
        fn(m, "umask", "mask, /", (s, a) -> 0022L);
        fn(m, "cpu_count", "", (s, a) -> (long) Runtime.getRuntime().availableProcessors());
        fn(m, "_exit", "status", (s, a) -> {
            System.out.flush();
            Runtime.getRuntime().halt((int) Ops.indexAsInt(a[0]));
            return Py.None;
        });
        fn(m, "times", "", (s, a) -> times());
        fn(m, "uname", "", (s, a) -> {
            String arch = System.getProperty("os.arch");
            return new PyTuple(PosixStat.UNAME_RESULT, new Object[] {PyStr.of(proc("sys/kernel/ostype", "Linux")),
                PyStr.of(proc("sys/kernel/hostname", "localhost")), PyStr.of(proc("sys/kernel/osrelease", "")),
                PyStr.of(proc("sys/kernel/version", "")), PyStr.of(arch.equals("amd64") ? "x86_64" : arch)});
        });
    }

    private static String proc(String file, String fallback) {
        try {
            return Files.readString(Paths.get("/proc", file)).strip();
        } catch (IOException e) {
            return fallback;
        }
    }

    /** A field of the {@code Uid:}/{@code Gid:} line of /proc/self/status (1 real, 2 effective). */
    private static long ids(String key, int field) {
        for (String line : proc("self/status", "").split("\n")) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.substring(key.length()).strip().split("\\s+")[field - 1]);
            }
        }
        return 0L;
    }

    private static final long START = System.nanoTime();

    private static Object times() {
        String[] f = proc("self/stat", "").replaceFirst("^.*\\) ", "").split(" ");
        double[] cpu = new double[4];
        for (int i = 0; i < 4 && f.length > 14; i++) {
            cpu[i] = Long.parseLong(f[11 + i]) / 100.0;
        }
        return new PyTuple(PosixStat.TIMES_RESULT, new Object[] {cpu[0], cpu[1], cpu[2], cpu[3],
            (System.nanoTime() - START) / 1e9});
    }

    private static void constants(PyModule m) {
        Object[] c = {"F_OK", 0, "X_OK", 1, "W_OK", 2, "R_OK", 4, "O_RDONLY", 0, "O_WRONLY", 1, "O_RDWR", 2,
            "O_CREAT", 0100, "O_EXCL", 0200, "O_NOCTTY", 0400, "O_TRUNC", 01000, "O_APPEND", 02000,
            "O_NONBLOCK", 04000, "O_DIRECTORY", 0200000, "O_NOFOLLOW", 0400000, "O_CLOEXEC", 02000000,
            "SEEK_SET", 0, "SEEK_CUR", 1, "SEEK_END", 2, "EX_OK", 0};
        for (int i = 0; i < c.length; i += 2) {
            put(m, (String) c[i], ((Integer) c[i + 1]).longValue());
        }
        put(m, "stat_result", PosixStat.STAT_RESULT);
        put(m, "uname_result", PosixStat.UNAME_RESULT);
        put(m, "times_result", PosixStat.TIMES_RESULT);
        put(m, "terminal_size", PosixStat.TERMINAL_SIZE);
        put(m, "DirEntry", PosixDirEntry.TYPE);
        put(m, "error", Exceptions.OS_ERROR);
    }

    private static long longOf(Object o) {
        return ((Number) Ops.index(o)).longValue();
    }

    static void put(PyModule m, String name, Object value) {
        m.dict.put(PyStr.of(name), value);
    }

    static void fn(PyModule m, String name, String spec, BuiltinFunction.Body body) {
        put(m, name, BuiltinFunction.of(NAME, name, spec, body));
    }
}
