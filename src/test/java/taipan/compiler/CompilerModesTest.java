package taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import taipan.bytecode.CodeObject;
import taipan.bytecode.Opcode;
import taipan.runtime.Py;
import taipan.runtime.PyStr;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * The compile modes and code-object facts the interpreter relies on: eval returns
 * its expression, single echoes expression statements with PRINT_EXPR, function
 * consts[0] is the docstring or None, CPython's flags, argument counts, cell2arg
 * and qualnames.
 */
class CompilerModesTest {
    static CodeObject compile(String src, Compiler.Mode mode) {
        CodeObject co = Compiler.compile(SourceFile.fromString(src, "<t>"), "<t>", mode);
        CodeChecks.check(co);
        return co;
    }

    static List<Opcode> ops(CodeObject co) {
        List<Opcode> out = new ArrayList<>();
        for (int ins : co.code) out.add(Opcode.of(ins));
        return out;
    }

    static CodeObject nested(CodeObject co, int i) {
        int k = 0;
        for (Object c : co.consts) if (c instanceof CodeObject n && k++ == i) return n;
        throw new AssertionError("no nested code " + i);
    }

    @Test
    void evalReturnsTheExpression() {
        CodeObject co = compile("a + 1\n\n", Compiler.Mode.EVAL);
        assertEquals(List.of(Opcode.LOAD_NAME, Opcode.LOAD_CONST, Opcode.BINARY_OP, Opcode.RETURN_VALUE), ops(co));
        assertThrows(PythonSyntaxError.class, () -> compile("x = 1", Compiler.Mode.EVAL));
    }

    @Test
    void singleEchoesExpressions() {
        CodeObject co = compile("1 + a\n", Compiler.Mode.SINGLE);
        assertEquals(List.of(Opcode.LOAD_CONST, Opcode.LOAD_NAME, Opcode.BINARY_OP, Opcode.PRINT_EXPR,
            Opcode.LOAD_CONST, Opcode.RETURN_VALUE), ops(co));
        CodeObject loop = compile("for i in x:\n    i\n\n", Compiler.Mode.SINGLE);
        assertTrue(ops(loop).contains(Opcode.PRINT_EXPR));
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> compile("a = 1\nb = 2\n", Compiler.Mode.SINGLE));
        assertEquals("multiple statements found while compiling a single statement", e.msg);
    }

    @Test
    void functionFacts() {
        CodeObject mod = compile("""
            def f(a, /, b, *args, c, d=1, **kw):
                "doc"
                def g():
                    return a
                return g
            lam = lambda: 0
            comp = [x for x in y]
            class C:
                def m(self):
                    return __class__
            def gen():
                yield
            async def co():
                pass
            async def agen():
                yield
            """, Compiler.Mode.EXEC);
        CodeObject f = nested(mod, 0);
        assertEquals(new PyStr("doc"), f.consts[0]);
        assertEquals(2, f.argcount);
        assertEquals(1, f.posonlyargcount);
        assertEquals(2, f.kwonlyargcount);
        assertEquals(CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS | CodeObject.CO_VARARGS
            | CodeObject.CO_VARKEYWORDS, f.flags);
        assertEquals(List.of("a", "b", "c", "d", "args", "kw", "g"), List.of(f.varnames));
        assertEquals(List.of("a"), List.of(f.cellvars));
        assertEquals(0, f.cell2arg[0]);
        CodeObject g = nested(f, 0);
        assertEquals("f.<locals>.g", g.qualname);
        assertEquals(Py.None, g.consts[0]);
        assertEquals(CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS | CodeObject.CO_NESTED, g.flags);
        assertEquals(Py.None, nested(mod, 1).consts[0]);
        assertEquals("<lambda>", nested(mod, 1).qualname);
        CodeObject comp = nested(mod, 2);
        assertEquals("<listcomp>", comp.qualname);
        assertEquals(1, comp.argcount);
        assertEquals(".0", comp.varnames[0]);
        CodeObject c = nested(mod, 3);
        assertEquals(List.of("__class__"), List.of(c.cellvars));
        assertEquals("C.m", nested(c, 0).qualname);
        assertEquals(CodeObject.CO_GENERATOR, nested(mod, 4).flags & CodeObject.CO_GENERATOR);
        assertEquals(CodeObject.CO_COROUTINE, nested(mod, 5).flags & 0x2A0);
        assertEquals(CodeObject.CO_ASYNC_GENERATOR, nested(mod, 6).flags & 0x2A0);
        assertTrue(ops(nested(mod, 6)).contains(Opcode.ASYNC_GEN_WRAP));
    }
}
