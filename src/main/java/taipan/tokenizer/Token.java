package taipan.tokenizer;

/**
 * One token. Lines are 1-based; columns are 0-based and count UTF-8 bytes of
 * the line, exactly as CPython's token positions (and hence AST positions) do.
 * For a STRING spanning lines, endLine/endCol are where it ends.
 */
public final class Token {
    public final TokenType type;
    public final String text;
    public final int line;
    public final int col;
    public final int endLine;
    public final int endCol;

    public Token(TokenType type, String text, int line, int col, int endLine, int endCol) {
        this.type = type;
        this.text = text;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
    }

    @Override
    public String toString() {
        return type + " '" + text + "' " + line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
