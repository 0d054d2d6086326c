package taipan.modules;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;

/**
 * The {@code _posixsubprocess} module: {@code fork_exec}, which {@code subprocess}
 * calls to start a child (see {@link ChildProcesses} for how that works on the JVM).
 * What the JVM cannot do in a child is refused with RuntimeError: running a
 * {@code preexec_fn}, changing user or groups, a new session or process group;
 * descriptors other than the standard three are never passed on.
 */
public final class PosixSubprocessModule {
    private PosixSubprocessModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_posixsubprocess");
        m.dict.put(PyStr.of("fork_exec"), BuiltinFunction.of("_posixsubprocess", "fork_exec",
            "args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread, c2pwrite, "
                + "errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set, "
                + "gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork, /",
            (s, a) -> {
                if (a[21] != Py.None) {
                    throw unsupported("preexec_fn");
                }
                if (Ops.isTrue(a[15]) || Ops.indexAsInt(a[16]) >= 0) {
                    throw unsupported("a new session or process group");
                }
                Object keep = Ops.iter(a[3]);
                for (Object fd = Ops.next(keep); fd != null; fd = Ops.next(keep)) {
                    if (Ops.indexAsInt(fd) != Ops.indexAsInt(a[13])) {
                        throw unsupported("passing descriptors to a child (pass_fds)");
                    }
                }
                if (a[17] != Py.None || a[18] != Py.None || a[19] != Py.None) {
                    throw unsupported("changing the user or groups of a child");
                }
                return ChildProcesses.forkExec(a[0], a[1], a[4], a[5], Ops.indexAsInt(a[6]), Ops.indexAsInt(a[9]),
                    Ops.indexAsInt(a[11]), Ops.indexAsInt(a[13]));
            }));
        return m;
    }

    private static taipan.runtime.PyException unsupported(String what) {
        return Exceptions.error(Exceptions.RUNTIME_ERROR, what + " is not supported by Taipan's subprocess");
    }
}
