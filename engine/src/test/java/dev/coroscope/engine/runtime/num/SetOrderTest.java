package dev.coroscope.engine.runtime.num;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Set and dict iteration order after operation sequences, against CPython (gen_sets.py). Each
 * scenario replays the Python operations on {@link SetTable}/{@link DictTable} the way the class
 * comment of SetTable tells the VM to.
 */
class SetOrderTest {
    private static final KeyEquality<Object> EQ = PyLiteral::pyEquals;
    private static final java.util.Set<String> DICT_OPS = java.util.Set.of("dset", "ddel", "dpop", "dpopitem",
            "dsetdefault", "dcopy", "dclear");

    private static SetTable<Object> newSet() {
        return new SetTable<>(EQ);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> items(String literal) {
        return (List<Object>) PyLiteral.parse(literal);
    }

    private static SetTable<Object> fromItems(List<Object> items) {
        SetTable<Object> t = newSet();
        for (Object k : items) {
            t.add(k, PyLiteral.hash(k));
        }
        return t;
    }

    private static String list(SetTable<Object> t) {
        List<String> parts = new ArrayList<>();
        for (int i = t.next(0); i >= 0; i = t.next(i + 1)) {
            parts.add(PyLiteral.repr(t.keyAt(i)));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private static String list(DictTable<Object, Object> d) {
        List<String> parts = new ArrayList<>();
        for (int i = d.next(0); i >= 0; i = d.next(i + 1)) {
            parts.add("(" + PyLiteral.repr(d.keyAt(i)) + ", " + PyLiteral.repr(d.valueAt(i)) + ")");
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private static Iterator<Object> iter(String literal) {
        return items(literal).iterator();
    }

    /** Replays one step on the named sets; returns the outcome text. */
    private static String step(Map<String, SetTable<Object>> sets, Golden.Row r) {
        String target = r.get(1);
        String op = r.get(2);
        String a1 = r.get(3);
        String a2 = r.get(4);
        SetTable<Object> s = sets.get(target);
        String prefix = "";
        switch (op) {
            case "lit" -> {
                List<Object> it = items(a1);
                if (it.size() > 2) {
                    // The compiler folds the items into a frozenset, then rebuilds that frozenset
                    // from its own iteration order when it stores the constant.
                    SetTable<Object> folded = fromItems(it);
                    SetTable<Object> constant = newSet();
                    for (int i = folded.next(0); i >= 0; i = folded.next(i + 1)) {
                        constant.add(folded.keyAt(i), folded.hashAt(i));
                    }
                    s = newSet();
                    s.update(constant);
                } else {
                    s = fromItems(it);
                }
            }
            case "dyn", "fromlist", "comp" -> s = fromItems(items(a1));
            case "fromdict" -> {
                DictTable<Object, Object> d = new DictTable<>(EQ);
                for (Object k : items(a1)) {
                    d.put(k, PyLiteral.hash(k), PyLiteral.NONE);
                }
                s = newSet();
                s.updateFromDict(d);
            }
            case "add" -> {
                Object k = items(a1).get(0);
                s.add(k, PyLiteral.hash(k));
            }
            case "discard" -> {
                Object k = items(a1).get(0);
                s.discard(k, PyLiteral.hash(k));
            }
            case "pop" -> prefix = PyLiteral.repr(s.pop()) + " -> ";
            case "clear" -> s.clear();
            case "update_set", "ior" -> s.update(sets.get(a1));
            case "update_list" -> {
                for (Object k : items(a1)) {
                    s.add(k, PyLiteral.hash(k));
                }
            }
            case "diffupd" -> s.differenceUpdate(iter(a1), PyLiteral::hash);
            case "symupd" -> s.symmetricDifferenceUpdate(fromItems(items(a1)));
            case "iand" -> s.replaceContents(s.intersection(sets.get(a1)));
            case "isub" -> s.differenceUpdate(sets.get(a1));
            case "ixor" -> s.symmetricDifferenceUpdate(sets.get(a1));
            case "or" -> {
                s = sets.get(a1).copy();
                if (sets.get(a1) != sets.get(a2)) {
                    s.update(sets.get(a2));
                }
            }
            case "and" -> s = sets.get(a1).intersection(sets.get(a2));
            case "sub" -> s = sets.get(a1).difference(sets.get(a2));
            case "xor" -> {
                s = sets.get(a2).copy();
                s.symmetricDifferenceUpdate(sets.get(a1));
            }
            case "copy", "copyset" -> s = sets.get(a1).copy();
            case "inter_list" -> s = sets.get(a1).intersection(iter(a2), PyLiteral::hash);
            case "diff_list" -> {
                s = sets.get(a1).copy();
                s.differenceUpdate(iter(a2), PyLiteral::hash);
            }
            default -> throw new IllegalStateException(op);
        }
        sets.put(target, s);
        return prefix + list(s);
    }

    private static String dictStep(DictTable<Object, Object>[] holder, Golden.Row r) {
        DictTable<Object, Object> d = holder[0];
        String op = r.get(2);
        String prefix = "";
        Object k = r.get(3).isEmpty() ? null : items(r.get(3)).get(0);
        long h = k == null ? 0 : PyLiteral.hash(k);
        switch (op) {
            case "dset" -> d.put(k, h, new java.math.BigInteger(r.get(4)));
            case "ddel" -> d.remove(k, h);
            case "dpop" -> {
                Object v = d.remove(k, h);
                prefix = PyLiteral.repr(v == null ? PyLiteral.NONE : v) + " -> ";
            }
            case "dpopitem" -> {
                int pos = d.lastEntry();
                prefix = "(" + PyLiteral.repr(d.keyAt(pos)) + ", " + PyLiteral.repr(d.valueAt(pos)) + ") -> ";
                d.removeLast(pos);
            }
            case "dsetdefault" -> {
                Object v = d.get(k, h);
                if (v == null) {
                    v = new java.math.BigInteger(r.get(4));
                    d.put(k, h, v);
                }
                prefix = PyLiteral.repr(v) + " -> ";
            }
            case "dcopy" -> holder[0] = d.copy();
            case "dclear" -> d.clear();
            default -> throw new IllegalStateException(op);
        }
        return prefix + list(holder[0]);
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> iteration_order_matches_cpython() {
        Golden.Mismatches sets = new Golden.Mismatches();
        Golden.Mismatches dicts = new Golden.Mismatches();
        Map<String, Map<String, SetTable<Object>>> setState = new HashMap<>();
        Map<String, DictTable<Object, Object>[]> dictState = new LinkedHashMap<>();
        for (Golden.Row row : Golden.read("sets.txt")) {
            String scenario = row.get(0);
            String expected = "=" + row.get(5);
            if (DICT_OPS.contains(row.get(2))) {
                DictTable<Object, Object>[] holder = dictState.computeIfAbsent(scenario,
                        k -> new DictTable[] {new DictTable<>(EQ)});
                dicts.check(row, expected, Golden.outcome(() -> dictStep(holder, row)));
            } else {
                Map<String, SetTable<Object>> state = setState.computeIfAbsent(scenario, k -> new HashMap<>());
                sets.check(row, expected, Golden.outcome(() -> step(state, row)));
            }
        }
        return Stream.of(DynamicTest.dynamicTest("set iteration order", sets::assertNone),
                DynamicTest.dynamicTest("dict iteration order", dicts::assertNone));
    }
}
