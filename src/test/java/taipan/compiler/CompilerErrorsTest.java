package taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * The SyntaxErrors CPython 3.11's compiler (not its parser or symbol table)
 * raises: message and location (line:offset-endline:endoffset, 1-based offsets)
 * as {@code compile(src, '<test>', 'exec')} reports them, recorded from CPython.
 */
class CompilerErrorsTest {
    static final String[][] CASES = {
            {"return 1", "'return' outside function", "1:1-1:9"},
            {"x = 1\nbreak", "'break' outside loop", "2:1-2:6"},
            {"continue", "'continue' not properly in loop", "1:1-1:9"},
            {"for x in y:\n    def f():\n        break", "'break' outside loop", "3:9-3:14"},
            {"yield 1", "'yield' outside function", "1:1-1:8"},
            {"x = (yield)", "'yield' outside function", "1:6-1:11"},
            {"await x", "'await' outside function", "1:1-1:8"},
            {"def f():\n    await x", "'await' outside async function", "2:5-2:12"},
            {"def f():\n    yield from x\nasync def g():\n    yield from x", "'yield from' inside async function", "4:5-4:17"},
            {"def f():\n    async for x in y: pass", "'async for' outside async function", "2:5-2:27"},
            {"def f():\n    async with x: pass", "'async with' outside async function", "2:5-2:23"},
            {"def f():\n    return [x async for x in y]", "asynchronous comprehension outside of an asynchronous function", "2:12-2:32"},
            {"async def f():\n    yield 1\n    return 2", "'return' with value in async generator", "3:5-3:13"},
            {"*a = 1", "starred assignment target must be in a list or tuple", "1:1-1:3"},
            {"x = *a", "can't use starred expression here", "1:5-1:7"},
            {"a, *b, *c = d", "multiple starred expressions in assignment", "1:1-1:10"},
            {"f(a=1, a=2)", "keyword argument repeated: a", "1:8-1:11"},
            {"o.m(x=1, y=2, x=3)", "keyword argument repeated: x", "1:15-1:18"},
            {"try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass", "default 'except:' must be last", "3:1-4:9"},
            {"match x:\n    case a:\n        pass\n    case b:\n        pass", "name capture 'a' makes remaining patterns unreachable", "2:10-2:11"},
            {"match x:\n    case _:\n        pass\n    case 1:\n        pass", "wildcard makes remaining patterns unreachable", "2:10-2:11"},
            {"match x:\n    case [a, a]:\n        pass", "multiple assignments to name 'a' in pattern", "2:14-2:15"},
            {"match x:\n    case [a] | [b]:\n        pass", "alternative patterns bind different names", "2:17-2:18"},
            {"match x:\n    case {'a': 1, 'a': 2}:\n        pass", "mapping pattern checks duplicate key ('a')", "2:10-2:26"},
            {"match x:\n    case C(a=1, a=2):\n        pass", "attribute name repeated in class pattern: a", "2:19-2:20"},
            {"match x:\n    case [*a, *b]:\n        pass", "multiple starred names in sequence pattern", "2:10-2:18"},
            {"for x in y:\n    try:\n        pass\n    except* E:\n        break", "'break', 'continue' and 'return' cannot appear in an except* block", "5:9-5:14"},
            {"def f():\n    try:\n        pass\n    except* E:\n        return 1", "'break', 'continue' and 'return' cannot appear in an except* block", "5:16-5:17"},
            {"class C:\n    return 1", "'return' outside function", "2:5-2:13"},
            {"while x:\n    pass\nelse:\n    break", "'break' outside loop", "4:5-4:10"},
            {"from __future__ import annotations\n'doc'\nfrom __future__ import division",
                "from __future__ imports must occur at the beginning of the file", "3:1-3:32"},
    };

    @Test
    void compilerErrorsMatchCPython() {
        for (String[] c : CASES) {
            PythonSyntaxError e = assertThrows(PythonSyntaxError.class,
                () -> Compiler.compile(SourceFile.fromString(c[0], "<test>"), "<test>", Compiler.Mode.EXEC), c[0]);
            assertEquals(c[1], e.msg, c[0]);
            assertEquals(c[2], e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset, c[0]);
        }
    }

    @Test
    void tooManyStarredTargets() {
        StringBuilder src = new StringBuilder("[");
        for (int i = 0; i < 300; i++) src.append("a").append(i).append(", ");
        src.append("*r] = x");
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class,
            () -> Compiler.compile(SourceFile.fromString(src.toString(), "<t>"), "<t>", Compiler.Mode.EXEC));
        assertEquals("too many expressions in star-unpacking assignment", e.msg);
        assertEquals(1, e.offset);
    }

    @Test
    void validProgramsCompile() {
        for (String src : new String[] {"print(*a if b else c)", "a, *b, c = x, x", "async def f():\n    return [x async for x in y]"}) {
            CodeChecks.check(Compiler.compile(SourceFile.fromString(src, "<t>"), "<t>", Compiler.Mode.EXEC));
        }
    }
}
