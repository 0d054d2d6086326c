package taipan.compiler;

import taipan.ast.Mod;
import taipan.bytecode.CodeObject;
import taipan.parser.Parser;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * The compiler's entry point: source (or an AST) to a module-level
 * {@link CodeObject}, as CPython 3.11's {@code compile()} in exec, eval and
 * single modes. Parsing, symbol-table and code-generation errors all surface as
 * {@link PythonSyntaxError} with CPython's message and location.
 */
public final class Compiler {
    public enum Mode { EXEC, EVAL, SINGLE }

    private Compiler() {}

    /** Parses, builds the symbol table and compiles; throws PythonSyntaxError for any syntax error. */
    public static CodeObject compile(SourceFile source, String filename, Mode mode) throws PythonSyntaxError {
        Mod module = switch (mode) {
            case EXEC -> Parser.parseModule(source);
            case EVAL -> Parser.parseExpression(source);
            case SINGLE -> Parser.parseInteractive(source);
        };
        return compile(module, source, filename, mode);
    }

    /** Compiles an already parsed module (Module, Expression or Interactive matching the mode). */
    public static CodeObject compile(Mod module, SourceFile source, String filename, Mode mode)
            throws PythonSyntaxError {
        SymbolTable table = SymbolTable.build(module, source);
        CodeGenerator generator = new CodeGenerator(table, source, filename, mode == Mode.SINGLE);
        try {
            return generator.compileModule(module);
        } catch (StackOverflowError e) {
            throw new CompilerRecursionError();
        }
    }
}
