package taipan.compiler;

import java.util.List;
import taipan.ast.Alias;
import taipan.ast.Expr;
import taipan.ast.Mod;
import taipan.ast.Stmt;

/**
 * The {@code from __future__ import ...} features of a module, CPython 3.11's
 * {@code _PyFuture_FromAST}: the leading run of future imports after an optional
 * docstring (of a module or interactive input; an eval expression has none). Raises CPython's errors for an unknown feature ("future feature X is
 * not defined"), for {@code braces} ("not a chance"), and for a future import that
 * follows another statement on the same line; a future import on a later line is
 * left for the compiler to reject, as in CPython. Positions: the import's line,
 * offset col + 1 (the late-import case: col), end line = line, end offset None.
 */
public final class FutureFeatures {
    private static final List<String> ACCEPTED = List.of("nested_scopes", "generators", "division",
        "absolute_import", "with_statement", "print_function", "unicode_literals", "generator_stop");

    private boolean annotations;
    private boolean barryAsBdfl;
    private int lineno = -1;

    private FutureFeatures() {}

    /** {@code from __future__ import annotations}: annotations are not evaluated. */
    public boolean annotations() { return annotations; }
    /** {@code from __future__ import barry_as_FLUFL}. */
    public boolean barryAsBdfl() { return barryAsBdfl; }
    /** The line of the last future import, -1 when none. */
    public int lineno() { return lineno; }

    static FutureFeatures of(Mod mod, SymtableErrors source) {
        FutureFeatures ff = new FutureFeatures();
        List<Stmt> body = switch (mod) {
            case Mod.Module m -> m.body();
            case Mod.Interactive m -> m.body();
            default -> List.<Stmt>of();
        };
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String) {
            i++;
        }
        boolean done = false;
        int prevLine = 0;
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            int line = ((taipan.ast.Located) s).lineno();
            if (done && line > prevLine) return ff;
            prevLine = line;
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                if (done) {
                    throw source.atOffset("from __future__ imports must occur at the beginning of the file",
                        f.lineno(), f.colOffset());
                }
                ff.check(f, source);
                ff.lineno = f.lineno();
            } else {
                done = true;
            }
        }
        return ff;
    }

    private void check(Stmt.ImportFrom f, SymtableErrors source) {
        for (Alias a : f.names()) {
            String feature = a.name();
            if (ACCEPTED.contains(feature)) continue;
            switch (feature) {
                case "annotations" -> annotations = true;
                case "barry_as_FLUFL" -> barryAsBdfl = true;
                case "braces" -> throw source.atOffset("not a chance", f.lineno(), f.colOffset() + 1);
                default -> throw source.atOffset("future feature " + feature + " is not defined", f.lineno(),
                    f.colOffset() + 1);
            }
        }
    }
}
