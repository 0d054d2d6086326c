package taipan.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taipan.bytecode.CodeObject;
import taipan.compiler.Compiler;
import taipan.runtime.PyBytes;
import taipan.runtime.PyComplex;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.source.SourceFile;
import taipan.testing.CPythonOracle;

/** The compiled-code cache: round trips equal a fresh compile; stale or corrupt files are recompiled. */
class CodeCacheTest {
    private static final String SOURCE = String.join("\n",
        "'''doc'''",
        "import sys",
        "X = (1, 2.5, -0.0, 3j, b'\\x00\\xff', 'caf\\u00e9', '\\u20ac', '\\ud800', ..., None, True, (1, ('a',)))",
        "BIG = 10 ** 40, -(2 ** 70)",
        "def outer(a, /, b=1, *args, c, d=2, **kw):",
        "    x = [i * a for i in range(b) if i]",
        "    def inner():",
        "        nonlocal x",
        "        return x, c",
        "    return inner",
        "class K(object):",
        "    y: int = 3",
        "    def gen(self):",
        "        try:",
        "            yield from range(3)",
        "        except (ValueError, TypeError) as e:",
        "            raise RuntimeError('x') from e",
        "        finally:",
        "            pass",
        "    async def co(self):",
        "        async with self as s:",
        "            await s",
        "match X:",
        "    case (1, *rest): print(rest)",
        "    case {'k': v}: print(v)",
        "f = lambda *a: {k: v for k, v in zip(a, a)}",
        "");

    @TempDir
    Path dir;

    @BeforeEach
    void runtime() {
        PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream());
        PythonRuntime rt = new PythonRuntime(new String[] {""}, "taipan", new ByteArrayInputStream(new byte[0]),
            sink, sink, false);
        rt.sys.dict.put(PyStr.of("dont_write_bytecode"), Boolean.FALSE);
    }

    private static CodeObject compile(String source, String filename) throws Exception {
        return Compiler.compile(SourceFile.fromScript(source.getBytes(StandardCharsets.UTF_8), filename), filename,
            Compiler.Mode.EXEC);
    }

    @Test
    void roundTripEqualsFreshCompile() throws Exception {
        CodeObject fresh = compile(SOURCE, "m.py");
        byte[] data = CodeCache.encode(fresh, 1234, 5678);
        assertNotNull(data);
        assertSameCode(fresh, CodeCache.decode(data, "m.py", 1234, 5678));
    }

    @Test
    void roundTripOfLibraryModules() throws Exception {
        CPythonOracle.CPython python = CPythonOracle.findCPython311();
        Assumptions.assumeTrue(python != null, "no CPython 3.11 Lib found: skipped");
        for (String name : List.of("enum.py", "re/_parser.py", "json/decoder.py", "collections/__init__.py",
                                   "typing.py", "argparse.py")) {
            Path file = python.lib().resolve(name);
            CodeObject fresh = compile(Files.readString(file), file.toString());
            assertSameCode(fresh, CodeCache.decode(CodeCache.encode(fresh, 1, 2), file.toString(), 1, 2));
        }
    }

    @Test
    void cachedCodeIsUsedUntilTheSourceChanges() throws Exception {
        Path src = dir.resolve("mod.py");
        Files.writeString(src, "A = 1\n");
        FileTime time = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(src, time);
        assertSameCode(compile("A = 1\n", src.toString()), CodeCache.codeFor(src, src.toString()));
        Path cache = dir.resolve("__pycache__").resolve("mod.taipan-311.pyc");
        assertTrue(Files.isRegularFile(cache));
        assertEquals(cache, CodeCache.cachePath(src));

        // same size and time: the cache is trusted (as CPython trusts it), which shows it is read
        Files.writeString(src, "A = 2\n");
        Files.setLastModifiedTime(src, time);
        assertSameCode(compile("A = 1\n", src.toString()), CodeCache.codeFor(src, src.toString()));

        // a newer source is recompiled and the cache replaced
        Files.setLastModifiedTime(src, FileTime.fromMillis(1_700_000_005_000L));
        assertSameCode(compile("A = 2\n", src.toString()), CodeCache.codeFor(src, src.toString()));
        Files.writeString(src, "A = 1\n");
        Files.setLastModifiedTime(src, FileTime.fromMillis(1_700_000_005_000L));
        assertSameCode(compile("A = 2\n", src.toString()), CodeCache.codeFor(src, src.toString()));

        // so is a source of another size
        Files.writeString(src, "A = 33\n");
        Files.setLastModifiedTime(src, FileTime.fromMillis(1_700_000_005_000L));
        assertSameCode(compile("A = 33\n", src.toString()), CodeCache.codeFor(src, src.toString()));
    }

    @Test
    void corruptOrForeignFilesAreRecompiled() throws Exception {
        Path src = dir.resolve("mod.py");
        Files.writeString(src, SOURCE);
        CodeObject expected = compile(SOURCE, src.toString());
        CodeCache.codeFor(src, src.toString());
        Path cache = CodeCache.cachePath(src);
        byte[] good = Files.readAllBytes(cache);
        long mtime = Files.getLastModifiedTime(src).to(java.util.concurrent.TimeUnit.SECONDS);
        long size = Files.size(src);
        assertNotNull(CodeCache.decode(good, "x", mtime, size));
        assertNull(CodeCache.decode(good, "x", mtime + 1, size));
        assertNull(CodeCache.decode(good, "x", mtime, size + 1));

        byte[][] damaged = {
            new byte[0],
            java.util.Arrays.copyOf(good, 10),
            java.util.Arrays.copyOf(good, good.length / 2),
            java.util.Arrays.copyOf(good, good.length + 1),
            flip(good, 0),
            flip(good, 17),
            flip(good, 25),
        };
        for (byte[] bad : damaged) {
            assertNull(CodeCache.decode(bad, "x", mtime, size));
            Files.write(cache, bad);
            assertSameCode(expected, CodeCache.codeFor(src, src.toString()));
            assertArrayEquals(good, Files.readAllBytes(cache), "the damaged file is replaced");
        }
        for (int i = 0; i < good.length; i += 7) {
            assertNull(CodeCache.decode(flip(good, i), "x", mtime, size), "damage at " + i);
        }
    }

    @Test
    void dontWriteBytecodeStillReads() throws Exception {
        Path src = dir.resolve("mod.py");
        Files.writeString(src, "A = 1\n");
        PythonRuntime.current().sys.dict.put(PyStr.of("dont_write_bytecode"), Boolean.TRUE);
        CodeCache.codeFor(src, src.toString());
        assertFalse(Files.exists(dir.resolve("__pycache__")));
        PythonRuntime.current().sys.dict.put(PyStr.of("dont_write_bytecode"), Boolean.FALSE);
        CodeCache.codeFor(src, src.toString());
        assertTrue(Files.exists(CodeCache.cachePath(src)));
    }

    @Test
    void unwritableCacheDirectoryFallsBackToTheUserCache() throws Exception {
        Path src = dir.resolve("mod.py");
        Files.writeString(src, "A = 1\n");
        Files.writeString(dir.resolve("__pycache__"), "a file, so no directory can be made here");
        Path userCache = CodeCache.userCachePath(src);
        Assumptions.assumeTrue(userCache != null, "no user cache directory");
        try {
            CodeCache.codeFor(src, src.toString());
            assertTrue(Files.isRegularFile(userCache));
            assertSameCode(compile("A = 1\n", src.toString()), CodeCache.codeFor(src, src.toString()));
        } finally {
            Files.deleteIfExists(userCache);
            // the mirrored directories the test made, up to and including the cache's own "taipan" directory
            for (Path p = userCache.getParent(); p != null; p = p.getParent()) {
                try (var entries = Files.list(p)) {
                    if (entries.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(p);
                if (p.getFileName().toString().equals("taipan")) {
                    break;
                }
            }
        }
    }

    @Test
    void writesAreAtomicRenames() throws Exception {
        Path target = dir.resolve("sub").resolve("x.pyc");
        assertTrue(CodeCache.write(target, new byte[] {1, 2, 3}));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left");
        }
    }

    private static byte[] flip(byte[] data, int index) {
        byte[] copy = data.clone();
        copy[index] ^= 0x5A;
        return copy;
    }

    /** Field-by-field equality of two code object trees (constants compared by type and value). */
    static void assertSameCode(CodeObject expected, CodeObject actual) {
        assertNotNull(actual);
        String where = expected.qualname;
        assertEquals(expected.name, actual.name, where);
        assertEquals(expected.qualname, actual.qualname, where);
        assertEquals(expected.filename, actual.filename, where);
        assertEquals(expected.firstlineno, actual.firstlineno, where);
        assertEquals(expected.argcount, actual.argcount, where);
        assertEquals(expected.posonlyargcount, actual.posonlyargcount, where);
        assertEquals(expected.kwonlyargcount, actual.kwonlyargcount, where);
        assertEquals(expected.flags, actual.flags, where);
        assertEquals(expected.maxStack, actual.maxStack, where);
        assertArrayEquals(expected.varnames, actual.varnames, where);
        assertArrayEquals(expected.cellvars, actual.cellvars, where);
        assertArrayEquals(expected.freevars, actual.freevars, where);
        assertArrayEquals(expected.names, actual.names, where);
        assertArrayEquals(expected.cell2arg, actual.cell2arg, where);
        assertArrayEquals(expected.code, actual.code, where);
        assertArrayEquals(expected.exceptionTable, actual.exceptionTable, where);
        assertArrayEquals(expected.positions, actual.positions, where);
        assertEquals(expected.inlineCaches.length, actual.inlineCaches.length, where);
        assertEquals(expected.consts.length, actual.consts.length, where);
        for (int i = 0; i < expected.consts.length; i++) {
            assertSameConstant(expected.consts[i], actual.consts[i], where + " const " + i);
        }
    }

    private static void assertSameConstant(Object expected, Object actual, String where) {
        assertNotNull(actual, where);
        assertSame(expected.getClass(), actual.getClass(), where);
        if (expected instanceof CodeObject c) {
            assertSameCode(c, (CodeObject) actual);
        } else if (expected instanceof PyStr s) {
            assertEquals(s.value(), ((PyStr) actual).value(), where);
        } else if (expected instanceof PyBytes b) {
            assertArrayEquals(b.bytes, ((PyBytes) actual).bytes, where);
        } else if (expected instanceof PyComplex c) {
            assertEquals(Double.doubleToRawLongBits(c.real), Double.doubleToRawLongBits(((PyComplex) actual).real));
            assertEquals(Double.doubleToRawLongBits(c.imag), Double.doubleToRawLongBits(((PyComplex) actual).imag));
        } else if (expected instanceof PyTuple t) {
            PyTuple u = (PyTuple) actual;
            assertEquals(t.items.length, u.items.length, where);
            for (int i = 0; i < t.items.length; i++) {
                assertSameConstant(t.items[i], u.items[i], where + "[" + i + "]");
            }
        } else if (expected instanceof Double d) {
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits((Double) actual), where);
        } else if (expected instanceof Long || expected instanceof BigInteger || expected instanceof Boolean) {
            assertEquals(expected, actual, where);
        } else {
            assertSame(expected, actual, where);
        }
    }
}
