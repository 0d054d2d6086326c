package taipan.modules;

import java.util.Arrays;
import taipan.runtime.Ops;
import taipan.runtime.PyDict;
import taipan.runtime.PyStr;

/** Calling a Python callable with positional arguments and a {@code **kwargs} dict, as Java modules receive them. */
final class CallArgs {
    private CallArgs() {}

    /** {@code f(*args, **kw)}. */
    static Object call(Object f, Object[] args, PyDict kw) {
        if (kw == null || kw.size() == 0) {
            return Ops.call(f, args);
        }
        Object[] all = Arrays.copyOf(args, args.length + kw.size());
        String[] names = new String[kw.size()];
        int n = 0;
        for (int i = 0; i < kw.entryLimit(); i++) {
            Object k = kw.keyAt(i);
            if (k != null) {
                all[args.length + n] = kw.valueAt(i);
                names[n++] = ((PyStr) k).value();
            }
        }
        return Ops.call(f, all, names);
    }
}
