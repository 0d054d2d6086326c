package taipan.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import taipan.bytecode.CodeObject;
import taipan.bytecode.Opcode;

/**
 * Instruction emission for one code object: instructions with their source
 * positions, labels (absolute jump targets resolved at the end), the exception
 * handler in force for each instruction, and the constant/name/local tables.
 *
 * <p>Contract: {@link #finish} removes redundant NOPs (as CPython's optimizer:
 * a NOP stays only when it alone carries its line), resolves labels, gives
 * instructions without a location the location of the instruction before them,
 * turns per-instruction handlers into exception-table runs, and computes the
 * maximum stack depth by a flow analysis using {@link Opcode#stackEffect}; a
 * handler's depth is the stack depth where it was pushed plus its adjustment.
 * Inconsistent depths throw {@link IllegalStateException} (a compiler bug).
 */
final class CodeBuilder {
    /** A jump target; bound once to an instruction index. */
    static final class Label {
        int target = -1;
        /** A jump or handler refers to it (loop heads are marked when made: their jumps come later). */
        boolean used;
        private boolean loopHead;

        /** A label that backward jumps will target; bound where the code is dead, the loop is dead too. */
        static Label loopHead() {
            Label l = new Label();
            l.used = true;
            l.loopHead = true;
            return l;
        }
    }

    /** An exception handler: where it starts, the instruction whose depth fixes its depth, lasti flag. */
    static final class Handler {
        final Label label;
        final int setupIndex;
        final int depthAdjust;
        final boolean lasti;
        int depth = -1;

        Handler(Label label, int setupIndex, int depthAdjust, boolean lasti) {
            this.label = label;
            this.setupIndex = setupIndex;
            this.depthAdjust = depthAdjust;
            this.lasti = lasti;
        }
    }

    /** An immutable stack of handlers; the top is in force. */
    record Handlers(Handler top, Handlers below) {}

    private int[] ops = new int[64];
    private int[] args = new int[64];
    private Label[] jumps = new Label[64];
    private Handler[] handlerOf = new Handler[64];
    private int[] pos = new int[256];
    private int size;
    private int lastBound = -1;
    private int fallbackIndex = Integer.MAX_VALUE;
    private int[] fallback;

    private Handlers handlers;
    int line = -1, endLine = -1, col = -1, endCol = -1;

    private final Map<Object, Integer> constIndex = new HashMap<>();
    final List<Object> consts = new ArrayList<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();

    int size() {
        return size;
    }

    // ---- locations ----

    void setLocation(int line, int endLine, int col, int endCol) {
        this.line = line;
        this.endLine = endLine;
        this.col = col;
        this.endCol = endCol;
    }

    int[] saveLocation() {
        return new int[] {line, endLine, col, endCol};
    }

    void restoreLocation(int[] loc) {
        setLocation(loc[0], loc[1], loc[2], loc[3]);
    }

    void unsetLocation() {
        setLocation(-1, -1, -1, -1);
    }

    // ---- emission ----

    /** Appends an instruction; unreachable ones (after a terminal instruction, not a label target) are dropped. */
    boolean emit(Opcode op, int arg) {
        if (size > 0 && lastBound != size && isTerminal(Opcode.values()[ops[size - 1]])) return false;
        if (size == ops.length) {
            int n = size * 2;
            ops = Arrays.copyOf(ops, n);
            args = Arrays.copyOf(args, n);
            jumps = Arrays.copyOf(jumps, n);
            handlerOf = Arrays.copyOf(handlerOf, n);
            pos = Arrays.copyOf(pos, n * 4);
        }
        ops[size] = op.ordinal();
        args[size] = arg;
        handlerOf[size] = handlers == null ? null : handlers.top;
        pos[size * 4] = line;
        pos[size * 4 + 1] = endLine;
        pos[size * 4 + 2] = col;
        pos[size * 4 + 3] = endCol;
        size++;
        return true;
    }

    void emit(Opcode op) {
        emit(op, 0);
    }

    void emitJump(Opcode op, Label target) {
        if (emit(op, 0)) {
            jumps[size - 1] = target;
            target.used = true;
        }
    }

    /** An unconditional jump: JUMP_BACKWARD when the label is already bound, else JUMP_FORWARD. */
    void jump(Label target) {
        emitJump(target.target >= 0 ? Opcode.JUMP_BACKWARD : Opcode.JUMP_FORWARD, target);
    }

    void bind(Label label) {
        if (label.target >= 0) throw new IllegalStateException("label bound twice");
        boolean dead = size > 0 && lastBound != size && isTerminal(Opcode.values()[ops[size - 1]]);
        label.target = size;
        if (label.used && !(label.loopHead && dead)) lastBound = size;
    }

    /** The last emitted opcode ends the flow (return, raise, unconditional jump). */
    boolean lastIsTerminal() {
        if (size == 0 || lastBound == size) return false;
        return isTerminal(Opcode.values()[ops[size - 1]]);
    }

    private static boolean isTerminal(Opcode op) {
        return switch (op) {
            case RETURN_VALUE, RAISE_VARARGS, RERAISE, JUMP_FORWARD, JUMP_BACKWARD -> true;
            default -> false;
        };
    }

    // ---- handlers ----

    Handlers handlers() {
        return handlers;
    }

    void setHandlers(Handlers h) {
        handlers = h;
    }

    /** Pushes a handler (CPython's SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH) taking effect from the next instruction. */
    Handler pushHandler(Label label, boolean lasti, int depthAdjust) {
        Handler h = new Handler(label, size, depthAdjust, lasti);
        label.used = true;
        handlers = new Handlers(h, handlers);
        return h;
    }

    void pushHandler(Handler h) {
        handlers = new Handlers(h, handlers);
    }

    /** CPython's POP_BLOCK. */
    void popHandler() {
        handlers = handlers.below;
    }

    // ---- tables ----

    int addConst(Object value) {
        Object key = ConstKey.of(value);
        Integer i = constIndex.get(key);
        if (i != null) return i;
        consts.add(value);
        constIndex.put(key, consts.size() - 1);
        return consts.size() - 1;
    }

    int addName(String name) {
        return names.computeIfAbsent(name, k -> names.size());
    }

    int addVarname(String name) {
        return varnames.computeIfAbsent(name, k -> varnames.size());
    }

    // ---- assembly ----

    /** The assembled pieces of a code object. */
    record Assembled(int[] code, int[] positions, int[] exceptionTable, int maxStack, Object[] consts) {}

    Assembled finish() {
        for (int i = 0; i < size; i++) {
            if (ops[i] == Opcode.JUMP_FORWARD.ordinal() && jumps[i].target == i + 1) {
                ops[i] = Opcode.NOP.ordinal();
                jumps[i] = null;
            }
        }
        int[] newIndex = removeNops();
        propagateLocations(newIndex);
        int n = size;
        Object[] usedConsts = removeUnusedConsts();
        int[] code = new int[n];
        for (int i = 0; i < n; i++) {
            int arg = args[i];
            if (jumps[i] != null) arg = newIndex[jumps[i].target];
            code[i] = Opcode.values()[ops[i]].encode(arg);
        }
        Handler[] hs = Arrays.copyOf(handlerOf, n);
        int[] positions = Arrays.copyOf(pos, n * 4);
        int[] handlerTarget = new int[n];
        int[] handlerSetup = new int[n];
        for (int i = 0; i < n; i++) {
            if (hs[i] != null) {
                handlerTarget[i] = newIndex[hs[i].label.target];
                handlerSetup[i] = newIndex[hs[i].setupIndex];
            }
        }
        int maxStack = stackDepth(code, hs, handlerTarget, handlerSetup);
        List<Integer> table = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (hs[i] == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && hs[j + 1] == hs[i]) j++;
            if (hs[i].depth >= 0) {
                table.add(i);
                table.add(j + 1);
                table.add(handlerTarget[i]);
                table.add(hs[i].depth);
                table.add(hs[i].lasti ? 1 : 0);
            }
            i = j + 1;
        }
        return new Assembled(code, positions, table.stream().mapToInt(Integer::intValue).toArray(), maxStack,
            usedConsts);
    }

    /**
     * CPython's propagate_line_numbers: an instruction without a location takes the
     * location before it in its basic block; a block's first instruction takes its
     * only predecessor's (fallthrough or jump); exception handlers get none.
     */
    private void propagateLocations(int[] newIndex) {
        int n = size;
        int[] preds = new int[n + 1];
        boolean[] start = new boolean[n + 1];
        start[0] = true;
        for (int i = 0; i < n; i++) {
            Opcode op = Opcode.values()[ops[i]];
            if (jumps[i] != null) {
                preds[newIndex[jumps[i].target]]++;
                start[newIndex[jumps[i].target]] = true;
                start[i + 1] = true;
            }
            if (isTerminal(op)) start[i + 1] = true;
            else preds[i + 1]++;
        }
        boolean[] handlerEntry = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            Handler h = handlerOf[i];
            if (h != null) {
                handlerEntry[newIndex[h.label.target]] = true;
                start[newIndex[h.label.target]] = true;
            }
        }
        for (int i = 0; i <= n; i++) if (handlerEntry[i]) preds[i] += 2;
        int[] none = {-1, -1, -1, -1};
        int[] prev = none;
        for (int i = 0; i < n; i++) {
            if (pos[i * 4] < 0) System.arraycopy(prev, 0, pos, i * 4, 4);
            else prev = Arrays.copyOfRange(pos, i * 4, i * 4 + 4);
            Opcode op = Opcode.values()[ops[i]];
            if (!isTerminal(op) && i + 1 < n && preds[i + 1] == 1 && pos[(i + 1) * 4] < 0) {
                System.arraycopy(prev, 0, pos, (i + 1) * 4, 4);
            }
            if (jumps[i] != null) {
                int t = newIndex[jumps[i].target];
                if (t < n && preds[t] == 1 && pos[t * 4] < 0) System.arraycopy(prev, 0, pos, t * 4, 4);
            }
            if (i + 1 < n && start[i + 1]) prev = none;
        }
        int from = fallbackIndex <= newIndex.length - 1 ? newIndex[fallbackIndex] : n;
        for (int i = from; i < n && fallback != null; i++) {
            if (pos[i * 4] < 0) System.arraycopy(fallback, 0, pos, i * 4, 4);
        }
        // where CPython would have duplicated or threaded blocks: the location before, except in
        // handlers and unreachable code
        boolean noLine = false;
        for (int i = 0; i < n; i++) {
            if (start[i]) noLine = i > 0 && (preds[i] == 0 || handlerEntry[i] && preds[i] == 2);
            if (pos[i * 4] < 0 && !noLine && i > 0) System.arraycopy(pos, (i - 1) * 4, pos, i * 4, 4);
        }
    }

    /**
     * Makes the following instructions (the implicit return) artificial; where propagation
     * leaves them without a location they take the last emitted one.
     */
    void useLastLocation() {
        unsetLocation();
        fallbackIndex = size;
        for (int i = size - 1; i >= 0; i--) {
            if (pos[i * 4] >= 0) {
                fallback = Arrays.copyOfRange(pos, i * 4, i * 4 + 4);
                return;
            }
        }
    }

    /** CPython's remove_unused_consts: drops constants no instruction loads (constant 0 stays: the docstring slot). */
    private Object[] removeUnusedConsts() {
        boolean[] used = new boolean[consts.size()];
        if (used.length > 0) used[0] = true;
        for (int i = 0; i < size; i++) if (ops[i] == Opcode.LOAD_CONST.ordinal()) used[args[i]] = true;
        int[] map = new int[used.length];
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            if (used[i]) {
                map[i] = kept.size();
                kept.add(consts.get(i));
            }
        }
        for (int i = 0; i < size; i++) if (ops[i] == Opcode.LOAD_CONST.ordinal()) args[i] = map[args[i]];
        return kept.toArray();
    }

    /**
     * CPython's remove_redundant_nops, on the locations as emitted: a NOP goes when it has no
     * line, repeats the line before it in its block, or precedes an instruction of its block
     * with the same line or none (which then takes the NOP's location), or ends its block
     * before one starting on the same line. Returns old index → new index (length size + 1).
     */
    private int[] removeNops() {
        boolean[] start = new boolean[size + 1];
        start[0] = true;
        for (int i = 0; i < size; i++) {
            if (jumps[i] != null) {
                start[jumps[i].target] = true;
                start[i + 1] = true;
            }
            if (handlerOf[i] != null) start[handlerOf[i].label.target] = true;
            if (isTerminal(Opcode.values()[ops[i]])) start[i + 1] = true;
        }
        boolean[] drop = new boolean[size];
        int prevLine = -1;
        for (int i = 0; i < size; i++) {
            if (start[i]) prevLine = -1;
            int l = pos[i * 4];
            if (ops[i] == Opcode.NOP.ordinal()) {
                if (l < 0 || l == prevLine) {
                    drop[i] = true;
                } else if (i + 1 < size && !start[i + 1]) {
                    int next = pos[(i + 1) * 4];
                    if (next < 0) System.arraycopy(pos, i * 4, pos, (i + 1) * 4, 4);
                    drop[i] = next < 0 || next == l;
                } else if (i + 1 < size) {
                    drop[i] = pos[(i + 1) * 4] == l;
                }
            }
            if (!drop[i]) prevLine = l;
        }
        int[] newIndex = new int[size + 1];
        int k = 0;
        for (int i = 0; i < size; i++) {
            newIndex[i] = k;
            if (drop[i]) continue;
            ops[k] = ops[i];
            args[k] = args[i];
            jumps[k] = jumps[i];
            handlerOf[k] = handlerOf[i];
            System.arraycopy(pos, i * 4, pos, k * 4, 4);
            k++;
        }
        newIndex[size] = k;
        size = k;
        return newIndex;
    }

    private static int stackDepth(int[] code, Handler[] hs, int[] handlerTarget, int[] handlerSetup) {
        int n = code.length;
        int[] depth = new int[n + 1];
        Arrays.fill(depth, -1);
        int[] work = new int[n + 1];
        int top = 0;
        int max = 0;
        if (n == 0) return 0;
        depth[0] = 0;
        work[top++] = 0;
        while (top > 0) {
            int i = work[--top];
            int d = depth[i];
            Opcode op = Opcode.of(code[i]);
            int arg = Opcode.arg(code[i]);
            Handler h = hs[i];
            if (h != null) {
                int setupDepth = depth[handlerSetup[i]];
                if (setupDepth < 0) setupDepth = d;
                int hd = setupDepth + h.depthAdjust;
                if (h.depth < 0) h.depth = hd;
                int entry = h.depth + 1 + (h.lasti ? 1 : 0);
                max = Math.max(max, entry);
                top = flow(depth, work, top, handlerTarget[i], entry);
            }
            if (op.isJump()) {
                int jd = d + op.stackEffect(arg, true);
                max = Math.max(max, jd);
                top = flow(depth, work, top, arg, jd);
            }
            if (!isTerminal(op) && i + 1 <= n) {
                int nd = d + op.stackEffect(arg, false);
                if (nd < 0) throw new IllegalStateException("stack underflow at " + i + " " + op);
                max = Math.max(max, nd);
                if (i + 1 < n) top = flow(depth, work, top, i + 1, nd);
            }
        }
        return max;
    }

    private static int flow(int[] depth, int[] work, int top, int target, int d) {
        if (depth[target] < 0) {
            depth[target] = d;
            work[top++] = target;
        } else if (depth[target] != d) {
            throw new IllegalStateException("inconsistent stack depth at " + target + ": " + depth[target] + " vs " + d);
        }
        return top;
    }

    /**
     * Keys under which constants are deduplicated: equal Python values of the same
     * type (0, 0.0, False, -0.0 stay apart; tuples compare item-wise by key).
     */
    record ConstKey(Class<?> type, Object value) {
        static Object of(Object v) {
            if (v instanceof Double d) return new ConstKey(Double.class, Double.doubleToRawLongBits(d));
            if (v instanceof taipan.runtime.PyStr s) return new ConstKey(String.class, s.value());
            if (v instanceof taipan.runtime.PyBytes b) return new ConstKey(byte[].class, Arrays.toString(b.bytes));
            if (v instanceof taipan.runtime.PyComplex c) {
                return new ConstKey(c.getClass(), List.of(Double.doubleToRawLongBits(c.real),
                    Double.doubleToRawLongBits(c.imag)));
            }
            if (v instanceof taipan.runtime.PyTuple t) {
                List<Object> keys = new ArrayList<>();
                for (Object o : t.items) keys.add(of(o));
                return new ConstKey(t.getClass(), keys);
            }
            if (v instanceof CodeObject) return new ConstKey(CodeObject.class, new Identity(v));
            return new ConstKey(v.getClass(), v);
        }
    }

    /** Identity-compared wrapper. */
    record Identity(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }
}
