package taipan.parser;

import java.util.List;
import taipan.ast.Expr;
import taipan.tokenizer.Token;

/** Temporary: string literals as raw text, until the string-literal parser lands. */
final class StringLiterals {
    private StringLiterals() {}

    static Expr concatenate(List<Token> strings, FStringHost host) {
        Token first = strings.get(0), last = strings.get(strings.size() - 1);
        StringBuilder sb = new StringBuilder();
        for (Token t : strings) sb.append(t.text);
        return new Expr.Constant(sb.toString(), null, first.line, first.col, last.endLine, last.endCol);
    }
}
