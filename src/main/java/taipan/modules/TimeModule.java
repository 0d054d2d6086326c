package taipan.modules;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.SimpleNamespace;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The {@code time} module's clocks and {@code sleep}: {@code time()} from the
 * wall clock, {@code perf_counter()}/{@code monotonic()} from
 * {@link System#nanoTime}, {@code process_time()} from the JVM's CPU time of
 * the process, {@code thread_time()} from the thread's CPU time, each also as
 * an {@code _ns} integer variant; the calendar functions and struct_time are
 * in {@link TimeCalendar}.
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
            SignalModule.sleep((long) (secs * 1e9));
            return Py.None;
        }));
        fn(m, "thread_time", (s, a) -> threadNanos() / 1e9);
        fn(m, "thread_time_ns", (s, a) -> threadNanos());
        calendar(m);
        return m;
    }

    private static void calendar(PyModule m) {
        PyType st = TimeCalendar.structTimeType();
        put(m, "struct_time", st);
        put(m, "timezone", TimeCalendar.timezone());
        // struct_time has all 11 fields, tm_zone and tm_gmtoff included
        put(m, "_STRUCT_TM_ITEMS", 11L);
        put(m, "altzone", TimeCalendar.altzone());
        put(m, "daylight", TimeCalendar.daylight() ? 1L : 0L);
        put(m, "tzname", PyTuple.of(PyStr.of(TimeCalendar.localZoneName(false)), PyStr.of(TimeCalendar.localZoneName(true))));
        fn(m, "gmtime", "seconds=None, /", (s, a) ->
            TimeCalendar.fromZoned(st, TimeCalendar.zoned(TimeCalendar.seconds(a[0]), ZoneOffset.UTC), true));
        fn(m, "localtime", "seconds=None, /", (s, a) ->
            TimeCalendar.fromZoned(st, TimeCalendar.zoned(TimeCalendar.seconds(a[0]), ZoneId.systemDefault()), false));
        fn(m, "mktime", "t, /", (s, a) -> TimeCalendar.mktime(TimeCalendar.fields(a[0], "mktime")));
        fn(m, "asctime", "t=None, /", (s, a) -> PyStr.of(TimeCalendar.asctime(a[0] == Py.None
            ? localNow(st) : TimeCalendar.fields(a[0], "asctime"))));
        fn(m, "ctime", "seconds=None, /", (s, a) -> PyStr.of(TimeCalendar.asctime(TimeCalendar.fields(
            TimeCalendar.fromZoned(st, TimeCalendar.zoned(TimeCalendar.seconds(a[0]), ZoneId.systemDefault()), false), "ctime"))));
        fn(m, "strftime", "format, t=None, /", (s, a) -> {
            if (!(a[0] instanceof PyStr format)) {
                throw Exceptions.typeError("strftime() argument 1 must be str, not " + Py.typeOf(a[0]).name());
            }
            Object t = a[1] == Py.None
                ? TimeCalendar.fromZoned(st, TimeCalendar.zoned(TimeCalendar.seconds(null), ZoneId.systemDefault()), false) : a[1];
            Object zone = Ops.getAttrOrNull(t, "tm_zone");
            Object gmtoff = Ops.getAttrOrNull(t, "tm_gmtoff");
            return PyStr.of(TimeCalendar.strftime(format.toString(), TimeCalendar.fields(t, "strftime"), zone, gmtoff));
        });
        fn(m, "get_clock_info", "name, /", (s, a) -> clockInfo(Ops.strString(a[0])));
    }

    private static long[] localNow(PyType st) {
        return TimeCalendar.fields(TimeCalendar.fromZoned(st,
            TimeCalendar.zoned(TimeCalendar.seconds(null), ZoneId.systemDefault()), false), "asctime");
    }

    private static Object clockInfo(String name) {
        String impl = switch (name) {
            case "time" -> "clock_gettime(CLOCK_REALTIME)";
            case "monotonic", "perf_counter" -> "clock_gettime(CLOCK_MONOTONIC)";
            case "process_time" -> "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
            case "thread_time" -> "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
            default -> throw Exceptions.valueError("unknown clock");
        };
        boolean wall = name.equals("time");
        return SimpleNamespace.of(new String[] {"implementation", "monotonic", "adjustable", "resolution"},
            new Object[] {PyStr.of(impl), !wall, wall, 1e-09});
    }

    private static long threadNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void put(PyModule m, String name, Object value) {
        m.dict.put(PyStr.of(name), value);
    }

    private static void fn(PyModule m, String name, String spec, BuiltinFunction.Body body) {
        put(m, name, BuiltinFunction.of("time", name, spec, body));
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
