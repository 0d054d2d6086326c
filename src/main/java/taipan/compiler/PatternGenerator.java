package taipan.compiler;

import taipan.ast.Stmt;
import taipan.source.SourceFile;

/** Match statements (work in progress: not compiled yet). */
abstract class PatternGenerator extends ExpressionGenerator {
    PatternGenerator(SymbolTable table, SourceFile source, String filename, boolean interactive) {
        super(table, source, filename, interactive);
    }

    void match(Stmt.Match m) {
        throw error("match statements are not compiled yet");
    }
}
