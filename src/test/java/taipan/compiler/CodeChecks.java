package taipan.compiler;

import taipan.bytecode.CodeObject;
import taipan.bytecode.Opcode;

/**
 * Structural checks of a compiled code object and its nested code objects:
 * jump targets and handlers inside the code, exception-table entries well
 * formed with depths below maxStack, one position per instruction, operands
 * within their tables. Throws AssertionError naming the code object.
 */
final class CodeChecks {
    private CodeChecks() {}

    /** Checks co and its nested code objects; returns how many code objects were checked. */
    static int check(CodeObject co) {
        int n = co.code.length;
        String where = co.qualname + " (" + co.filename + ":" + co.firstlineno + ")";
        require(n > 0, where, "empty code");
        require(co.positions.length == n * CodeObject.POSITION_SIZE, where, "positions length");
        int cells = co.cellvars.length + co.freevars.length;
        for (int i = 0; i < n; i++) {
            Opcode op = Opcode.of(co.code[i]);
            int arg = Opcode.arg(co.code[i]);
            switch (op.operand) {
                case JUMP -> require(arg < n, where, "jump out of range at " + i);
                case CONST -> require(arg < co.consts.length, where, "const index at " + i);
                case NAME -> require(arg < co.names.length, where, "name index at " + i);
                case LOCAL -> require(arg < co.varnames.length, where, "local index at " + i);
                case CELL -> require(arg < cells, where, "cell index at " + i);
                default -> { }
            }
        }
        Opcode last = Opcode.of(co.code[n - 1]);
        require(last == Opcode.RETURN_VALUE || last == Opcode.RERAISE || last == Opcode.RAISE_VARARGS
            || last == Opcode.JUMP_BACKWARD || last == Opcode.JUMP_FORWARD, where, "code falls off the end");
        int[] t = co.exceptionTable;
        require(t.length % CodeObject.EXCEPTION_ENTRY_SIZE == 0, where, "table length");
        for (int i = 0; i < t.length; i += CodeObject.EXCEPTION_ENTRY_SIZE) {
            require(0 <= t[i] && t[i] < t[i + 1] && t[i + 1] <= n, where, "entry range " + t[i] + ".." + t[i + 1]);
            require(0 <= t[i + 2] && t[i + 2] < n, where, "handler out of range " + t[i + 2]);
            require(t[i + 3] >= 0 && t[i + 3] + 1 + t[i + 4] <= co.maxStack, where, "handler depth " + t[i + 3]);
            require(t[i + 4] == 0 || t[i + 4] == 1, where, "lasti flag");
        }
        require(co.consts.length > 0 || (co.flags & CodeObject.CO_OPTIMIZED) == 0, where, "function without consts[0]");
        int count = 1;
        for (Object c : co.consts) if (c instanceof CodeObject nested) count += check(nested);
        return count;
    }

    private static void require(boolean ok, String where, String what) {
        if (!ok) throw new AssertionError(where + ": " + what);
    }
}
