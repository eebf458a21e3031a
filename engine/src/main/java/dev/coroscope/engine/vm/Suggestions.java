package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.*;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean" hints CPython 3.11 adds to NameError and AttributeError messages: the
 * closest candidate name by a Levenshtein distance where a case change costs 1 and any other edit
 * 2, accepting at most a third of the characters changed.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The suffix to print after the message, or "". */
    static String forException(PyBaseException exc) {
        try {
            String s = null;
            // CPython 3.11 offers suggestions for exactly these two types, not their subclasses
            // (no "Did you mean" for UnboundLocalError).
            if (exc.getType() == Exc.AttributeError) s = forAttribute(exc);
            else if (exc.getType() == Exc.NameError) s = forName(exc);
            return s == null ? "" : ". Did you mean: '" + s + "'?";
        } catch (PyError e) {
            return "";
        }
    }

    private static String forAttribute(PyBaseException exc) {
        PyObject name = exc.attr("name"), obj = exc.attr("obj");
        if (!(name instanceof PyStr n) || obj == null) return null;
        List<String> dir = new ArrayList<>();
        for (PyObject o : Ops.toList(Builtins.dirOf(obj))) dir.add(Ops.str(o));
        dir.sort(PyStr::compareCodePoints);
        return calculate(dir, n.value());
    }

    private static String forName(PyBaseException exc) {
        PyObject name = exc.attr("name");
        if (!(name instanceof PyStr n) || exc.traceback == null) return null;
        PyTraceback tb = exc.traceback;
        while (tb.next != null) tb = tb.next;
        Frame f = (Frame) tb.frame;
        List<String> locals = new ArrayList<>();
        for (int i = 0; i < f.code.nvarnames; i++) locals.add(f.code.localsplusNames[i].value());
        String s = calculate(locals, n.value());
        if (s != null) return s;
        s = calculate(keys(f.globals), n.value());
        if (s != null) return s;
        return calculate(keys(f.builtins), n.value());
    }

    private static List<String> keys(PyDict d) {
        List<String> out = new ArrayList<>();
        for (PyObject k : d.keyList()) if (k instanceof PyStr s) out.add(s.value());
        return out;
    }

    static String calculate(List<String> dir, String name) {
        if (dir.size() >= MAX_CANDIDATE_ITEMS) return null;
        byte[] nb = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int best = Integer.MAX_VALUE;
        String suggestion = null;
        for (String item : dir) {
            if (item.equals(name)) continue;
            byte[] ib = item.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int max = (nb.length + ib.length + 3) * MOVE_COST / 6;
            max = Math.min(max, best - 1);
            int d = distance(nb, ib, max);
            if (d > max) continue;
            if (suggestion == null || d < best) {
                suggestion = item;
                best = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
        if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
        return a == b ? CASE_COST : MOVE_COST;
    }

    static int distance(byte[] a0, byte[] b0, int maxCost) {
        int as = 0, ae = a0.length, bs = 0, be = b0.length;
        while (as < ae && bs < be && a0[as] == b0[bs]) {
            as++;
            bs++;
        }
        while (as < ae && bs < be && a0[ae - 1] == b0[be - 1]) {
            ae--;
            be--;
        }
        int aSize = ae - as, bSize = be - bs;
        if (aSize == 0 || bSize == 0) return (aSize + bSize) * MOVE_COST;
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
        byte[] a = java.util.Arrays.copyOfRange(a0, as, ae);
        byte[] b = java.util.Arrays.copyOfRange(b0, bs, be);
        if (b.length < a.length) {
            byte[] t = a;
            a = b;
            b = t;
        }
        if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
        int[] buffer = new int[a.length];
        int tmp = MOVE_COST;
        for (int i = 0; i < a.length; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < b.length; bi++) {
            byte code = b[bi];
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < a.length; index++) {
                int substitute = distance + substitutionCost(code, a[index]);
                distance = buffer[index];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
