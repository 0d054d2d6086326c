package taipan.runtime;

/** The rich comparisons, with their special methods and their reflections. */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"), GE(">=", "__ge__");

    private static final CompareOp[] VALUES = values();

    public final String symbol;
    public final String method;
    public final SlotName slot;

    CompareOp(String symbol, String method) {
        this.symbol = symbol;
        this.method = method;
        this.slot = SlotName.of(method);
    }

    /** The comparison with the operands swapped (a &lt; b is b &gt; a). */
    public CompareOp reflected() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    public static CompareOp of(int ordinal) {
        return VALUES[ordinal];
    }

    /** Whether a Java comparison result {@code c} (negative, zero, positive) satisfies this operator. */
    public boolean test(int c) {
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }
}
