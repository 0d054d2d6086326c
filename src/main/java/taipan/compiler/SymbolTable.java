package taipan.compiler;

import java.util.IdentityHashMap;
import java.util.Map;
import taipan.ast.Alias;
import taipan.ast.Expr;
import taipan.ast.Mod;
import taipan.ast.Stmt;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * The symbol table of one module, as CPython 3.11's {@code _PySymtable_Build} makes it:
 * a tree of {@link Scope}s rooted at the module block "top", every name resolved.
 *
 * <p>Contract: {@link #build} either returns a table whose scopes, flags,
 * parameter lists and child order equal what CPython's {@code _symtable.symtable}
 * reports for the same source, or throws the {@link PythonSyntaxError} CPython's
 * symtable raises first (message, line, 1-based byte offsets, line text).
 * {@code from __future__ import annotations} (in the module's leading future
 * imports, after an optional docstring) makes annotations separate, unanalyzed
 * blocks, as in CPython. Errors about misplaced or unknown future features belong
 * to the compiler and are not raised here.
 */
public final class SymbolTable {
    private final Scope top;
    private final boolean futureAnnotations;
    private final Map<Object, Scope> blocks;

    private SymbolTable(Scope top, boolean futureAnnotations, Map<Object, Scope> blocks) {
        this.top = top;
        this.futureAnnotations = futureAnnotations;
        this.blocks = blocks;
    }

    /** Builds and resolves the table of {@code module}, parsed from {@code source}. */
    public static SymbolTable build(Mod.Module module, SourceFile source) throws PythonSyntaxError {
        boolean future = hasFutureAnnotations(module);
        SymbolTableBuilder builder = new SymbolTableBuilder(source, future);
        Scope top = builder.buildModule(module);
        new ScopeAnalyzer(source).analyze(top);
        return new SymbolTable(top, future, new IdentityHashMap<>(builder.blocks));
    }

    /** The module block. */
    public Scope top() {
        return top;
    }

    /** Whether the module starts with {@code from __future__ import annotations}. */
    public boolean futureAnnotations() {
        return futureAnnotations;
    }

    /** The block a Module, def, class, lambda or comprehension node opened, or null. */
    public Scope scopeOf(Object node) {
        return blocks.get(node);
    }

    /** CPython's future parsing: after an optional docstring, the leading run of __future__ imports. */
    static boolean hasFutureAnnotations(Mod.Module module) {
        boolean found = false;
        int i = 0;
        for (Stmt s : module.body()) {
            if (i++ == 0 && s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof String) {
                continue;
            }
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                for (Alias a : f.names()) if (a.name().equals("annotations")) found = true;
                continue;
            }
            break;
        }
        return found;
    }
}
