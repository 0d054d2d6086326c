package taipan.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.GenericAlias;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyIterator;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;

/**
 * {@code os.DirEntry} (name, path, is_dir/is_file/is_symlink, stat, inode,
 * {@code __fspath__}) and the iterator {@code os.scandir} returns, which is
 * also a context manager. The directory is read when scandir is called.
 */
final class PosixDirEntry extends PyObject {
    static final PyType TYPE = BuiltinTypes.builtin("DirEntry", BuiltinTypes.OBJECT, null);
    static final PyType ITERATOR = PyIterator.defineIteratorType("ScandirIterator");

    final Object name;
    final Object path;
    final Path file;

    PosixDirEntry(Object name, Object path, Path file) {
        super(TYPE);
        this.name = name;
        this.path = path;
        this.file = file;
    }

    static {
        TYPE.acceptsSubclasses = false;
        GenericAlias.defineClassGetItem(TYPE, "posix");
        GetSetDescriptor.define(TYPE, "name", self -> ((PosixDirEntry) self).name);
        GetSetDescriptor.define(TYPE, "path", self -> ((PosixDirEntry) self).path);
        MethodDescriptor.define(TYPE, "is_dir", "*, follow_symlinks=True", (self, a) ->
            Files.isDirectory(((PosixDirEntry) self).file, options(a[0])));
        MethodDescriptor.define(TYPE, "is_file", "*, follow_symlinks=True", (self, a) ->
            Files.isRegularFile(((PosixDirEntry) self).file, options(a[0])));
        MethodDescriptor.define(TYPE, "is_symlink", "", (self, a) -> Files.isSymbolicLink(((PosixDirEntry) self).file));
        MethodDescriptor.define(TYPE, "stat", "*, follow_symlinks=True", (self, a) -> {
            PosixDirEntry e = (PosixDirEntry) self;
            try {
                return PosixStat.stat(e.file, Ops.isTrue(a[0]));
            } catch (IOException x) {
                throw PosixPaths.error(x, e.path, null);
            }
        });
        MethodDescriptor.define(TYPE, "inode", "", (self, a) -> {
            PosixDirEntry e = (PosixDirEntry) self;
            try {
                return ((Number) Files.getAttribute(e.file, "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue();
            } catch (IOException x) {
                throw PosixPaths.error(x, e.path, null);
            }
        });
        MethodDescriptor.define(TYPE, "__fspath__", "", (self, a) -> ((PosixDirEntry) self).path);
        MethodDescriptor.define(TYPE, "__repr__", "", (self, a) ->
            PyStr.of("<DirEntry " + Ops.reprString(((PosixDirEntry) self).name) + ">"));
        MethodDescriptor.define(ITERATOR, "__enter__", "", (self, a) -> self);
        MethodDescriptor.define(ITERATOR, "__exit__", "*args", (self, a) -> {
            ((Entries) self).close();
            return Py.None;
        });
        MethodDescriptor.define(ITERATOR, "close", "", (self, a) -> {
            ((Entries) self).close();
            return Py.None;
        });
    }

    private static LinkOption[] options(Object follow) {
        return Ops.isTrue(follow) ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }

    /** The scandir iterator over entries read up front. */
    static final class Entries extends PyIterator {
        private final PosixDirEntry[] entries;
        private int next;

        Entries(PosixDirEntry[] entries) {
            super(ITERATOR);
            this.entries = entries;
        }

        @Override
        public Object next() {
            return next < entries.length ? entries[next++] : null;
        }

        void close() {
            next = entries.length;
        }
    }
}
