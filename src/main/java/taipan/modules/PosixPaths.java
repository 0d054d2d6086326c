package taipan.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import taipan.runtime.Exceptions;
import taipan.runtime.ExceptionMethods;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;

/**
 * Path arguments and errors for the {@code posix} module: {@link #fspath}
 * (str, bytes or an object with {@code __fspath__}), resolution of relative
 * paths against the module's own current directory (the JVM cannot change its
 * working directory, so {@code chdir} moves this one), Linux's strerror texts,
 * and translation of java.nio exceptions into OSError with CPython's errno,
 * message and filenames (so the errno subclass such as FileNotFoundError is chosen).
 */
final class PosixPaths {
    private PosixPaths() {}

    static final String[] MESSAGES = new String[134];
    private static final Map<String, Integer> BY_MESSAGE = new HashMap<>();

    static {
        String[] m = {
            "Success", "Operation not permitted", "No such file or directory", "No such process",
            "Interrupted system call", "Input/output error", "No such device or address", "Argument list too long",
            "Exec format error", "Bad file descriptor", "No child processes", "Resource temporarily unavailable",
            "Cannot allocate memory", "Permission denied", "Bad address", "Block device required",
            "Device or resource busy", "File exists", "Invalid cross-device link", "No such device", "Not a directory",
            "Is a directory", "Invalid argument", "Too many open files in system", "Too many open files",
            "Inappropriate ioctl for device", "Text file busy", "File too large", "No space left on device",
            "Illegal seek", "Read-only file system", "Too many links", "Broken pipe",
            "Numerical argument out of domain", "Numerical result out of range", "Resource deadlock avoided",
            "File name too long", "No locks available", "Function not implemented", "Directory not empty",
            "Too many levels of symbolic links"};
        for (int i = 0; i < m.length; i++) {
            MESSAGES[i] = m[i];
            BY_MESSAGE.put(m[i], i);
        }
    }

    static String strerror(long code) {
        return code >= 0 && code < MESSAGES.length && MESSAGES[(int) code] != null
            ? MESSAGES[(int) code] : "Unknown error " + code;
    }

    /** {@code os.fspath(p)}: str and bytes as they are, else the result of {@code __fspath__}. */
    static Object fspath(Object p) {
        if (p instanceof PyStr || p instanceof PyBytes) {
            return p;
        }
        Object method = Ops.getAttrOrNull(Py.typeOf(p), "__fspath__");
        if (method == null) {
            throw Exceptions.typeError("expected str, bytes or os.PathLike object, not " + Py.typeOf(p).name());
        }
        Object r = Ops.call(method, p);
        if (r instanceof PyStr || r instanceof PyBytes) {
            return r;
        }
        throw Exceptions.typeError("expected " + Py.typeOf(p).name() + ".__fspath__() to return str or bytes, not "
            + Py.typeOf(r).name());
    }

    /** The text of a path argument (bytes decoded as UTF-8). */
    static String text(Object p) {
        Object v = fspath(p);
        String s = v instanceof PyBytes b ? new String(b.bytes, StandardCharsets.UTF_8) : v.toString();
        if (s.indexOf('\0') >= 0) {
            throw Exceptions.valueError("embedded null byte");      // no file name holds one
        }
        return s;
    }

    /** A name in the same kind (str or bytes) as the argument {@code like}. */
    static Object sameKind(Object like, String name) {
        return fspath(like) instanceof PyBytes ? new PyBytes(name.getBytes(StandardCharsets.UTF_8)) : PyStr.of(name);
    }

    static PyException error(long errno, Object filename) {
        return filename == null ? ExceptionMethods.create(Exceptions.OS_ERROR, errno, PyStr.of(strerror(errno)))
            : ExceptionMethods.create(Exceptions.OS_ERROR, errno, PyStr.of(strerror(errno)), filename);
    }

    static PyException error(long errno, Object filename, Object filename2) {
        return ExceptionMethods.create(Exceptions.OS_ERROR, errno, PyStr.of(strerror(errno)), filename, Py.None, filename2);
    }

    /** The OSError for a java.nio failure on {@code filename} (and {@code filename2} for two-path calls, else null). */
    static PyException error(IOException e, Object filename, Object filename2) {
        long errno = errnoOf(e);
        return filename2 == null ? error(errno, filename) : error(errno, filename, filename2);
    }

    private static long errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return 2;
        } else if (e instanceof FileAlreadyExistsException) {
            return 17;
        } else if (e instanceof DirectoryNotEmptyException) {
            return 39;
        } else if (e instanceof AccessDeniedException) {
            return 13;
        } else if (e instanceof NotDirectoryException) {
            return 20;
        } else if (e instanceof NotLinkException) {
            return 22;
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            Integer code = BY_MESSAGE.get(f.getReason());
            if (code != null) {
                return code;
            }
        }
        return 5;
    }

    /** The path {@code p} as the module's functions use it: relative paths resolve against {@code cwd}. */
    static Path resolve(Path cwd, Object p) {
        String s = text(p);
        if (s.isEmpty()) {
            throw error(2, fspath(p));
        }
        return cwd.resolve(s);
    }
}
