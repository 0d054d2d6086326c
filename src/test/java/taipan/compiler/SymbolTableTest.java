package taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import taipan.ast.Mod;
import taipan.ast.Stmt;
import taipan.parser.Parser;
import taipan.source.SourceFile;

/**
 * The facts of a symbol table that CPython's {@code _symtable} does not expose and
 * the stdlib differential therefore cannot check: generator / coroutine flags
 * (expectations taken from the co_flags CPython 3.11 gives the code objects of the
 * same snippets: G generator, C coroutine, AG async generator), the implicit
 * {@code __class__} cell, and the node-to-scope map; plus a few flag words
 * spelled out for readers.
 */
class SymbolTableTest {
    static SymbolTable table(String src) {
        byte[] bytes = src.getBytes(StandardCharsets.UTF_8);
        Mod.Module m = Parser.parseModule(bytes, "<test>");
        return SymbolTable.build(m, SourceFile.fromBytes(bytes, "<test>"));
    }

    /** Every function and class block as path=TAG, pre-order, as the snippet generator printed them. */
    static void check(String src, String expected) {
        List<String> out = new ArrayList<>();
        for (Scope c : table(src).top().children()) walk(c, "", out);
        assertEquals(expected, String.join(" ", out), src);
    }

    private static void walk(Scope s, String prefix, List<String> out) {
        String path = prefix + s.name();
        String tag = s.isGenerator() && s.isCoroutine() ? "AG" : s.isCoroutine() ? "C" : s.isGenerator() ? "G" : "-";
        out.add(path + "=" + tag);
        for (Scope c : s.children()) walk(c, path + "/", out);
    }

    @Test
    void generatorAndCoroutineFlagsMatchCPythonsCodeFlags() {
        check("def f():\n    yield 1\n",
            "f=G");
        check("def f():\n    x = yield\n    return x\n",
            "f=G");
        check("def f(a):\n    yield from a\n",
            "f=G");
        check("async def f():\n    pass\n",
            "f=C");
        check("async def f(a):\n    await a\n",
            "f=C");
        check("async def f():\n    yield 1\n",
            "f=AG");
        check("async def f(a):\n    return [x async for x in a]\n",
            "f=C f/listcomp=C");
        check("async def f(a):\n    return [await x for x in a]\n",
            "f=C f/listcomp=C");
        check("async def f(a):\n    return (x async for x in a)\n",
            "f=C f/genexpr=AG");
        check("async def f(a):\n    return (await x for x in a)\n",
            "f=C f/genexpr=AG");
        check("def f(a):\n    return (x for x in a)\n",
            "f=- f/genexpr=G");
        check("def f(a):\n    return [y for x in a for y in x]\n",
            "f=- f/listcomp=-");
        check("async def f(a):\n    return {x: y async for x in a for y in x}\n",
            "f=C f/dictcomp=C");
        check("async def f(a, b):\n    return [x for x in a async for y in b]\n",
            "f=C f/listcomp=C");
        check("async def f(a):\n    return [[await y for y in x] for x in a]\n",
            "f=C f/listcomp=C f/listcomp/listcomp=C");
        check("def f():\n    g = lambda: (yield)\n    return g\n",
            "f=- f/lambda=G");
        check("def f(a):\n    def g():\n        return [x for x in a]\n    yield g\n",
            "f=G f/g=- f/g/listcomp=-");
        check("class C:\n    def m(self):\n        yield super()\n",
            "C=- C/m=G");
        check("async def f(a):\n    async with a:\n        async for x in a:\n            pass\n",
            "f=C");
    }

    @Test
    void superInAMethodGivesTheClassItsImplicitCell() {
        Scope c = table("class C:\n    def m(self):\n        return super()\n").top().children().get(0);
        assertTrue(c.needsClassClosure());
        Scope m = c.children().get(0);
        assertEquals(Scope.USE | Scope.FREE << Scope.SCOPE_OFFSET, m.flags("__class__"));
        assertEquals(Scope.GLOBAL_IMPLICIT, m.scopeOf("super"));
        assertTrue(table("class C:\n    def m(self):\n        return __class__\n").top().children().get(0)
            .needsClassClosure());
        assertFalse(table("class C:\n    def m(self):\n        return self\n").top().children().get(0)
            .needsClassClosure());
    }

    @Test
    void walrusInAComprehensionBindsInTheEnclosingFunction() {
        Scope f = table("def f(a):\n    [y := x for x in a]\n    return y\n").top().children().get(0);
        assertEquals(Scope.DEF_LOCAL | Scope.USE | Scope.CELL << Scope.SCOPE_OFFSET, f.flags("y"));
        Scope comp = f.children().get(0);
        assertEquals(Scope.DEF_NONLOCAL | Scope.DEF_LOCAL | Scope.FREE << Scope.SCOPE_OFFSET, comp.flags("y"));
        assertEquals(Scope.DEF_LOCAL | Scope.USE | Scope.DEF_COMP_ITER | Scope.LOCAL << Scope.SCOPE_OFFSET,
            comp.flags("x"));
        assertEquals(List.of(".0"), comp.varnames());
    }

    @Test
    void postponedAnnotationsAreNotNamesOfTheEnclosingBlocks() {
        SymbolTable t = table("from __future__ import annotations\ndef f(a: A) -> R:\n    b: B = 1\n");
        assertTrue(t.future().annotations());
        assertEquals(List.of("annotations", "f"), List.copyOf(t.top().symbols().keySet()));
        Scope f = t.top().children().get(0);
        assertEquals(List.of("a", "b"), List.copyOf(f.symbols().keySet()));
        assertEquals(Scope.DEF_LOCAL | Scope.DEF_ANNOT | Scope.LOCAL << Scope.SCOPE_OFFSET, f.flags("b"));
        assertEquals(1, t.top().children().size());
    }

    @Test
    void scopeOfMapsDefinitionNodesToTheirBlocks() {
        byte[] bytes = "def f():\n    pass\nclass C:\n    pass\n".getBytes(StandardCharsets.UTF_8);
        Mod.Module m = Parser.parseModule(bytes, "<test>");
        SymbolTable t = SymbolTable.build(m, SourceFile.fromBytes(bytes, "<test>"));
        assertSame(t.top(), t.scopeOf(m));
        assertSame(t.top().children().get(0), t.scopeOf((Stmt.FunctionDef) m.body().get(0)));
        assertSame(t.top().children().get(1), t.scopeOf((Stmt.ClassDef) m.body().get(1)));
    }

    @Test
    void nestingBeyondCPythonsLimitIsARecursionErrorNotAStackOverflow() {
        org.junit.jupiter.api.Assertions.assertThrows(CompilerRecursionError.class,
            () -> table("x = 1" + " + 1".repeat(100_000) + "\n"));
        assertEquals(1, table("x = 1" + " + 1".repeat(500) + "\n").top().symbols().size());
    }

    @Test
    void evalExpressionsGetATableToo() {
        byte[] bytes = "lambda a: a + b + [c for c in d]\n".getBytes(StandardCharsets.UTF_8);
        Mod.Module m = Parser.parseModule(bytes, "<test>");
        Mod.Expression e = new Mod.Expression(((Stmt.Expr) m.body().get(0)).value());
        SymbolTable t = SymbolTable.build(e, SourceFile.fromBytes(bytes, "<test>"));
        // CPython: _symtable.symtable('lambda a: a + b + [c for c in d]', 's', 'eval')
        assertTrue(t.top().symbols().isEmpty());
        Scope lambda = t.top().children().get(0);
        assertEquals("lambda", lambda.name());
        assertEquals(2068, lambda.flags("a"));
        assertEquals(6160, lambda.flags("b"));
        assertEquals(6160, lambda.flags("d"));
        assertEquals("listcomp", lambda.children().get(0).name());
    }

    @Test
    void privateNamesAreMangledInsideClasses() {
        Scope c = table("class _C:\n    __x = 1\n    def m(self, __y):\n        return self.__x, __z__\n")
            .top().children().get(0);
        assertTrue(c.symbols().containsKey("_C__x"));
        Scope m = c.children().get(0);
        assertEquals(List.of("self", "_C__y"), m.varnames());
        assertTrue(m.symbols().containsKey("__z__"));
    }
}
