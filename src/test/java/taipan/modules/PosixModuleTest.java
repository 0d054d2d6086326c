package taipan.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taipan.runtime.Ops;
import taipan.runtime.PyBytes;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.TypeSetup;

/** The posix module's file, directory and error behaviour, through Ops, with CPython 3.11's results. */
class PosixModuleTest {
    @BeforeAll
    static void setup() {
        TypeSetup.installAll();
    }

    @TempDir
    Path dir;

    private static Object call(PyModule m, String name, Object... args) {
        return Ops.call(m.dict.get(PyStr.of(name)), args);
    }

    private static String error(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return e.value.type.name() + ": " + Ops.strString(e.value);
    }

    private PyStr at(String name) {
        return PyStr.of(dir.resolve(name).toString());
    }

    @Test
    void statReportsSizeTypeBitsAndFloatTimes() throws Exception {
        Files.writeString(dir.resolve("f.txt"), "12345");
        PyModule m = PosixModule.create();
        Object st = call(m, "stat", at("f.txt"));
        assertEquals(5L, Ops.getAttr(st, "st_size"));
        assertEquals(5L, Ops.getItem(st, 6L));
        assertEquals(10L, (long) Ops.len(st));
        assertEquals(0100000L, (Long) Ops.getAttr(st, "st_mode") & 0170000L);
        assertEquals(040000L, (Long) Ops.getAttr(call(m, "stat", PyStr.of(dir.toString())), "st_mode") & 0170000L);
        assertTrue(Ops.getAttr(st, "st_mtime") instanceof Double);
    }

    @Test
    void missingFilesRaiseTheErrnoSubclassWithCPythonsMessage() {
        PyModule m = PosixModule.create();
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'nope'",
            error(() -> call(m, "stat", PyStr.of("nope"))));
        call(m, "mkdir", at("d"));
        assertEquals("FileExistsError: [Errno 17] File exists: '" + dir.resolve("d") + "'",
            error(() -> call(m, "mkdir", at("d"))));
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: '" + dir.resolve("d") + "'",
            error(() -> call(m, "unlink", at("d"))));
    }

    @Test
    void chdirMovesTheModulesDirectoryForRelativePaths() throws Exception {
        Files.writeString(dir.resolve("a"), "");
        Files.createDirectory(dir.resolve("sub"));
        PyModule m = PosixModule.create();
        call(m, "chdir", PyStr.of(dir.toString()));
        assertEquals(dir.toRealPath().toString(), call(m, "getcwd").toString());
        assertEquals("['a', 'sub']", Ops.reprString(sorted(call(m, "listdir"))));
        assertEquals("[b'a', b'sub']", Ops.reprString(sorted(call(m, "listdir", new PyBytes(new byte[] {'.'})))));
        assertEquals("NotADirectoryError: [Errno 20] Not a directory: 'a'", error(() -> call(m, "chdir", PyStr.of("a"))));
    }

    private static Object sorted(Object list) {
        Ops.call(Ops.getAttr(list, "sort"));
        return list;
    }

    @Test
    void environIsBytesToBytesAndRawDescriptorsReadBack() {
        PyModule m = PosixModule.create();
        PyDict env = (PyDict) m.dict.get(PyStr.of("environ"));
        assertTrue(env.get(new PyBytes("PATH".getBytes())) instanceof PyBytes);
        long flags = 1 | 0100 | 01000;
        Object fd = call(m, "open", at("raw"), flags);
        assertEquals(3L, call(m, "write", fd, new PyBytes("abc".getBytes())));
        call(m, "close", fd);
        Object rd = call(m, "open", at("raw"), 0L);
        assertEquals("b'ab'", Ops.reprString(call(m, "read", rd, 2L)));
        assertEquals("OSError: [Errno 9] Bad file descriptor", error(() -> call(m, "read", 99L, 1L)));
    }
}
