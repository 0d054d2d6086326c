package taipan.interpreter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import taipan.ast.Expr;
import taipan.ast.Mod;
import taipan.ast.Stmt;
import taipan.bytecode.CodeObject;
import taipan.parser.Parser;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.PyBaseException;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;
import taipan.runtime.PyTraceback;
import taipan.runtime.PyType;

/**
 * Formats an exception the way CPython 3.11's default excepthook does: the
 * chain of causes and contexts with their separator lines, each traceback
 * ("Traceback (most recent call last):", one entry per frame with the source
 * line and 3.11's {@code ~~~^^^} position markers, repeated frames collapsed),
 * SyntaxError's caret display, "Did you mean" suggestions and notes.
 */
public final class Tracebacks {
    private Tracebacks() {}

    private static final int RECURSIVE_CUTOFF = 3;
    private static final Map<String, List<String>> SOURCE_LINES = new HashMap<>();

    /** Remembers the text of a file that was compiled from memory (scripts, -c), for traceback lines. */
    public static synchronized void rememberSource(String filename, String text) {
        SOURCE_LINES.put(filename, List.of(text.split("\n", -1)));
    }

    private static synchronized String sourceLine(String filename, int line) {
        List<String> lines = SOURCE_LINES.get(filename);
        if (lines == null) {
            if (filename.startsWith("<")) {
                return null;
            }
            try {
                lines = List.of(new String(Files.readAllBytes(Path.of(filename)), StandardCharsets.UTF_8).split("\n", -1));
            } catch (IOException | RuntimeException e) {
                return null;
            }
            SOURCE_LINES.put(filename, lines);
        }
        if (line < 1 || line > lines.size()) {
            return null;
        }
        String l = lines.get(line - 1);
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }

    /** The full report for an uncaught exception. */
    public static String format(PyBaseException exc) {
        StringBuilder out = new StringBuilder();
        new GroupContext(out).format(exc);
        return out.toString();
    }

    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /**
     * CPython 3.11's traceback layout, exception groups included: each
     * sub-exception inside a numbered box, every line of a group's content
     * indented and prefixed with a margin.
     */
    private static final class GroupContext {
        final StringBuilder out;
        final Map<PyBaseException, Boolean> seen = new IdentityHashMap<>();
        int depth;
        boolean needClose;

        GroupContext(StringBuilder out) {
            this.out = out;
        }

        String indent() {
            return " ".repeat(2 * depth);
        }

        void emit(String text, char margin) {
            String prefix = indent() + (depth > 0 ? margin + " " : "");
            for (String line : text.split("(?<=\n)")) {
                if (!line.isEmpty()) {
                    out.append(prefix).append(line);
                }
            }
        }

        void emit(String text) {
            emit(text, '|');
        }

        void format(PyBaseException top) {
            java.util.List<Object[]> chain = new java.util.ArrayList<>();
            PyBaseException exc = top;
            while (exc != null && !seen.containsKey(exc)) {
                seen.put(exc, Boolean.TRUE);
                String msg = null;
                PyBaseException next = null;
                if (exc.cause != null) {
                    msg = "\nThe above exception was the direct cause of the following exception:\n\n";
                    next = exc.cause;
                } else if (exc.context != null && !exc.suppressContext) {
                    msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
                    next = exc.context;
                }
                chain.add(new Object[] {next != null && !seen.containsKey(next) ? msg : null, exc});
                exc = next;
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                String msg = (String) chain.get(i)[0];
                PyBaseException e = (PyBaseException) chain.get(i)[1];
                if (msg != null) {
                    emit(msg);
                }
                formatOne(e);
            }
        }

        private void formatOne(PyBaseException e) {
            StringBuilder part = new StringBuilder();
            Object[] subs = e.type.isSubtypeOf(Exceptions.BASE_EXCEPTION_GROUP) ? groupItems(e) : null;
            if (subs == null) {
                if (e.traceback != null) {
                    part.append("Traceback (most recent call last):\n");
                    formatTraceback(e.traceback, part);
                }
                formatExceptionOnly(e, part);
                emit(part.toString());
                return;
            }
            if (depth > MAX_GROUP_DEPTH) {
                emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
                return;
            }
            boolean topLevel = depth == 0;
            if (topLevel) {
                depth++;
            }
            if (e.traceback != null) {
                emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
                formatTraceback(e.traceback, part);
                emit(part.toString());
                part.setLength(0);
            }
            formatExceptionOnly(e, part);
            emit(part.toString());
            int n = subs.length <= MAX_GROUP_WIDTH ? subs.length : MAX_GROUP_WIDTH + 1;
            needClose = false;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                if (last) {
                    needClose = true;
                }
                boolean truncated = i >= MAX_GROUP_WIDTH;
                String title = truncated ? "..." : Integer.toString(i + 1);
                out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
                depth++;
                if (!truncated) {
                    format((PyBaseException) subs[i]);
                } else {
                    int remaining = subs.length - MAX_GROUP_WIDTH;
                    emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                }
                if (last && needClose) {
                    out.append(indent()).append("+------------------------------------\n");
                    needClose = false;
                }
                depth--;
            }
            if (topLevel) {
                depth = 0;
            }
        }
    }

    private static Object[] groupItems(PyBaseException e) {
        try {
            Object excs = Ops.getAttr(e, "exceptions");
            return excs instanceof taipan.runtime.PyTuple t ? t.items : null;
        } catch (PyException ignored) {
            return null;
        }
    }

    private static void formatTraceback(PyTraceback tb, StringBuilder out) {
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            Frame f = (Frame) t.frame;
            CodeObject code = f.code;
            int line = code.lineOf(t.lasti);
            if (code.filename.equals(lastFile) && line == lastLine && code.name.equals(lastName)) {
                count++;
                if (count > RECURSIVE_CUTOFF) {
                    continue;
                }
            } else {
                flushRepeats(out, count);
                lastFile = code.filename;
                lastLine = line;
                lastName = code.name;
                count = 1;
            }
            formatEntry(code, t.lasti, line, out);
        }
        flushRepeats(out, count);
    }

    private static void flushRepeats(StringBuilder out, int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            out.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
    }

    private static void formatEntry(CodeObject code, int lasti, int line, StringBuilder out) {
        out.append("  File \"").append(code.filename).append("\", line ").append(line < 0 ? "None" : line)
            .append(", in ").append(code.name).append('\n');
        String text = line < 0 ? null : sourceLine(code.filename, line);
        if (text == null || text.isBlank()) {
            return;
        }
        String stripped = text.strip();
        out.append("    ").append(stripped).append('\n');
        int[] pos = code.positions;
        int p = lasti * CodeObject.POSITION_SIZE;
        if (lasti < 0 || p + 3 >= pos.length) {
            return;
        }
        int endLine = pos[p + 1];
        int col = pos[p + 2];
        int endCol = pos[p + 3];
        if (col < 0 || endCol < 0) {
            return;
        }
        int leading = text.length() - text.stripLeading().length();
        int start = charOffset(text, col) + 1;
        int end;
        int[] anchors = null;
        if (endLine == line) {
            end = charOffset(text, endCol) + 1;
            if (start - 1 <= end - 1 && end - 1 <= text.length()) {
                anchors = anchors(text.substring(start - 1, end - 1));
            }
        } else {
            end = leading + stripped.length() + 1;
        }
        if (end - start < stripped.length() || anchors != null && anchors[1] - anchors[0] > 0) {
            StringBuilder marks = new StringBuilder("    ");
            marks.append(" ".repeat(Math.max(0, start - 1 - leading)));
            if (anchors != null) {
                marks.append("~".repeat(anchors[0]));
                marks.append("^".repeat(anchors[1] - anchors[0]));
                marks.append("~".repeat(Math.max(0, end - start - anchors[1])));
            } else {
                marks.append("^".repeat(Math.max(0, end - start)));
            }
            out.append(marks).append('\n');
        }
    }

    /** The character offset of a UTF-8 byte offset within {@code line}. */
    private static int charOffset(String line, int byteOffset) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        if (byteOffset >= b.length) {
            return line.length() + (byteOffset - b.length);
        }
        return new String(b, 0, byteOffset, StandardCharsets.UTF_8).length();
    }

    private static int end(Expr e) {
        return ((taipan.ast.Located) e).endColOffset();
    }

    private static int start(Expr e) {
        return ((taipan.ast.Located) e).colOffset();
    }

    /** CPython's caret anchors for a binary operation or a subscript segment: {left end, right start}, or null. */
    private static int[] anchors(String segment) {
        Mod.Module tree;
        try {
            tree = Parser.parseModule(segment.getBytes(StandardCharsets.UTF_8), "<segment>");
        } catch (RuntimeException e) {
            return null;
        }
        if (tree.body().size() != 1 || !(tree.body().get(0) instanceof Stmt.Expr es)) {
            return null;
        }
        Expr e = es.value();
        if (e instanceof Expr.BinOp b) {
            int opStart = charOffset(segment, end(b.left()));
            int opEnd = charOffset(segment, start(b.right()));
            String opStr = segment.substring(opStart, Math.min(opEnd, segment.length()));
            int opOffset = opStr.length() - opStr.stripLeading().length();
            int left = charOffset(segment, end(b.left())) + opOffset;
            int right = left + 1;
            if (opOffset + 1 < opStr.length() && !Character.isWhitespace(opStr.charAt(opOffset + 1))) {
                right++;
            }
            while (left < segment.length() && (Character.isWhitespace(segment.charAt(left)) || ")#".indexOf(segment.charAt(left)) >= 0)) {
                left++;
                right++;
            }
            return new int[] {left, right};
        }
        if (e instanceof Expr.Subscript s) {
            int left = charOffset(segment, end(s.value()));
            int right = charOffset(segment, end(s.slice())) + 1;
            while (left < segment.length() && segment.charAt(left) != '[') {
                left++;
            }
            while (right < segment.length() && segment.charAt(right) != ']') {
                right++;
            }
            if (right < segment.length()) {
                right++;
            }
            return new int[] {left, right};
        }
        return null;
    }

    /** The last part: "Type: message", SyntaxError's source display, suggestions, notes. */
    private static void formatExceptionOnly(PyBaseException exc, StringBuilder out) {
        PyType t = exc.type;
        String name = t.qualname();
        String module = t.moduleName();
        if (!module.equals("builtins") && !module.equals("__main__")) {
            name = module + "." + name;
        }
        if (t.isSubtypeOf(Exceptions.SYNTAX_ERROR)) {
            formatSyntaxError(exc, name, out);
        } else {
            String msg = safeStr(exc);
            out.append(msg.isEmpty() ? name : name + ": " + msg);
            String suggestion = suggestion(exc);
            if (suggestion != null) {
                out.append(". Did you mean: '").append(suggestion).append("'?");
            }
            out.append('\n');
        }
        Object notes = exc.attribute("__notes__");
        if (notes instanceof taipan.runtime.PyList l) {
            for (int i = 0; i < l.size; i++) {
                out.append(l.items[i] instanceof PyStr s ? s.value() : safeRepr(l.items[i])).append('\n');
            }
        }
    }

    private static String safeStr(Object o) {
        try {
            return Ops.strString(o);
        } catch (PyException e) {
            return "<exception str() failed>";
        }
    }

    private static String safeRepr(Object o) {
        try {
            return Ops.reprString(o);
        } catch (PyException e) {
            return "<note repr() failed>";
        }
    }

    private static void formatSyntaxError(PyBaseException exc, String name, StringBuilder out) {
        Object filename = exc.attribute("filename");
        Object lineno = exc.attribute("lineno");
        Object text = exc.attribute("text");
        Object offset = exc.attribute("offset");
        Object endOffset = exc.attribute("end_offset");
        Object endLineno = exc.attribute("end_lineno");
        Object msgObj = exc.attribute("msg");
        String msg = msgObj == null ? safeStr(exc) : safeStr(msgObj);
        if (lineno instanceof Long ln) {
            out.append("  File \"").append(filename instanceof PyStr f ? f.value() : "<string>").append("\", line ")
                .append(ln).append('\n');
        }
        if (text instanceof PyStr s) {
            long start = offset instanceof Long off ? off : -1;
            long end = endOffset instanceof Long eo ? eo : -1;
            byte[] line = s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (endLineno instanceof Long el && lineno instanceof Long ln && el > ln) {
                end = line.length;                                  // a multi-line range: to the end of the first
            }
            end = Math.min(end, line.length + 1);
            appendErrorText(line, start, end, out);
        }
        out.append(msg.isEmpty() ? name : name + ": " + msg).append('\n');
    }

    /**
     * CPython's print_error_text: the text without its leading whitespace (lines before the
     * one holding the offset skipped), then carets from the 1-based {@code offset} to
     * {@code endOffset} (at least one; none when the offset falls left of the text). Like
     * CPython, lengths are counted in UTF-8 bytes while offsets are used as given.
     */
    private static void appendErrorText(byte[] text, long offset, long endOffset, StringBuilder out) {
        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        long column = offset - 1;
        int from = 0;
        while (from < text.length && (text[from] == ' ' || text[from] == '\t' || text[from] == '\f')) {
            from++;
            column--;
        }
        int length = text.length - from;
        if (length > 0 && text[text.length - 1] == '\n') {
            length--;
        }
        column = Math.min(column, length);
        for (int nl = indexOf(text, from, (byte) '\n'); nl >= 0 && nl - from < column; nl = indexOf(text, from, (byte) '\n')) {
            int skipped = nl - from + 1;
            from += skipped;
            length -= skipped;
            column -= skipped;
        }
        out.append("    ").append(new String(text, from, text.length - from, java.nio.charset.StandardCharsets.UTF_8));
        if (from + length >= text.length || text[from + length] != '\n') {
            out.append('\n');
        }
        if (column >= 0) {
            out.append("    ").append(" ".repeat((int) column)).append("^".repeat((int) carets)).append('\n');
        }
    }

    private static int indexOf(byte[] b, int from, byte x) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static String suggestion(PyBaseException exc) {
        try {
            if (exc.type.isSubtypeOf(Exceptions.NAME_ERROR) && !exc.type.isSubtypeOf(Exceptions.UNBOUND_LOCAL_ERROR)) {
                Object name = exc.attribute("name");
                if (!(name instanceof PyStr n) || exc.traceback == null) {
                    return null;
                }
                PyTraceback last = exc.traceback;
                while (last.next != null) {
                    last = last.next;
                }
                return NameErrors.suggestName((Frame) last.frame, n.value());
            }
            if (exc.type.isSubtypeOf(Exceptions.ATTRIBUTE_ERROR)) {
                Object name = exc.attribute("name");
                Object obj = exc.attribute("obj");
                if (!(name instanceof PyStr n) || obj == null) {
                    return null;
                }
                List<String> candidates = new ArrayList<>();
                Object dir = Ops.call(Ops.getAttr(obj, "__dir__"));
                Object it = Ops.iter(dir);
                for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                    if (x instanceof PyStr s) {
                        candidates.add(s.value());
                    }
                }
                candidates.sort(PyStr::compareCodePoints); // dir()'s order, which decides ties
                return NameErrors.bestMatch(n.value(), candidates);
            }
        } catch (PyException e) {
            return null;
        }
        return null;
    }
}
