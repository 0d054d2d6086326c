package taipan.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.PyDict;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.TypeCalls;

/**
 * {@code os.stat_result} and the struct sequences of the {@code posix} module:
 * tuple subclasses whose first fields are indexable and readable by name
 * ({@code os.stat_result(st_mode=..., ...)} as CPython prints them); the
 * stat_result's float times, {@code _ns} times and {@code st_rdev} are
 * attributes beyond the tuple, as in CPython. Stats come from the JDK's
 * {@code unix:*} attribute view (mode with the file type bits, inode, device,
 * link count, owner ids, size and the three times).
 */
final class PosixStat {
    private PosixStat() {}

    private static final String[] STAT_FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
        "st_size", "st_atime", "st_mtime", "st_ctime"};

    static final PyType STAT_RESULT = structType("stat_result", 7, STAT_FIELDS);
    static final PyType UNAME_RESULT = structType("uname_result", 5, "sysname", "nodename", "release", "version", "machine");
    static final PyType TIMES_RESULT = structType("times_result", 5, "user", "system", "children_user",
        "children_system", "elapsed");
    static final PyType TERMINAL_SIZE = structType("terminal_size", 2, "columns", "lines");

    /** A tuple subclass named {@code os.name} whose first {@code named} fields are also attributes. */
    static PyType structType(String name, int named, String... fields) {
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("os"));
        PyType t = TypeCalls.newClass(BuiltinTypes.TYPE, name, new PyType[] {BuiltinTypes.TUPLE}, ns);
        for (int i = 0; i < named; i++) {
            int index = i;
            GetSetDescriptor.define(t, fields[i], self -> ((PyTuple) self).items[index]);
        }
        t.define("__repr__", new MethodDescriptor(t, "__repr__", "", (self, a) -> {
            StringBuilder sb = new StringBuilder("os." + name + "(");
            Object[] items = ((PyTuple) self).items;
            for (int i = 0; i < fields.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(Ops.reprString(items[i]));
            }
            return PyStr.of(sb.append(')').toString());
        }));
        return t;
    }

    /** {@code stat(path)}, following symbolic links unless {@code follow} is false. */
    static Object stat(Path path, boolean follow) throws IOException {
        Map<String, Object> m = follow ? Files.readAttributes(path, "unix:*")
            : Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
        long[] ns = {nanos(m.get("lastAccessTime")), nanos(m.get("lastModifiedTime")), nanos(m.get("ctime"))};
        Object[] items = {
            ((Number) m.get("mode")).longValue(), ((Number) m.get("ino")).longValue(), ((Number) m.get("dev")).longValue(),
            ((Number) m.get("nlink")).longValue(), ((Number) m.get("uid")).longValue(), ((Number) m.get("gid")).longValue(),
            ((Number) m.get("size")).longValue(),
            Math.floorDiv(ns[0], 1_000_000_000L), Math.floorDiv(ns[1], 1_000_000_000L), Math.floorDiv(ns[2], 1_000_000_000L)};
        PyTuple r = new PyTuple(STAT_RESULT, items);
        String[] times = {"st_atime", "st_mtime", "st_ctime"};
        for (int i = 0; i < 3; i++) {
            Ops.setAttr(r, times[i], ns[i] / 1e9);
            Ops.setAttr(r, times[i] + "_ns", ns[i]);
        }
        Ops.setAttr(r, "st_rdev", ((Number) m.get("rdev")).longValue());
        return r;
    }

    private static long nanos(Object t) {
        return ((FileTime) t).to(TimeUnit.NANOSECONDS);
    }
}
