package taipan.modules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;
import taipan.runtime.TypeCalls;

/**
 * The calendar side of the {@code time} module: the {@code struct_time}
 * type (a 9-tuple with {@code tm_*} names, plus {@code tm_zone} and
 * {@code tm_gmtoff} as attributes), conversion between timestamps and broken-down
 * time in UTC and in the JVM's default zone, and {@code strftime} with the C
 * locale's directives as glibc formats them.
 */
final class TimeCalendar {
    private TimeCalendar() {}

    static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

    /** A new struct_time type (one per module instance). */
    static PyType structTimeType() {
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("time"));
        ns.put(PyStr.of("n_fields"), 11L);
        ns.put(PyStr.of("n_sequence_fields"), 9L);
        ns.put(PyStr.of("n_unnamed_fields"), 0L);
        PyType t = TypeCalls.newClass(BuiltinTypes.TYPE, "struct_time", new PyType[] {BuiltinTypes.TUPLE}, ns);
        for (int i = 0; i < FIELDS.length; i++) {
            int index = i;
            GetSetDescriptor.define(t, FIELDS[i], self -> ((PyTuple) self).items[index]);
        }
        t.define("__repr__", new MethodDescriptor(t, "__repr__", "", (self, a) -> {
            StringBuilder sb = new StringBuilder("time.struct_time(");
            for (int i = 0; i < FIELDS.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(FIELDS[i]).append('=').append(Ops.reprString(((PyTuple) self).items[i]));
            }
            return PyStr.of(sb.append(')').toString());
        }));
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("time", "struct_time.__new__",
            "cls, sequence, dict=None", (s, a) -> {
                Object[] items = sequence(a[1]);
                if (items.length < 9 || items.length > 11) {
                    throw Exceptions.typeError("time.struct_time() takes an " + (items.length < 9 ? "at least 9" : "at most 11")
                        + "-sequence (" + items.length + "-sequence given)");
                }
                Object[] nine = java.util.Arrays.copyOf(items, 9);
                return make((PyType) a[0], nine, items.length > 9 ? items[9] : Py.None, items.length > 10 ? items[10] : Py.None);
            })));
        return t;
    }

    private static Object[] sequence(Object o) {
        if (o instanceof PyTuple t) {
            return t.items;
        }
        java.util.ArrayList<Object> items = new java.util.ArrayList<>();
        Object it = Ops.iter(o);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            items.add(x);
        }
        return items.toArray();
    }

    static PyTuple make(PyType type, Object[] nine, Object zone, Object gmtoff) {
        PyTuple r = new PyTuple(type, nine);
        Ops.setAttr(r, "tm_zone", zone);
        Ops.setAttr(r, "tm_gmtoff", gmtoff);
        return r;
    }

    /** The broken-down time of {@code z} as a struct_time. */
    static PyTuple fromZoned(PyType type, ZonedDateTime z, boolean utc) {
        boolean dst = !utc && z.getZone().getRules().isDaylightSavings(z.toInstant());
        Object[] nine = {
            (long) z.getYear(), (long) z.getMonthValue(), (long) z.getDayOfMonth(), (long) z.getHour(),
            (long) z.getMinute(), (long) z.getSecond(), (long) (z.getDayOfWeek().getValue() - 1),
            (long) z.getDayOfYear(), dst ? 1L : 0L,
        };
        String zone = utc ? "GMT" : zoneName(z.getZone(), z.toInstant());
        return make(type, nine, PyStr.of(zone), (long) z.getOffset().getTotalSeconds());
    }

    static String zoneName(ZoneId zone, Instant at) {
        return DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(at.atZone(zone));
    }

    /** A timestamp argument (None = now) as whole seconds, rounded toward minus infinity. */
    static long seconds(Object secs) {
        if (secs == null || secs == Py.None) {
            return Math.floorDiv(System.currentTimeMillis(), 1000);
        }
        if (Ops.isInt(secs)) {
            Object v = Ops.intValue(secs);
            if (!(v instanceof Long l)) {
                throw Exceptions.overflowError("timestamp out of range for platform time_t");
            }
            return l;
        }
        double d = MathModule.toDouble(secs);
        if (Double.isNaN(d)) {
            throw Exceptions.valueError("Invalid value NaN (not a number)");
        }
        if (!(Math.abs(d) < 9.2e18)) {
            throw Exceptions.overflowError("timestamp out of range for platform time_t");
        }
        return (long) Math.floor(d);
    }

    static ZonedDateTime zoned(long secs, ZoneId zone) {
        try {
            return Instant.ofEpochSecond(secs).atZone(zone);
        } catch (java.time.DateTimeException e) {
            throw Exceptions.overflowError("timestamp out of range for platform time_t");
        }
    }

    /** The nine ints of a struct_time or 9-tuple argument. */
    static long[] fields(Object t, String fname) {
        if (!(t instanceof PyTuple tuple)) {
            throw Exceptions.typeError("Tuple or struct_time argument required");
        }
        if (tuple.items.length != 9) {
            throw Exceptions.typeError(fname + "(): illegal time tuple argument");
        }
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            Object v = tuple.items[i];
            if (!Ops.isInt(v)) {
                throw Exceptions.typeError("'" + Py.typeOf(v).name() + "' object cannot be interpreted as an integer");
            }
            Object iv = Ops.intValue(v);
            if (!(iv instanceof Long l)) {
                throw Exceptions.overflowError("Python int too large to convert to C long");
            }
            f[i] = l;
        }
        return f;
    }

    /** {@code mktime}: the local broken-down time {@code f}, fields normalized as C's mktime does. */
    static double mktime(long[] f) {
        try {
            LocalDateTime ldt = LocalDateTime.of((int) f[0], 1, 1, 0, 0, 0)
                .plusMonths(f[1] - 1).plusDays(f[2] - 1).plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
            return ldt.atZone(ZoneId.systemDefault()).toEpochSecond();
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw Exceptions.overflowError("mktime argument out of range");
        }
    }

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** asctime's fixed format, e.g. "Thu Jan  1 00:00:00 1970". */
    static String asctime(long[] f) {
        checkRanges(f);
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[(int) Math.floorMod(f[6], 7)].substring(0, 3),
            MONTHS[(int) Math.max(0, f[1] - 1)].substring(0, 3), f[2], f[3], f[4], f[5], f[0]);
    }

    private static void checkRanges(long[] f) {
        if (f[1] < 0 || f[1] > 12) {
            throw Exceptions.valueError("month out of range");
        }
        if (f[2] < 0 || f[2] > 31) {
            throw Exceptions.valueError("day of month out of range");
        }
        if (f[3] < 0 || f[3] > 23) {
            throw Exceptions.valueError("hour out of range");
        }
        if (f[4] < 0 || f[4] > 59) {
            throw Exceptions.valueError("minute out of range");
        }
        if (f[5] < 0 || f[5] > 61) {
            throw Exceptions.valueError("seconds out of range");
        }
        if (f[6] < -1) {
            throw Exceptions.valueError("day of week out of range");
        }
        if (f[7] < 0 || f[7] > 366) {
            throw Exceptions.valueError("day of year out of range");
        }
    }

    /** {@code strftime(format, t)} with glibc's C-locale output; unknown directives are kept as written. */
    static String strftime(String format, long[] f, Object zone, Object gmtoff) {
        checkRanges(f);
        if (f[1] == 0) {
            f[1] = 1;
        }
        if (f[2] == 0) {
            f[2] = 1;
        }
        if (f[7] == 0) {
            f[7] = 1;
        }
        if (f[8] < -1) {
            f[8] = -1;
        } else if (f[8] > 1) {
            f[8] = 1;
        }
        int wdayMon = (int) Math.floorMod(f[6], 7);
        int wdaySun = (wdayMon + 1) % 7;
        int yday0 = (int) f[7] - 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                sb.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'a' -> sb.append(DAYS[wdayMon], 0, 3);
                case 'A' -> sb.append(DAYS[wdayMon]);
                case 'b', 'h' -> sb.append(MONTHS[(int) f[1] - 1], 0, 3);
                case 'B' -> sb.append(MONTHS[(int) f[1] - 1]);
                case 'c' -> sb.append(strftime("%a %b %e %H:%M:%S %Y", f, zone, gmtoff));
                case 'C' -> sb.append(pad(Math.floorDiv(f[0], 100), 2));
                case 'd' -> sb.append(pad(f[2], 2));
                case 'D' -> sb.append(strftime("%m/%d/%y", f, zone, gmtoff));
                case 'e' -> sb.append(String.format("%2d", f[2]));
                case 'F' -> sb.append(strftime("%Y-%m-%d", f, zone, gmtoff));
                case 'G', 'g', 'V' -> {
                    LocalDate date = LocalDate.of((int) f[0], (int) f[1], (int) Math.min(f[2], 28)).withDayOfYear((int) f[7]);
                    int wy = date.get(IsoFields.WEEK_BASED_YEAR);
                    sb.append(d == 'G' ? String.valueOf(wy) : d == 'g' ? pad(Math.floorMod(wy, 100), 2)
                        : pad(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2));
                }
                case 'H' -> sb.append(pad(f[3], 2));
                case 'I' -> sb.append(pad(f[3] % 12 == 0 ? 12 : f[3] % 12, 2));
                case 'j' -> sb.append(pad(f[7], 3));
                case 'k' -> sb.append(String.format("%2d", f[3]));
                case 'l' -> sb.append(String.format("%2d", f[3] % 12 == 0 ? 12 : f[3] % 12));
                case 'm' -> sb.append(pad(f[1], 2));
                case 'M' -> sb.append(pad(f[4], 2));
                case 'n' -> sb.append('\n');
                case 'p' -> sb.append(f[3] < 12 ? "AM" : "PM");
                case 'P' -> sb.append(f[3] < 12 ? "am" : "pm");
                case 'r' -> sb.append(strftime("%I:%M:%S %p", f, zone, gmtoff));
                case 'R' -> sb.append(strftime("%H:%M", f, zone, gmtoff));
                case 'S' -> sb.append(pad(f[5], 2));
                case 't' -> sb.append('\t');
                case 'T', 'X' -> sb.append(strftime("%H:%M:%S", f, zone, gmtoff));
                case 'u' -> sb.append(wdayMon + 1);
                case 'U' -> sb.append(pad((yday0 + 7 - wdaySun) / 7, 2));
                case 'w' -> sb.append(wdaySun);
                case 'W' -> sb.append(pad((yday0 + 7 - wdayMon) / 7, 2));
                case 'x' -> sb.append(strftime("%m/%d/%y", f, zone, gmtoff));
                case 'y' -> sb.append(pad(Math.floorMod(f[0], 100), 2));
                case 'Y' -> sb.append(f[0]);
                case 'Z' -> sb.append(zone instanceof PyStr s ? s.toString() : localZoneName(f[8] > 0));
                case 'z' -> {
                    long off = gmtoff instanceof Long l ? l : localOffset(f[8] > 0);
                    sb.append(off < 0 ? '-' : '+');
                    off = Math.abs(off);
                    sb.append(pad(off / 3600, 2)).append(pad(off / 60 % 60, 2));
                }
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    private static String pad(long v, int width) {
        String s = Long.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    // ---- the local zone as the module's timezone/altzone/daylight/tzname see it

    private static ZoneOffset[] januaryJuly() {
        ZoneId zone = ZoneId.systemDefault();
        int year = LocalDate.now(zone).getYear();
        ZoneOffset jan = zone.getRules().getOffset(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
        ZoneOffset jul = zone.getRules().getOffset(LocalDate.of(year, 7, 1).atStartOfDay(zone).toInstant());
        return jan.getTotalSeconds() <= jul.getTotalSeconds() ? new ZoneOffset[] {jan, jul} : new ZoneOffset[] {jul, jan};
    }

    static long timezone() {
        return -januaryJuly()[0].getTotalSeconds();
    }

    static long altzone() {
        return -januaryJuly()[1].getTotalSeconds();
    }

    static boolean daylight() {
        ZoneOffset[] o = januaryJuly();
        return !o[0].equals(o[1]);
    }

    static String localZoneName(boolean dst) {
        ZoneId zone = ZoneId.systemDefault();
        int year = LocalDate.now(zone).getYear();
        Instant jan = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant jul = LocalDate.of(year, 7, 1).atStartOfDay(zone).toInstant();
        boolean janIsDst = zone.getRules().isDaylightSavings(jan);
        Instant std = janIsDst ? jul : jan;
        Instant summer = janIsDst ? jan : jul;
        return zoneName(zone, dst && daylight() ? summer : std);
    }

    private static long localOffset(boolean dst) {
        return -(dst && daylight() ? altzone() : timezone());
    }
}
