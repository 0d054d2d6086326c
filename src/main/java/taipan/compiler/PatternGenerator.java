package taipan.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import taipan.ast.CmpOpKind;
import taipan.ast.Expr;
import taipan.ast.MatchCase;
import taipan.ast.Pattern;
import taipan.ast.Stmt;
import taipan.bytecode.Opcode;
import taipan.compiler.CodeBuilder.Label;
import taipan.runtime.BinaryOp;
import taipan.source.SourceFile;

/**
 * Match statements, mirroring CPython 3.11's pattern compiler: each case runs
 * its pattern against (a copy of) the subject; captured values are kept on the
 * stack beneath the items still needed ("on top") and stored only once the
 * whole pattern matched; a failing check jumps to a chain of POP_TOPs that
 * discards exactly what is on the stack at that point. Raises CPython's
 * compile-time pattern errors (duplicate or differing names, unreachable
 * patterns, invalid mapping keys, repeated class attributes).
 */
abstract class PatternGenerator extends ExpressionGenerator {
    PatternGenerator(SymbolTable table, SourceFile source, String filename, boolean interactive) {
        super(table, source, filename, interactive);
    }

    abstract void visitAllStmts(List<Stmt> stmts);

    /** CPython's pattern_context. */
    private static final class Context {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Label> failPop = new ArrayList<>();
        int onTop;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs as && as.pattern() == null && as.name() == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    void match(Stmt.Match s) {
        visit(s.subject());
        Label end = new Label();
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        boolean hasDefault = isWildcard(cases.get(n - 1).pattern()) && n > 1;
        int last = n - (hasDefault ? 1 : 0) - 1;
        for (int i = 0; i <= last; i++) {
            MatchCase m = cases.get(i);
            setLoc((taipan.ast.Located) m.pattern());
            if (i != last) b.emit(Opcode.COPY, 1);
            Context pc = new Context();
            pc.allowIrrefutable = m.guard() != null || i == n - 1;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) nameOp(name, Ctx.STORE);
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                jumpIf(m.guard(), pc.failPop.get(0), false);
            }
            if (i != last) b.emit(Opcode.POP_TOP);
            visitAllStmts(m.body());
            b.jump(end);
            setLoc((taipan.ast.Located) m.pattern());
            emitAndResetFailPop(pc);
        }
        if (hasDefault) {
            MatchCase m = cases.get(n - 1);
            setLoc((taipan.ast.Located) m.pattern());
            b.emit(n == 1 ? Opcode.POP_TOP : Opcode.NOP);
            if (m.guard() != null) jumpIf(m.guard(), end, false);
            visitAllStmts(m.body());
        }
        b.bind(end);
    }

    private void ensureFailPop(Context pc, int n) {
        while (pc.failPop.size() <= n) pc.failPop.add(new Label());
    }

    private void jumpToFailPop(Context pc, Opcode op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        if (op == Opcode.JUMP_FORWARD) b.jump(pc.failPop.get(pops));
        else b.emitJump(op, pc.failPop.get(pops));
    }

    private void emitAndResetFailPop(Context pc) {
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            b.bind(pc.failPop.get(i));
            b.emit(Opcode.POP_TOP);
        }
        if (!pc.failPop.isEmpty()) b.bind(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(int count) {
        while (count > 1) b.emit(Opcode.SWAP, count--);
    }

    private void storeName(String name, Context pc) {
        if (name == null) {
            b.emit(Opcode.POP_TOP);
            return;
        }
        if (pc.stores.contains(name)) throw error("multiple assignments to name '" + name + "' in pattern");
        rotate(pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void subpattern(Pattern p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void pattern(Pattern p, Context pc) {
        setLoc((taipan.ast.Located) p);
        switch (p) {
            case Pattern.MatchValue v -> {
                Expr value = v.value();
                if (!(value instanceof Expr.Constant || value instanceof Expr.Attribute)
                        && constValue(value) == NOT_CONST) {
                    throw error("patterns may only match literals and attribute lookups");
                }
                visit(value);
                compareOp(CmpOpKind.Eq);
                jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSingleton s -> {
                loadConst(constant(s.value()));
                compareOp(CmpOpKind.Is);
                jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSequence s -> sequence(s.patterns(), pc);
            case Pattern.MatchMapping m -> mapping(m, pc);
            case Pattern.MatchClass c -> classPattern(c, pc);
            case Pattern.MatchStar s -> storeName(s.name(), pc);
            case Pattern.MatchAs as -> {
                if (as.pattern() == null) {
                    if (!pc.allowIrrefutable) {
                        if (as.name() != null) {
                            throw error("name capture '" + as.name() + "' makes remaining patterns unreachable");
                        }
                        throw error("wildcard makes remaining patterns unreachable");
                    }
                    storeName(as.name(), pc);
                    return;
                }
                pc.onTop++;
                b.emit(Opcode.COPY, 1);
                pattern(as.pattern(), pc);
                pc.onTop--;
                storeName(as.name(), pc);
            }
            case Pattern.MatchOr or -> orPattern(or, pc);
        }
    }

    private void sequence(List<Pattern> patterns, Context pc) {
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern q = patterns.get(i);
            if (q instanceof Pattern.MatchStar) {
                if (star >= 0) throw error("multiple starred names in sequence pattern");
                starWildcard = isStarWildcard(q);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(q);
        }
        pc.onTop++;
        b.emit(Opcode.MATCH_SEQUENCE);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        if (star < 0) {
            b.emit(Opcode.GET_LEN);
            loadConst((long) size);
            compareOp(CmpOpKind.Eq);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (size - 1 != 0) {
            b.emit(Opcode.GET_LEN);
            loadConst((long) (size - 1));
            compareOp(CmpOpKind.GtE);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            b.emit(Opcode.POP_TOP);
        } else if (starWildcard) {
            sequenceSubscr(patterns, star, pc);
        } else {
            sequenceUnpack(patterns, pc);
        }
    }

    private void sequenceUnpack(List<Pattern> patterns, Context pc) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (patterns.get(i) instanceof Pattern.MatchStar && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking sequence pattern");
                }
                b.emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) b.emit(Opcode.UNPACK_SEQUENCE, n);
        pc.onTop += n;
        for (Pattern q : patterns) {
            pc.onTop--;
            subpattern(q, pc);
        }
    }

    private void sequenceSubscr(List<Pattern> patterns, int star, Context pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern q = patterns.get(i);
            if (isWildcard(q) || i == star) continue;
            b.emit(Opcode.COPY, 1);
            if (i < star) {
                loadConst((long) i);
            } else {
                b.emit(Opcode.GET_LEN);
                loadConst((long) (size - i));
                b.emit(Opcode.BINARY_OP, BinaryOp.SUB.ordinal());
            }
            b.emit(Opcode.BINARY_SUBSCR);
            subpattern(q, pc);
        }
        pc.onTop--;
        b.emit(Opcode.POP_TOP);
    }

    private void mapping(Pattern.MatchMapping p, Context pc) {
        List<Expr> keys = p.keys();
        int size = keys.size();
        pc.onTop++;
        b.emit(Opcode.MATCH_MAPPING);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        if (size == 0 && p.rest() == null) {
            pc.onTop--;
            b.emit(Opcode.POP_TOP);
            return;
        }
        if (size > 0) {
            b.emit(Opcode.GET_LEN);
            loadConst((long) size);
            compareOp(CmpOpKind.GtE);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        }
        Set<Object> seen = new HashSet<>();
        for (Expr key : keys) {
            Object k = constValue(key);
            if (k != NOT_CONST) {
                if (!seen.add(CodeBuilder.ConstKey.of(numericKey(k)))) {
                    throw error("mapping pattern checks duplicate key (" + taipan.bytecode.Disassembler.repr(k) + ")");
                }
            } else if (!(key instanceof Expr.Attribute)) {
                throw error("mapping pattern keys may only match literals and attribute lookups");
            }
        }
        Object folded = constValue(new Expr.Tuple(keys, taipan.ast.ExprContext.Load, 0, 0, 0, 0));
        if (folded != NOT_CONST) {
            loadConst(folded);
        } else {
            visitAll(keys);
            b.emit(Opcode.BUILD_TUPLE, size);
        }
        b.emit(Opcode.MATCH_KEYS);
        pc.onTop += 2;
        b.emit(Opcode.COPY, 1);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_NONE);
        b.emit(Opcode.UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (Pattern q : p.patterns()) {
            pc.onTop--;
            subpattern(q, pc);
        }
        pc.onTop--;
        if (p.rest() != null) {
            b.emit(Opcode.COPY_DICT_WITHOUT_KEYS);
            storeName(p.rest(), pc);
        } else {
            b.emit(Opcode.POP_TOP);
        }
        pc.onTop--;
        b.emit(Opcode.POP_TOP);
    }

    /** Keys equal in Python compare equal here too (1, 1.0 and True are one key). */
    private static Object numericKey(Object k) {
        if (k instanceof Boolean bo) return bo ? 1L : 0L;
        if (k instanceof taipan.runtime.PyComplex c && c.imag == 0.0) {
            return numericKey(c.real);             // 0j == 0 == 0.0: the same key
        }
        if (k instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9e18) {
            return (long) (double) d;
        }
        return k;
    }

    private void classPattern(Pattern.MatchClass p, Context pc) {
        List<Pattern> patterns = p.patterns();
        List<String> attrs = p.kwdAttrs();
        List<Pattern> kwdPatterns = p.kwdPatterns();
        int nargs = patterns.size();
        int nattrs = attrs.size();
        if (nattrs > 0) {
            for (int i = 0; i < nattrs; i++) {
                for (int j = i + 1; j < nattrs; j++) {
                    if (attrs.get(i).equals(attrs.get(j))) {
                        setLoc((taipan.ast.Located) kwdPatterns.get(j));
                        throw error("attribute name repeated in class pattern: " + attrs.get(i));
                    }
                }
            }
            setLoc(p);
        }
        visit(p.cls());
        loadConst(strTuple(attrs));
        b.emit(Opcode.MATCH_CLASS, nargs);
        b.emit(Opcode.COPY, 1);
        pc.onTop++;
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_NONE);
        b.emit(Opcode.UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern q = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(q)) {
                b.emit(Opcode.POP_TOP);
                continue;
            }
            subpattern(q, pc);
        }
    }

    private void orPattern(Pattern.MatchOr p, Context pc) {
        Label end = new Label();
        int size = p.patterns().size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Label> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = p.patterns().get(i);
            setLoc((taipan.ast.Located) alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            b.emit(Opcode.COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw error("alternative patterns bind different names");
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) throw error("alternative patterns bind different names");
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) rotate(icontrol + 1);
                    }
                }
            }
            b.jump(end);
            emitAndResetFailPop(pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        b.emit(Opcode.POP_TOP);
        jumpToFailPop(pc, Opcode.JUMP_FORWARD);
        b.bind(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) throw error("multiple assignments to name '" + name + "' in pattern");
            pc.stores.add(name);
        }
        b.emit(Opcode.POP_TOP);
    }
}
