package taipan.bytecode;

import java.util.ArrayList;
import java.util.List;
import taipan.ast.ConstantRepr;
import taipan.runtime.BinaryOp;
import taipan.runtime.CompareOp;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyComplex;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * Text listing of a {@link CodeObject}, in the manner of CPython's {@code dis.dis}:
 * one line per instruction (source line where a line starts, "&gt;&gt;" on jump
 * targets, index, opcode, operand and its meaning), the exception table (end
 * shown inclusive, as dis does), then every nested code object recursively.
 * Deterministic (no addresses), so listings can be compared as golden files.
 */
public final class Disassembler {
    private Disassembler() {}

    public static String disassemble(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        List<CodeObject> pending = new ArrayList<>();
        pending.add(code);
        boolean first = true;
        while (!pending.isEmpty()) {
            CodeObject co = pending.remove(0);
            if (!first) sb.append("\nDisassembly of ").append(co).append(":\n");
            first = false;
            one(sb, co);
            for (Object c : co.consts) if (c instanceof CodeObject nested) pending.add(nested);
        }
        return sb.toString();
    }

    private static void one(StringBuilder sb, CodeObject co) {
        boolean[] target = new boolean[co.code.length + 1];
        for (int ins : co.code) if (Opcode.of(ins).isJump()) target[Opcode.arg(ins)] = true;
        for (int i = 0; i < co.exceptionTable.length; i += CodeObject.EXCEPTION_ENTRY_SIZE) {
            target[co.exceptionTable[i + 2]] = true;
        }
        int lastLine = Integer.MIN_VALUE;
        for (int i = 0; i < co.code.length; i++) {
            int line = co.lineOf(i);
            String lineCol = "";
            if (line != lastLine) {
                if (i > 0) sb.append('\n');
                lineCol = line < 0 ? "None" : Integer.toString(line);
                lastLine = line;
            }
            Opcode op = Opcode.of(co.code[i]);
            int arg = Opcode.arg(co.code[i]);
            StringBuilder row = new StringBuilder();
            row.append(String.format("%4s %s %5d %s", lineCol, target[i] ? ">>" : "  ", i, op.name()));
            if (op.operand != Opcode.Operand.NONE) {
                while (row.length() < 40) row.append(' ');
                row.append(String.format(" %5d", arg));
                String meaning = meaning(co, op, arg);
                if (!meaning.isEmpty()) row.append(" (").append(meaning).append(')');
            }
            sb.append(row.toString().stripTrailing()).append('\n');
        }
        if (co.exceptionTable.length > 0) {
            sb.append("ExceptionTable:\n");
            for (int i = 0; i < co.exceptionTable.length; i += CodeObject.EXCEPTION_ENTRY_SIZE) {
                int[] t = co.exceptionTable;
                sb.append("  ").append(t[i]).append(" to ").append(t[i + 1] - 1).append(" -> ").append(t[i + 2])
                    .append(" [").append(t[i + 3]).append(']').append(t[i + 4] != 0 ? " lasti" : "").append('\n');
            }
        }
    }

    private static String meaning(CodeObject co, Opcode op, int arg) {
        return switch (op.operand) {
            case CONST -> repr(co.consts[arg]);
            case LOCAL -> co.varnames[arg];
            case CELL -> co.cellName(arg);
            case NAME -> co.names[arg];
            case JUMP -> "to " + arg;
            case BINARY_OP -> BinaryOp.of(arg).symbol;
            case COMPARE_OP -> CompareOp.of(arg).symbol;
            case FLAG -> switch (op) {
                case IS_OP -> arg == 0 ? "is" : "is not";
                case CONTAINS_OP -> arg == 0 ? "in" : "not in";
                default -> "";
            };
            case FORMAT -> {
                String conv = new String[] {"", "str", "repr", "ascii"}[arg & 3];
                String spec = (arg & 4) != 0 ? "with format" : "";
                yield conv.isEmpty() ? spec : spec.isEmpty() ? conv : conv + ", " + spec;
            }
            case MAKE_FUNCTION -> {
                List<String> parts = new ArrayList<>();
                if ((arg & 1) != 0) parts.add("defaults");
                if ((arg & 2) != 0) parts.add("kwdefaults");
                if ((arg & 4) != 0) parts.add("annotations");
                if ((arg & 8) != 0) parts.add("closure");
                yield String.join(", ", parts);
            }
            case UNPACK_EX -> (arg & 0xFF) + " before, " + (arg >> 8) + " after";
            default -> "";
        };
    }

    /**
     * {@code taipan --dis FILE...}: compiles each file (exec mode) and prints its listing,
     * preceded by "=== FILE" when there are several; a syntax error (or nesting too deep
     * to compile) prints CPython's "SyntaxError: ..." ("RecursionError: ...") line and makes
     * the status 1.
     */
    public static int disFiles(String[] files, java.io.PrintStream out) {
        int status = 0;
        for (String file : files) {
            if (files.length > 1) out.println("=== " + file);
            try {
                byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file));
                taipan.source.SourceFile source = taipan.source.SourceFile.fromBytes(bytes, file);
                out.print(disassemble(taipan.compiler.Compiler.compile(source, file,
                    taipan.compiler.Compiler.Mode.EXEC)));
            } catch (java.io.IOException e) {
                out.println("error: cannot read " + file + ": " + e.getMessage());
                status = 1;
            } catch (taipan.source.PythonSyntaxError e) {
                out.println(e.pythonLine());
                status = 1;
            } catch (taipan.compiler.CompilerRecursionError e) {
                out.println(e.pythonLine());
                status = 1;
            }
        }
        out.flush();
        return status;
    }

    /** The Python repr of a constant. */
    public static String repr(Object c) {
        if (c == Py.None) return "None";
        if (c == Py.Ellipsis) return "Ellipsis";
        if (c instanceof PyStr s) return ConstantRepr.repr(s.value());
        if (c instanceof PyBytes b) return ConstantRepr.repr(b.bytes);
        if (c instanceof PyComplex z) {
            String im = ConstantRepr.imaginaryRepr(z.imag);
            if (z.real == 0.0 && 1 / z.real > 0) return im;
            String re = ConstantRepr.imaginaryRepr(z.real);
            re = re.substring(0, re.length() - 1);
            return "(" + re + (im.startsWith("-") ? "" : "+") + im + ")";
        }
        if (c instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(t.items[i]));
            }
            return sb.append(t.items.length == 1 ? ",)" : ")").toString();
        }
        if (c instanceof CodeObject) return c.toString();
        return ConstantRepr.repr(c);
    }
}
