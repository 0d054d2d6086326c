package taipan.interpreter;

import java.util.ArrayList;
import java.util.List;
import taipan.runtime.ExceptionMethods;
import taipan.runtime.Exceptions;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;

/**
 * NameError for an undefined name, and CPython 3.11's "Did you mean" suggestion
 * (shown only when a traceback is printed): the closest name by CPython's
 * Levenshtein-style cost among the frame's locals, globals and builtins.
 */
final class NameErrors {
    private NameErrors() {}

    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;

    static PyException notDefined(Frame f, String name) {
        PyException e = Exceptions.error(Exceptions.NAME_ERROR, "name '" + name + "' is not defined");
        ExceptionMethods.setField(e.value, "name", PyStr.of(name));
        return e;
    }

    /** The suggestion for an unknown name seen from frame {@code f}, or null. */
    static String suggestName(Frame f, String name) {
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < f.code.varnames.length; i++) {
            if (f.fast[i] != null) {
                candidates.add(f.code.varnames[i]);
            }
        }
        if (f.locals instanceof PyDict d) {
            addKeys(candidates, d);
        }
        String s = bestMatch(name, candidates);
        if (s != null) {
            return s;
        }
        candidates.clear();
        addKeys(candidates, f.globals);
        s = bestMatch(name, candidates);
        if (s != null) {
            return s;
        }
        candidates.clear();
        addKeys(candidates, f.builtins);
        return bestMatch(name, candidates);
    }

    private static void addKeys(List<String> out, PyDict d) {
        for (int i = 0; i < d.entryLimit(); i++) {
            if (d.keyAt(i) instanceof PyStr k) {
                out.add(k.value());
            }
        }
    }

    /** CPython's calculate_suggestions: the candidate with the least edit cost within the allowed distance. */
    static String bestMatch(String name, List<String> candidates) {
        if (candidates.size() > MAX_CANDIDATE_ITEMS || name.length() > MAX_STRING_SIZE) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equals(name) || c.length() > MAX_STRING_SIZE) {
                continue;
            }
            int maxDistance = (name.length() + c.length() + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            int d = distance(name, c, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (best == null || d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (Character.toLowerCase(a) == Character.toLowerCase(b)) {
            return CASE_COST;
        }
        return MOVE_COST;
    }

    private static int distance(String a, String b, int maxCost) {
        int pre = 0;
        while (pre < a.length() && pre < b.length() && a.charAt(pre) == b.charAt(pre)) {
            pre++;
        }
        a = a.substring(pre);
        b = b.substring(pre);
        int suf = 0;
        while (suf < a.length() && suf < b.length() && a.charAt(a.length() - 1 - suf) == b.charAt(b.length() - 1 - suf)) {
            suf++;
        }
        a = a.substring(0, a.length() - suf);
        b = b.substring(0, b.length() - suf);
        if (a.isEmpty() || b.isEmpty()) {
            return (a.length() + b.length()) * MOVE_COST;
        }
        if (Math.abs(a.length() - b.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        if (b.length() < a.length()) {
            String t = a;
            a = b;
            b = t;
        }
        int[] buffer = new int[a.length()];
        for (int i = 0; i < a.length(); i++) {
            buffer[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bIndex = 0; bIndex < b.length(); bIndex++) {
            char code = b.charAt(bIndex);
            int distance = result = bIndex * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < a.length(); index++) {
                int substitute = distance + substitutionCost(code, a.charAt(index));
                distance = buffer[index];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
