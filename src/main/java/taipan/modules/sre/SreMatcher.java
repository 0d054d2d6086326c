package taipan.modules.sre;

/**
 * A backtracking virtual machine over the code list that CPython 3.11's
 * {@code re._compiler} produces (MAGIC 20220615), matching one subject.
 *
 * <p>Contract: {@link #match} tries the pattern at one position, {@link #search}
 * at each position from {@link #start} on; on success {@link #matchStart},
 * {@link #matchEnd}, {@link #marks} and {@link #lastindex} describe the match.
 * The subject is indexed by code point through {@link #ch}; {@code end} is
 * endpos (nothing past it is visible) and position 0 the string's beginning
 * (for '^' and look-behind). Backtracking uses an explicit choice-point stack,
 * an undo trail for marks, and immutable lists for the active REPEAT counters
 * and for the sub-matches (assertions, atomic groups, possessive repeats) whose
 * SUCCESS opcode returns to an outer continuation, so deep inputs need no Java
 * recursion. {@code mustAdvance} forbids an empty match at {@code start} and
 * {@code matchAll} demands that the match reach {@code end}, both only for the
 * whole pattern, as sre's top level does.
 */
public final class SreMatcher {
    // opcodes (re._constants.OPCODES)
    static final int FAILURE = 0, SUCCESS = 1, ANY = 2, ANY_ALL = 3, ASSERT = 4, ASSERT_NOT = 5, AT = 6,
        BRANCH = 7, CATEGORY = 8, CHARSET = 9, BIGCHARSET = 10, GROUPREF = 11, GROUPREF_EXISTS = 12, IN = 13,
        INFO = 14, JUMP = 15, LITERAL = 16, MARK = 17, MAX_UNTIL = 18, MIN_UNTIL = 19, NOT_LITERAL = 20,
        NEGATE = 21, RANGE = 22, REPEAT = 23, REPEAT_ONE = 24, MIN_REPEAT_ONE = 26,
        ATOMIC_GROUP = 27, POSSESSIVE_REPEAT = 28, POSSESSIVE_REPEAT_ONE = 29, GROUPREF_IGNORE = 30,
        IN_IGNORE = 31, LITERAL_IGNORE = 32, NOT_LITERAL_IGNORE = 33, GROUPREF_LOC_IGNORE = 34,
        IN_LOC_IGNORE = 35, LITERAL_LOC_IGNORE = 36, NOT_LITERAL_LOC_IGNORE = 37, GROUPREF_UNI_IGNORE = 38,
        IN_UNI_IGNORE = 39, LITERAL_UNI_IGNORE = 40, NOT_LITERAL_UNI_IGNORE = 41, RANGE_UNI_IGNORE = 42;
    static final long MAXREPEAT = 0xFFFFFFFFL;

    // choice-point kinds
    private static final int CP_BRANCH = 0, CP_REPEAT_ONE = 1, CP_MIN_REPEAT_ONE = 2, CP_UNTIL_TAIL = 3,
        CP_MIN_UNTIL_BODY = 4, CP_ASSERT_NOT = 5, CP_POSSESSIVE = 6;
    // sub-match kinds
    private static final int F_ASSERT = 0, F_ASSERT_NOT = 1, F_ATOMIC = 2, F_POSSESSIVE = 3;

    /** The counter of one active REPEAT: the REPEAT opcode's index, iterations done, where the last began. */
    private record Repeat(int pc, int count, int lastPtr, Repeat prev) {}

    /** An active sub-match whose SUCCESS opcode continues at {@code contPc}. */
    private record Frame(int kind, int contPc, int savedPos, int height, int repeatPc, int count, int iterStart,
                         Frame prev) {}

    private final int[] code;
    /** Per set start (index into code): the set's members below 256 as bits, computed on first use. */
    private final long[][] latinSets;
    private final String str;
    private final int[] ints;
    private final byte[] bytes;
    /** endpos: the end of the visible subject. */
    public final int end;
    /** The pos argument, clamped: Match.pos. */
    public final int pos;
    /** Where the next match or search begins. */
    public int start;
    public boolean mustAdvance;
    public boolean matchAll;
    /** Mark values (code point indexes, -1 = unset): group g spans marks[2g-2]..marks[2g-1]. */
    public final int[] marks;
    public int lastindex;
    public int matchStart;
    public int matchEnd;

    private int sp;
    private int[] cpKind = new int[32];
    private int[] cpPc = new int[32];
    private int[] cpPos = new int[32];
    private int[] cpA = new int[32];
    private int[] cpTrail = new int[32];
    private Object[] cpRepeat = new Object[32];
    private Object[] cpFrame = new Object[32];
    private int trailTop;
    private int[] trailIdx = new int[32];
    private int[] trailOld = new int[32];
    private Repeat repeat;
    private Frame frame;

    private SreMatcher(int[] code, long[][] latinSets, int groups, String str, int[] ints, byte[] bytes, int start,
                       int end) {
        this.code = code;
        this.latinSets = latinSets;
        this.str = str;
        this.ints = ints;
        this.bytes = bytes;
        this.marks = new int[2 * groups];
        this.pos = start;
        this.start = start;
        this.end = end;
    }

    /**
     * A matcher of a BMP-only Java string (one char per code point); {@code latinSets}
     * is the pattern's cache, as long as {@code code}.
     */
    public static SreMatcher ofBmp(int[] code, long[][] latinSets, int groups, String s, int start, int end) {
        return new SreMatcher(code, latinSets, groups, s, null, null, start, end);
    }

    public static SreMatcher ofCodePoints(int[] code, long[][] latinSets, int groups, int[] cps, int start, int end) {
        return new SreMatcher(code, latinSets, groups, null, cps, null, start, end);
    }

    public static SreMatcher ofBytes(int[] code, long[][] latinSets, int groups, byte[] b, int start, int end) {
        return new SreMatcher(code, latinSets, groups, null, null, b, start, end);
    }

    /** The code point at index {@code i}. */
    public int ch(int i) {
        if (str != null) {
            return str.charAt(i);
        }
        if (ints != null) {
            return ints[i];
        }
        return bytes[i] & 0xFF;
    }

    private static long u(int v) {
        return v & 0xFFFFFFFFL;
    }

    // ---- searching ---------------------------------------------------------------

    /** Tries the pattern at {@link #start} only. */
    public boolean match() {
        return run(start);
    }

    /** Tries the pattern at each position from {@link #start} to {@link #end}. */
    public boolean search() {
        int s = start;
        if (s > end) {
            return false;
        }
        long min = 0;
        int prefixChar = -1;
        int charsetPc = -1;
        if (code[0] == INFO) {
            int infoFlags = code[2];
            min = u(code[3]);
            if ((infoFlags & 1) != 0 && code[5] > 0) {
                prefixChar = code[7];
            } else if ((infoFlags & 4) != 0) {
                charsetPc = 5;
            }
        }
        int[] firstOps = null;
        if (prefixChar < 0 && charsetPc < 0) {
            firstOps = firstCharOps(code[0] == INFO ? 1 + code[1] : 0);
            if (firstOps != null && firstOps.length == 1 && code[firstOps[0]] == LITERAL) {
                prefixChar = code[firstOps[0] + 1];
                firstOps = null;
            }
        }
        while (s <= end) {
            if (end - s < min) {
                return false;
            }
            if (prefixChar >= 0) {
                while (s < end && ch(s) != prefixChar) {
                    s++;
                }
                if (s >= end) {
                    return false;
                }
            } else if (charsetPc >= 0) {
                while (s < end && !inSet(charsetPc, ch(s))) {
                    s++;
                }
                if (s >= end) {
                    return false;
                }
            } else if (firstOps != null) {
                while (s < end && !matchesAny(firstOps, ch(s))) {
                    s++;
                }
                if (s >= end) {
                    return false;
                }
            }
            if (run(s)) {
                return true;
            }
            s++;
        }
        return false;
    }

    /**
     * The one-character ops of which every match must begin with one: the
     * pattern's first op (after group marks), alone or as a repeat of at least
     * one, or the first such op of each alternative of a leading BRANCH; null
     * when there is no such set.
     */
    private int[] firstCharOps(int pc) {
        while (code[pc] == MARK) {
            pc += 2;
        }
        if (code[pc] == BRANCH) {
            java.util.List<Integer> ops = new java.util.ArrayList<>();
            for (int alt = pc + 1; code[alt] != 0; alt += code[alt]) {
                int[] first = firstCharOps(alt + 1);
                if (first == null) {
                    return null;
                }
                for (int op : first) {
                    ops.add(op);
                }
            }
            return ops.stream().mapToInt(Integer::intValue).toArray();
        }
        int op = code[pc];
        if ((op == REPEAT_ONE || op == MIN_REPEAT_ONE || op == POSSESSIVE_REPEAT_ONE) && code[pc + 2] != 0) {
            pc += 4;
            op = code[pc];
        }
        return switch (op) {
            case LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE,
                 LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE, ANY, IN, IN_IGNORE, IN_LOC_IGNORE, IN_UNI_IGNORE,
                 CATEGORY -> new int[] {pc};
            default -> null;
        };
    }

    private boolean matchesAny(int[] ops, int c) {
        for (int op : ops) {
            if (matchOne(op, c)) {
                return true;
            }
        }
        return false;
    }

    // ---- the machine -------------------------------------------------------------

    private void push(int kind, int pc, int pos, int a) {
        if (sp == cpKind.length) {
            int n = sp * 2;
            cpKind = java.util.Arrays.copyOf(cpKind, n);
            cpPc = java.util.Arrays.copyOf(cpPc, n);
            cpPos = java.util.Arrays.copyOf(cpPos, n);
            cpA = java.util.Arrays.copyOf(cpA, n);
            cpTrail = java.util.Arrays.copyOf(cpTrail, n);
            cpRepeat = java.util.Arrays.copyOf(cpRepeat, n);
            cpFrame = java.util.Arrays.copyOf(cpFrame, n);
        }
        cpKind[sp] = kind;
        cpPc[sp] = pc;
        cpPos[sp] = pos;
        cpA[sp] = a;
        cpTrail[sp] = trailTop;
        cpRepeat[sp] = repeat;
        cpFrame[sp] = frame;
        sp++;
    }

    private void trail(int idx, int old) {
        if (trailTop == trailIdx.length) {
            trailIdx = java.util.Arrays.copyOf(trailIdx, trailTop * 2);
            trailOld = java.util.Arrays.copyOf(trailOld, trailTop * 2);
        }
        trailIdx[trailTop] = idx;
        trailOld[trailTop] = old;
        trailTop++;
    }

    private void setMark(int i, int pos) {
        if (i >= marks.length) {
            return;
        }
        trail(i, marks[i]);
        marks[i] = pos;
        if ((i & 1) != 0) {
            trail(-1, lastindex);
            lastindex = i / 2 + 1;
        }
    }

    private void undo(int height) {
        while (trailTop > height) {
            trailTop--;
            int idx = trailIdx[trailTop];
            if (idx < 0) {
                lastindex = trailOld[trailTop];
            } else {
                marks[idx] = trailOld[trailTop];
            }
        }
    }

    private boolean groupSet(int g) {
        return 2 * g + 1 < marks.length && marks[2 * g] >= 0 && marks[2 * g + 1] >= 0;
    }

    private boolean run(int s) {
        java.util.Arrays.fill(marks, -1);
        lastindex = -1;
        sp = 0;
        trailTop = 0;
        repeat = null;
        frame = null;
        matchStart = s;
        int pc = 0;
        int pos = s;
        for (;;) {
            boolean ok;
            switch (code[pc]) {
                case SUCCESS -> {
                    Frame f = frame;
                    if (f == null) {
                        if (!(matchAll && pos != end || mustAdvance && pos == start)) {
                            matchEnd = pos;
                            return true;
                        }
                        ok = false;
                    } else {
                        frame = f.prev;
                        sp = f.height;
                        switch (f.kind) {
                            case F_ASSERT -> {
                                pos = f.savedPos;
                                pc = f.contPc;
                                ok = true;
                            }
                            case F_ATOMIC -> {
                                pc = f.contPc;
                                ok = true;
                            }
                            case F_POSSESSIVE -> {
                                int count = f.count + 1;
                                if (pos == f.iterStart && count >= u(code[f.repeatPc + 2])) {
                                    pc = f.contPc;
                                } else {
                                    pc = possessiveIteration(f.repeatPc, count, pos);
                                }
                                ok = true;
                            }
                            default -> ok = false;
                        }
                    }
                }
                case FAILURE -> ok = false;
                case INFO -> {
                    ok = code[pc + 3] == 0 || end - pos >= u(code[pc + 3]);
                    pc += 1 + code[pc + 1];
                }
                case JUMP -> {
                    pc += 1 + code[pc + 1];
                    ok = true;
                }
                case MARK -> {
                    setMark(code[pc + 1], pos);
                    pc += 2;
                    ok = true;
                }
                case LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_LOC_IGNORE,
                     NOT_LITERAL_LOC_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE, ANY, ANY_ALL,
                     IN, IN_IGNORE, IN_LOC_IGNORE, IN_UNI_IGNORE, CATEGORY -> {
                    ok = pos < end && matchOne(pc, ch(pos));
                    pos++;
                    pc = nextOne(pc);
                }
                case AT -> {
                    ok = at(code[pc + 1], pos);
                    pc += 2;
                }
                case BRANCH -> {
                    pc = branch(pc + 1, pos);
                    ok = pc >= 0;
                }
                case REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT_ONE -> {
                    int op = code[pc];
                    long min = u(code[pc + 2]);
                    long max = u(code[pc + 3]);
                    int next = pc + 1 + code[pc + 1];
                    if (op == MIN_REPEAT_ONE) {
                        int n = count(pc + 4, pos, min);
                        ok = n >= min;
                        if (ok && n < max) {
                            push(CP_MIN_REPEAT_ONE, pc, pos, n);
                        }
                        pos += n;
                    } else {
                        int n = count(pc + 4, pos, max);
                        if (op == REPEAT_ONE) {
                            n = fitNextLiteral(next, pos, n, min);
                        }
                        ok = n >= min;
                        if (ok && op == REPEAT_ONE && n > min) {
                            push(CP_REPEAT_ONE, pc, pos, n);
                        }
                        pos += n;
                    }
                    pc = next;
                }
                case REPEAT -> {
                    repeat = new Repeat(pc, -1, -1, repeat);
                    pc += 1 + code[pc + 1];
                    ok = true;
                }
                case MAX_UNTIL -> {
                    Repeat r = repeat;
                    int count = r.count + 1;
                    long min = u(code[r.pc + 2]);
                    long max = u(code[r.pc + 3]);
                    if (count < min) {
                        repeat = new Repeat(r.pc, count, r.lastPtr, r.prev);
                        pc = r.pc + 4;
                    } else if ((count < max || max == MAXREPEAT) && pos != r.lastPtr) {
                        push(CP_UNTIL_TAIL, pc, pos, 0);
                        repeat = new Repeat(r.pc, count, pos, r.prev);
                        pc = r.pc + 4;
                    } else {
                        repeat = r.prev;
                        pc++;
                    }
                    ok = true;
                }
                case MIN_UNTIL -> {
                    Repeat r = repeat;
                    int count = r.count + 1;
                    long min = u(code[r.pc + 2]);
                    long max = u(code[r.pc + 3]);
                    if (count < min) {
                        repeat = new Repeat(r.pc, count, r.lastPtr, r.prev);
                        pc = r.pc + 4;
                    } else {
                        if (!(count >= max && max != MAXREPEAT || pos == r.lastPtr)) {
                            push(CP_MIN_UNTIL_BODY, pc, pos, count);
                        }
                        repeat = r.prev;
                        pc++;
                    }
                    ok = true;
                }
                case POSSESSIVE_REPEAT -> {
                    pc = possessiveIteration(pc, 0, pos);
                    ok = true;
                }
                case ATOMIC_GROUP -> {
                    frame = new Frame(F_ATOMIC, pc + 1 + code[pc + 1], 0, sp, 0, 0, 0, frame);
                    pc += 2;
                    ok = true;
                }
                case ASSERT, ASSERT_NOT -> {
                    int after = pc + 1 + code[pc + 1];
                    int p = pos - code[pc + 2];
                    boolean positive = code[pc] == ASSERT;
                    if (p < 0) {
                        ok = !positive;
                        pc = after;
                    } else {
                        if (!positive) {
                            push(CP_ASSERT_NOT, after, pos, 0);
                        }
                        frame = new Frame(positive ? F_ASSERT : F_ASSERT_NOT, after, pos, positive ? sp : sp - 1,
                            0, 0, 0, frame);
                        pos = p;
                        pc += 3;
                        ok = true;
                    }
                }
                case GROUPREF, GROUPREF_IGNORE, GROUPREF_LOC_IGNORE, GROUPREF_UNI_IGNORE -> {
                    int n = groupref(code[pc], code[pc + 1], pos);
                    ok = n >= 0;
                    pos += n;
                    pc += 2;
                }
                case GROUPREF_EXISTS -> {
                    pc = groupSet(code[pc + 1]) ? pc + 3 : pc + 1 + code[pc + 2];
                    ok = true;
                }
                default -> throw new IllegalStateException("sre: unknown opcode " + code[pc] + " at " + pc);
            }
            if (ok) {
                continue;
            }
            // backtrack
            for (;;) {
                if (sp == 0) {
                    return false;
                }
                sp--;
                undo(cpTrail[sp]);
                repeat = (Repeat) cpRepeat[sp];
                frame = (Frame) cpFrame[sp];
                int cpc = cpPc[sp];
                pos = cpPos[sp];
                int a = cpA[sp];
                switch (cpKind[sp]) {
                    case CP_BRANCH -> pc = branch(cpc, pos);
                    case CP_REPEAT_ONE -> {
                        long min = u(code[cpc + 2]);
                        int next = cpc + 1 + code[cpc + 1];
                        int n = fitNextLiteral(next, pos, a - 1, min);
                        if (n < min) {
                            pc = -1;
                        } else {
                            if (n > min) {
                                push(CP_REPEAT_ONE, cpc, pos, n);
                            }
                            pos += n;
                            pc = next;
                        }
                    }
                    case CP_MIN_REPEAT_ONE -> {
                        int p = pos + a;
                        if (p < end && matchOne(cpc + 4, ch(p))) {
                            if (a + 1 < u(code[cpc + 3])) {
                                push(CP_MIN_REPEAT_ONE, cpc, pos, a + 1);
                            }
                            pos = p + 1;
                            pc = cpc + 1 + code[cpc + 1];
                        } else {
                            pc = -1;
                        }
                    }
                    case CP_UNTIL_TAIL -> {
                        repeat = repeat.prev;
                        pc = cpc + 1;
                    }
                    case CP_MIN_UNTIL_BODY -> {
                        Repeat r = repeat;
                        repeat = new Repeat(r.pc, a, pos, r.prev);
                        pc = r.pc + 4;
                    }
                    case CP_ASSERT_NOT -> pc = cpc;
                    case CP_POSSESSIVE -> pc = a >= u(code[cpc + 2]) ? cpc + 2 + code[cpc + 1] : -1;
                    default -> throw new IllegalStateException();
                }
                if (pc >= 0) {
                    break;
                }
            }
        }
    }

    /** Starts iteration {@code count} of a POSSESSIVE_REPEAT at {@code rpc}; returns the pc to go on at. */
    private int possessiveIteration(int rpc, int count, int pos) {
        long max = u(code[rpc + 3]);
        int after = rpc + 2 + code[rpc + 1];
        if (count < max || max == MAXREPEAT) {
            push(CP_POSSESSIVE, rpc, pos, count);
            frame = new Frame(F_POSSESSIVE, after, pos, sp - 1, rpc, count, pos, frame);
            return rpc + 4;
        }
        return after;
    }

    /** Tries the alternatives of a BRANCH from the one whose skip word is at {@code alt}; -1 when none fits. */
    private int branch(int alt, int pos) {
        while (code[alt] != 0) {
            int body = alt + 1;
            int op = code[body];
            if ((op == LITERAL || op == LITERAL_UNI_IGNORE || op == IN || op == IN_UNI_IGNORE)
                && (pos >= end || !matchOne(body, ch(pos)))) {
                alt += code[alt];
                continue;
            }
            if (code[alt + code[alt]] != 0) {
                push(CP_BRANCH, alt + code[alt], pos, 0);
            }
            return body;
        }
        return -1;
    }

    /** Lowers a greedy count until the character after it can start the LITERAL at {@code next}. */
    private int fitNextLiteral(int next, int pos, int n, long min) {
        if (code[next] == LITERAL) {
            int c = code[next + 1];
            while (n >= min && (pos + n >= end || ch(pos + n) != c)) {
                n--;
            }
        }
        return n;
    }

    /** How many times (up to {@code max}) the one-character op at {@code pc} matches from {@code pos}. */
    private int count(int pc, int pos, long max) {
        long limit = Math.min(max, (long) end - pos);
        if (limit <= 0) {
            return 0;
        }
        int lim = (int) limit;
        int n = 0;
        switch (code[pc]) {
            case ANY_ALL -> n = lim;
            case LITERAL -> {
                int c = code[pc + 1];
                while (n < lim && ch(pos + n) == c) {
                    n++;
                }
            }
            case IN -> {
                while (n < lim && inSet(pc + 2, ch(pos + n))) {
                    n++;
                }
            }
            default -> {
                while (n < lim && matchOne(pc, ch(pos + n))) {
                    n++;
                }
            }
        }
        return n;
    }

    private int nextOne(int pc) {
        return switch (code[pc]) {
            case ANY, ANY_ALL -> pc + 1;
            case IN, IN_IGNORE, IN_LOC_IGNORE, IN_UNI_IGNORE -> pc + 1 + code[pc + 1];
            default -> pc + 2;
        };
    }

    /** Whether the one-character op at {@code pc} accepts {@code c}. */
    private boolean matchOne(int pc, int c) {
        int arg = code[pc + 1];
        return switch (code[pc]) {
            case LITERAL -> c == arg;
            case NOT_LITERAL -> c != arg;
            case LITERAL_IGNORE -> SreChars.lowerAscii(c) == arg;
            case NOT_LITERAL_IGNORE -> SreChars.lowerAscii(c) != arg;
            case LITERAL_LOC_IGNORE -> locIgnore(c, arg);
            case NOT_LITERAL_LOC_IGNORE -> !locIgnore(c, arg);
            case LITERAL_UNI_IGNORE -> SreChars.lowerUnicode(c) == arg;
            case NOT_LITERAL_UNI_IGNORE -> SreChars.lowerUnicode(c) != arg;
            case ANY -> c != '\n';
            case ANY_ALL -> true;
            case IN -> inSet(pc + 2, c);
            case IN_IGNORE -> inSet(pc + 2, SreChars.lowerAscii(c));
            case IN_UNI_IGNORE -> inSet(pc + 2, SreChars.lowerUnicode(c));
            case IN_LOC_IGNORE -> inSet(pc + 2, c) || inSet(pc + 2, lowerLocale(c)) || inSet(pc + 2, upperLocale(c));
            case CATEGORY -> SreChars.category(arg, c);
            default -> throw new IllegalStateException("sre: not a one-character opcode " + code[pc]);
        };
    }

    private static int lowerLocale(int c) {
        return c < 256 ? SreChars.lowerAscii(c) : c;
    }

    private static int upperLocale(int c) {
        return c < 256 ? SreChars.upperAscii(c) : c;
    }

    private static boolean locIgnore(int c, int pattern) {
        return c == pattern || lowerLocale(c) == pattern || upperLocale(c) == pattern;
    }

    /** Whether {@code c} is in the set whose items start at {@code pc} (ending with FAILURE). */
    private boolean inSet(int pc, int c) {
        if (c < 256) {
            long[] bits = latinSets[pc];
            if (bits == null) {
                bits = new long[4];
                for (int k = 0; k < 256; k++) {
                    if (inSetSlow(pc, k)) {
                        bits[k >> 6] |= 1L << (k & 63);
                    }
                }
                latinSets[pc] = bits;
            }
            return (bits[c >> 6] & (1L << (c & 63))) != 0;
        }
        return inSetSlow(pc, c);
    }

    private boolean inSetSlow(int pc, int c) {
        boolean ok = true;
        for (;;) {
            switch (code[pc]) {
                case FAILURE -> {
                    return !ok;
                }
                case LITERAL -> {
                    if (c == code[pc + 1]) {
                        return ok;
                    }
                    pc += 2;
                }
                case CATEGORY -> {
                    if (SreChars.category(code[pc + 1], c)) {
                        return ok;
                    }
                    pc += 2;
                }
                case CHARSET -> {
                    if (c < 256 && (code[pc + 1 + (c >> 5)] & (1 << (c & 31))) != 0) {
                        return ok;
                    }
                    pc += 9;
                }
                case RANGE -> {
                    if (code[pc + 1] <= c && c <= code[pc + 2]) {
                        return ok;
                    }
                    pc += 3;
                }
                case RANGE_UNI_IGNORE -> {
                    if (code[pc + 1] <= c && c <= code[pc + 2]) {
                        return ok;
                    }
                    int up = SreChars.upperUnicode(c);
                    if (code[pc + 1] <= up && up <= code[pc + 2]) {
                        return ok;
                    }
                    pc += 3;
                }
                case NEGATE -> {
                    ok = !ok;
                    pc++;
                }
                case BIGCHARSET -> {
                    int blocks = code[pc + 1];
                    if (c < 65536) {
                        int hi = c >> 8;
                        int block = (code[pc + 2 + (hi >> 2)] >>> ((hi & 3) * 8)) & 0xFF;
                        int lo = c & 255;
                        if ((code[pc + 2 + 64 + block * 8 + (lo >> 5)] & (1 << (lo & 31))) != 0) {
                            return ok;
                        }
                    }
                    pc += 2 + 64 + blocks * 8;
                }
                default -> throw new IllegalStateException("sre: bad set opcode " + code[pc]);
            }
        }
    }

    private boolean isWordAt(int kind, int i) {
        int c = ch(i);
        return switch (kind) {
            case 0 -> SreChars.isAsciiWord(c);
            case 1 -> c < 256 && SreChars.isAsciiWord(c);
            default -> SreChars.isUnicodeWord(c);
        };
    }

    private boolean at(int atcode, int pos) {
        switch (atcode) {
            case 0, 2 -> {
                return pos == 0;
            }
            case 1 -> {
                return pos == 0 || ch(pos - 1) == '\n';
            }
            case 5 -> {
                return pos == end || pos + 1 == end && ch(pos) == '\n';
            }
            case 6 -> {
                return pos == end || pos < end && ch(pos) == '\n';
            }
            case 7 -> {
                return pos == end;
            }
            case 3, 4, 8, 9, 10, 11 -> {
                if (end == 0) {
                    return false;
                }
                int kind = atcode <= 4 ? 0 : atcode <= 9 ? 1 : 2;
                boolean before = pos > 0 && isWordAt(kind, pos - 1);
                boolean here = pos < end && isWordAt(kind, pos);
                boolean boundary = atcode == 3 || atcode == 8 || atcode == 10;
                return boundary ? before != here : before == here;
            }
            default -> {
                return false;
            }
        }
    }

    /** Matches group {@code g} again at {@code pos}; the length matched, or -1. */
    private int groupref(int op, int g, int pos) {
        if (!groupSet(g)) {
            return -1;
        }
        int s = marks[2 * g];
        int e = marks[2 * g + 1];
        int len = e - s;
        if (len < 0 || (long) pos + len > end) {
            return -1;
        }
        for (int k = 0; k < len; k++) {
            int a = ch(s + k);
            int b = ch(pos + k);
            if (a == b) {
                continue;
            }
            boolean same = switch (op) {
                case GROUPREF_IGNORE -> SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
                case GROUPREF_LOC_IGNORE -> lowerLocale(a) == lowerLocale(b);
                case GROUPREF_UNI_IGNORE -> SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b);
                default -> false;
            };
            if (!same) {
                return -1;
            }
        }
        return len;
    }
}
