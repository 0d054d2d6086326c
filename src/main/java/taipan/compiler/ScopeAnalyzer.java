package taipan.compiler;

import static taipan.compiler.Scope.CELL;
import static taipan.compiler.Scope.DEF_BOUND;
import static taipan.compiler.Scope.DEF_FREE_CLASS;
import static taipan.compiler.Scope.DEF_GLOBAL;
import static taipan.compiler.Scope.DEF_NONLOCAL;
import static taipan.compiler.Scope.FREE;
import static taipan.compiler.Scope.GLOBAL_EXPLICIT;
import static taipan.compiler.Scope.GLOBAL_IMPLICIT;
import static taipan.compiler.Scope.LOCAL;
import static taipan.compiler.Scope.SCOPE_OFFSET;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import taipan.source.PythonSyntaxError;

/**
 * The second pass of symbol-table construction, CPython 3.11's {@code analyze_block}:
 * resolves every name of every block to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT,
 * FREE or CELL, propagating free variables up through enclosing blocks (classes
 * neither bind names for their methods nor keep {@code __class__} free, which
 * instead marks the class as needing the implicit {@code __class__} cell), and
 * stores the scope into each flag word. Raises the declaration errors found only
 * now ("nonlocal declaration not allowed at module level", "no binding for
 * nonlocal 'x' found", "name 'x' is nonlocal and global"), located at the
 * declaration, in CPython's order (a block's names in first-seen order, then its
 * children).
 */
final class ScopeAnalyzer {
    private final SymtableErrors errors;

    ScopeAnalyzer(SymtableErrors errors) {
        this.errors = errors;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        boolean isClass = ste.type() == Scope.Type.CLASS;
        if (isClass) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (!isClass) {
            if (ste.type() == Scope.Type.FUNCTION) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.free || child.childFree) ste.childFree = true;
        }
        newFree.addAll(allFree);
        if (ste.type() == Scope.Type.FUNCTION) {
            for (Map.Entry<String, Integer> e : scopes.entrySet()) {
                if (e.getValue() == LOCAL && newFree.remove(e.getKey())) e.setValue(CELL);
            }
        } else if (isClass) {
            if (newFree.remove("__class__")) ste.needsClassClosure = true;
        }
        updateSymbols(ste, scopes, bound, newFree, isClass);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) throw atDirective(ste, name, "name '" + name + "' is nonlocal and global");
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) throw atDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.contains(name)) throw atDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) ste.free = true;
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    private void updateSymbols(Scope ste, Map<String, Integer> scopes, Set<String> bound, Set<String> free,
                               boolean isClass) {
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            e.setValue(e.getValue() | scopes.get(e.getKey()) << SCOPE_OFFSET);
        }
        for (String name : free) {
            Integer v = ste.symbols.get(name);
            if (v != null) {
                if (isClass && (v & (DEF_BOUND | DEF_GLOBAL)) != 0) ste.symbols.put(name, v | DEF_FREE_CLASS);
                continue;
            }
            if (bound != null && !bound.contains(name)) continue;
            ste.symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }

    private PythonSyntaxError atDirective(Scope ste, String name, String msg) {
        for (Scope.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return errors.at(msg, d.lineno(), d.col(), d.endLineno(), d.endCol());
            }
        }
        return errors.unlocated(msg);
    }
}
