package taipan.parser;

/**
 * The source nests deeper than the parser's recursion budget. CPython raises
 * MemoryError (with no message) when its parser stack overflows; callers report
 * this exception the same way.
 */
public final class ParserStackOverflow extends RuntimeException {
    ParserStackOverflow() {
        super(null, null, false, false);
    }
}
