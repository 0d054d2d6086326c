package taipan.compiler;

import java.util.IdentityHashMap;
import java.util.Map;
import taipan.ast.Mod;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * The symbol table of one module (or interactive statement, or eval expression), as
 * CPython 3.11's {@code _PySymtable_Build} makes it: a tree of {@link Scope}s rooted
 * at the module block "top", every name resolved.
 *
 * <p>Contract: {@link #build} either returns a table whose scopes, flags,
 * parameter lists and child order equal what CPython's {@code _symtable.symtable}
 * reports for the same source, or throws the {@link PythonSyntaxError} CPython's
 * symtable raises first (message, line, 1-based byte offsets, line text: see
 * {@link SymtableErrors}), or {@link CompilerRecursionError} when the tree nests
 * deeper than CPython allows (or than the calling thread's stack holds: about
 * 2 MB of stack are needed for the full depth of 3000).
 * Future imports are read first ({@link FutureFeatures}, whose errors come first,
 * as in CPython); {@code from __future__ import annotations} makes annotations
 * separate, unanalyzed blocks.
 */
public final class SymbolTable {
    private final Scope top;
    private final FutureFeatures future;
    private final Map<Object, Scope> blocks;

    private SymbolTable(Scope top, FutureFeatures future, Map<Object, Scope> blocks) {
        this.top = top;
        this.future = future;
        this.blocks = blocks;
    }

    /**
     * Builds and resolves the table of {@code module} (a Module, Interactive or
     * Expression; FunctionType has none), parsed from {@code source}.
     */
    public static SymbolTable build(Mod module, SourceFile source) throws PythonSyntaxError {
        return build(module, new SymtableErrors(source));
    }

    /**
     * Like {@link #build(Mod, SourceFile)}, with the text of errors taken as
     * CPython takes it, from the named file re-read: {@code fileBytes} are that
     * file's bytes, null when there is no such file (the text is then None).
     */
    public static SymbolTable build(Mod module, SourceFile source, byte[] fileBytes)
            throws PythonSyntaxError {
        return build(module, new SymtableErrors(source, fileBytes));
    }

    private static SymbolTable build(Mod module, SymtableErrors errors) {
        FutureFeatures future = FutureFeatures.of(module, errors);
        SymbolTableBuilder builder = new SymbolTableBuilder(errors, future.annotations());
        Scope top;
        try {
            top = builder.build(module);
        } catch (StackOverflowError e) {
            throw new CompilerRecursionError();
        }
        new ScopeAnalyzer(errors).analyze(top);
        return new SymbolTable(top, future, new IdentityHashMap<>(builder.blocks));
    }

    /** The module block. */
    public Scope top() {
        return top;
    }

    /** The module's {@code from __future__} features. */
    public FutureFeatures future() {
        return future;
    }

    /** The block a Mod, def, class, lambda or comprehension node opened, or null. */
    public Scope scopeOf(Object node) {
        return blocks.get(node);
    }
}
