package taipan.modules;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;

/**
 * The {@code time} module's clocks and {@code sleep}: {@code time()} from the
 * wall clock, {@code perf_counter()}/{@code monotonic()} from
 * {@link System#nanoTime}, {@code process_time()} from the JVM's CPU time of
 * the process, each also as an {@code _ns} integer variant.
 */
public final class TimeModule {
    private TimeModule() {}

    private static final long START = System.nanoTime();

    public static PyModule create() {
        PyModule m = new PyModule("time");
        fn(m, "time", (s, a) -> {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        });
        fn(m, "time_ns", (s, a) -> {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
        fn(m, "perf_counter", (s, a) -> (System.nanoTime() - START) / 1e9);
        fn(m, "perf_counter_ns", (s, a) -> System.nanoTime() - START);
        fn(m, "monotonic", (s, a) -> (System.nanoTime() - START) / 1e9);
        fn(m, "monotonic_ns", (s, a) -> System.nanoTime() - START);
        fn(m, "process_time", (s, a) -> processNanos() / 1e9);
        fn(m, "process_time_ns", (s, a) -> processNanos());
        m.dict.put(PyStr.of("sleep"), BuiltinFunction.of("time", "sleep", "secs, /", (s, a) -> {
            double secs = Ops.isInt(a[0]) ? ((Number) Ops.intValue(a[0])).doubleValue() : toDouble(a[0]);
            if (secs < 0) {
                throw Exceptions.valueError("sleep length must be non-negative");
            }
            try {
                Thread.sleep((long) (secs * 1000), (int) ((secs * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Py.None;
        }));
        return m;
    }

    private static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        Object f = Ops.callSpecial(o, "__float__");
        if (f instanceof Double d) {
            return d;
        }
        throw Exceptions.typeError("'" + Py.typeOf(o).name() + "' object cannot be interpreted as an integer");
    }

    private static long processNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return System.nanoTime() - START;
    }

    private static void fn(PyModule m, String name, BuiltinFunction.Body body) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("time", name, "", body));
    }
}
