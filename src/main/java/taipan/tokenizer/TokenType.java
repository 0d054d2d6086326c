package taipan.tokenizer;

/** The kinds of token the tokenizer produces, as in CPython's tokenizer. */
public enum TokenType {
    /** An identifier or keyword; text is NFKC-normalized. */
    NAME,
    /** A numeric literal; text is the exact source text. */
    NUMBER,
    /** One string literal with its prefix and quotes; text is the exact source text. */
    STRING,
    /** An operator or delimiter; text is the interned operator, e.g. "**=". */
    OP,
    NEWLINE,
    INDENT,
    DEDENT,
    ENDMARKER,
    /**
     * A {@code # type: ...} comment when type comments are enabled
     * ({@link Tokenizer#enableTypeComments()}); text is what follows "type:".
     */
    TYPE_COMMENT,
    /**
     * A deferred tokenizer error (CPython's ERRORTOKEN with tok->done set but no
     * exception raised yet: EOF inside brackets, bad dedent, tab/space mix,
     * too deep, bad line continuation). {@link Tokenizer#deferredError()} builds the exception.
     */
    ERRORTOKEN
}
