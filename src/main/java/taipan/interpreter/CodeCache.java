package taipan.interpreter;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import taipan.bytecode.CodeObject;
import taipan.bytecode.CodeSerializer;
import taipan.compiler.Compiler;
import taipan.runtime.Ops;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * The compiled-code cache of imported source modules (CPython's {@code __pycache__}).
 *
 * <p>Contract: {@link #codeFor} gives the code object of a module's source file,
 * read from a cache file when one matches the source, else compiled (and then
 * cached unless {@code sys.dont_write_bytecode} is true). A cache file lives at
 * {@code DIR/__pycache__/NAME.taipan-311.pyc} next to {@code DIR/NAME.py}, or,
 * when that directory cannot be written, at the same name under the per-user
 * cache directory ({@code $XDG_CACHE_HOME/taipan} or {@code ~/.cache/taipan})
 * followed by the source's absolute directory.
 *
 * <p>The file is what importlib's {@code SourceFileLoader} writes and reads too,
 * so both share it: a 16-byte header (the magic number, flags 0, the source's
 * modification time in seconds and its size, as little-endian 32-bit numbers)
 * and the marshal form of the module's code: {@code 'c'}, a 32-bit length and
 * {@link #codeToBytes}'s bytes (the Taipan build that wrote it, a CRC-32 of the
 * rest, the file name and the {@link CodeSerializer} form). The magic number is derived from the build
 * ({@link #magicNumber}; the bridge gives it to importlib), and the full build
 * tag is checked again when the code is read. A file whose header or build does
 * not match, or that cannot be read or parsed, is ignored (and replaced after
 * compiling); files are written to a temporary name and renamed, so readers never
 * see a partial file.
 */
public final class CodeCache {
    private CodeCache() {}

    /** {@code sys.implementation.cache_tag}: the middle part of cache file names. */
    public static final String CACHE_TAG = "taipan-311";

    private static final int HEADER_SIZE = 16;
    private static final int MARSHAL_CODE = 'c';

    /** The code of the module in {@code file}, named {@code filename} in code objects and tracebacks. */
    static CodeObject codeFor(Path file, String filename) throws IOException, PythonSyntaxError {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        long mtime = attrs.lastModifiedTime().to(TimeUnit.SECONDS);
        long size = attrs.size();
        Path primary = cachePath(file);
        CodeObject cached = read(primary, filename, mtime, size);
        if (cached != null) {
            return cached;
        }
        Path fallback = userCachePath(file);
        cached = fallback == null ? null : read(fallback, filename, mtime, size);
        if (cached != null) {
            return cached;
        }
        byte[] source = Files.readAllBytes(file);
        for (byte b : source) {
            if (b == 0) {
                // as importlib's compile() of the source bytes
                int none = PythonSyntaxError.NONE;
                throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError,
                    "source code string cannot contain null bytes", null, none, none, none, none, null);
            }
        }
        CodeObject code = Compiler.compile(CompileWarnings.attach(SourceFile.fromScript(source, filename)), filename,
            Compiler.Mode.EXEC);
        if (source.length == size && !Ops.isTrue(Sys.get("dont_write_bytecode"))) {
            byte[] data = encode(code, mtime, size);
            if (data != null && !write(primary, data) && fallback != null) {
                write(fallback, data);
            }
        }
        return code;
    }

    /** {@code DIR/__pycache__/NAME.taipan-311.pyc} for {@code DIR/NAME.py}. */
    public static Path cachePath(Path source) {
        Path dir = source.getParent();
        Path pycache = dir == null ? Path.of("__pycache__") : dir.resolve("__pycache__");
        return pycache.resolve(cacheFileName(source));
    }

    /** The cache file of {@code source} under the per-user cache directory, or null when there is none. */
    static Path userCachePath(Path source) {
        String base = System.getenv("XDG_CACHE_HOME");
        Path root;
        if (base != null && Path.of(base).isAbsolute()) {
            root = Path.of(base);
        } else {
            String home = System.getProperty("user.home");
            if (home == null || home.isEmpty()) {
                return null;
            }
            root = Path.of(home, ".cache");
        }
        Path dir = source.toAbsolutePath().getParent();
        Path mirrored = root.resolve("taipan");
        for (Path part : dir) {
            mirrored = mirrored.resolve(part.toString());
        }
        return mirrored.resolve(cacheFileName(source));
    }

    private static String cacheFileName(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "." + CACHE_TAG + ".pyc";
    }

    /** The cache file's code when it was written by this build for a source of that time and size, else null. */
    static CodeObject read(Path cacheFile, String filename, long mtime, long size) {
        byte[] data;
        try {
            data = Files.readAllBytes(cacheFile);
        } catch (IOException | SecurityException e) {
            return null;
        }
        return decode(data, filename, mtime, size);
    }

    /** The code held in {@code data} if its header matches this build and the source stamp, else null. */
    static CodeObject decode(byte[] data, String filename, long mtime, long size) {
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        try {
            if (in.getInt() != magicNumber() || in.getInt() != 0 || in.getInt() != (int) mtime
                || in.getInt() != (int) size || in.get() != MARSHAL_CODE
                || in.getInt() != in.remaining()) {
                return null;
            }
            return codeFromBytes(data, in.position(), in.remaining(), filename);
        } catch (BufferUnderflowException | CodeSerializer.MalformedCodeException e) {
            return null;
        }
    }

    /** The cache file bytes for {@code code}, or null when it holds a constant the format cannot. */
    static byte[] encode(CodeObject code, long mtime, long size) {
        byte[] body = codeToBytes(code);
        if (body == null) {
            return null;
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER_SIZE + 5 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(magicNumber()).putInt(0).putInt((int) mtime).putInt((int) size);
        out.put((byte) MARSHAL_CODE).putInt(body.length).put(body);
        return out.array();
    }

    /**
     * The marshal form of a code object after its type code and length: the build tag, a CRC-32 of
     * the rest, the file name and the {@link CodeSerializer} bytes; null when the code holds a constant the
     * format cannot.
     */
    public static byte[] codeToBytes(CodeObject code) {
        byte[] body;
        try {
            body = CodeSerializer.write(code);
        } catch (CodeSerializer.UnsupportedConstantException e) {
            return null;
        }
        byte[] build = BuildTag.VALUE;
        byte[] name = code.filename.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(12 + build.length + name.length + body.length);
        out.putInt(build.length).put(build).putInt(0);
        int checked = out.position();
        out.putInt(name.length).put(name).put(body);
        CRC32 crc = new CRC32();
        crc.update(out.array(), checked, out.capacity() - checked);
        return out.putInt(checked - 4, (int) crc.getValue()).array();
    }

    /**
     * The code object in the {@code length} bytes of {@code data} at {@code offset} (as {@link #codeToBytes}
     * wrote them), with {@code filename} as its file name, or the name it was written with when that is null.
     */
    public static CodeObject codeFromBytes(byte[] data, int offset, int length, String filename)
            throws CodeSerializer.MalformedCodeException {
        ByteBuffer in = ByteBuffer.wrap(data, offset, length);
        try {
            byte[] build = BuildTag.VALUE;
            int n = in.getInt();
            int at = in.position();
            if (n != build.length || n > in.remaining() || !Arrays.equals(data, at, at + n, build, 0, n)) {
                throw new CodeSerializer.MalformedCodeException("code object from another Taipan build");
            }
            in.position(at + n);
            int checksum = in.getInt();
            CRC32 crc = new CRC32();
            crc.update(data, in.position(), in.remaining());
            if ((int) crc.getValue() != checksum) {
                throw new CodeSerializer.MalformedCodeException("checksum mismatch");
            }
            int nameLength = in.getInt();
            if (nameLength < 0 || nameLength > in.remaining()) {
                throw new CodeSerializer.MalformedCodeException("bad file name length");
            }
            String written = new String(data, in.position(), nameLength, StandardCharsets.UTF_8);
            in.position(in.position() + nameLength);
            return CodeSerializer.read(data, in.position(), in.remaining(), filename != null ? filename : written);
        } catch (BufferUnderflowException e) {
            throw new CodeSerializer.MalformedCodeException("truncated code object");
        }
    }

    /**
     * The first four bytes of this build's cache files, as a little-endian number: two bytes derived from
     * the build tag (never CPython's own numbers, which are below 0x8000) and {@code \r\n}, as CPython's.
     */
    public static int magicNumber() {
        return BuildTag.MAGIC;
    }

    /** Writes {@code data} to {@code target} through a temporary file and a rename; false when that failed. */
    static boolean write(Path target, byte[] data) {
        Path tmp = null;
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, target.getFileName().toString() + ".", ".tmp");
            Files.write(tmp, data);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | SecurityException ignored) {
                    // the temporary file stays behind; nothing else depends on it
                }
            }
            return false;
        }
    }

    private static final class BuildTag {
        static final byte[] VALUE = compute().getBytes(StandardCharsets.UTF_8);
        static final int MAGIC;

        static {
            CRC32 crc = new CRC32();
            crc.update(VALUE);
            MAGIC = (0x8000 | (int) (crc.getValue() & 0x7FFF)) | '\r' << 16 | '\n' << 24;
        }

        /**
         * The jar's size and modification time; for a classes directory, its newest class file's time.
         * When neither can be found, a tag no file matches (the process id), so nothing cached is used.
         */
        private static String compute() {
            try {
                java.security.CodeSource source = CodeCache.class.getProtectionDomain().getCodeSource();
                if (source == null) {
                    return "unknown build " + ProcessHandle.current().pid();
                }
                Path where = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(where)) {
                    return "jar " + Files.size(where) + " " + Files.getLastModifiedTime(where).toMillis();
                }
                try (Stream<Path> files = Files.walk(where)) {
                    long newest = files.filter(p -> p.toString().endsWith(".class"))
                        .mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
                    return "classes " + where + " " + newest;
                }
            } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
                return "unknown build " + ProcessHandle.current().pid();
            }
        }
    }
}
