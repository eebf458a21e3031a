package dev.coroscope.engine.runtime.num;

import dev.coroscope.engine.runtime.text.PythonError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Equality callbacks that mutate the table or raise, against CPython (gen_mutation.py): the same
 * comparisons happen in the same order, searches restart after a mutation, and exceptions leave
 * the table as CPython leaves it.
 */
class TableMutationTest {
    /** A key like the Python scenarios' K: a chosen hash, a name, and a one-shot action in __eq__. */
    static final class K {
        final long hash;
        final String name;
        Runnable action;

        K(long hash, String name) {
            this.hash = hash;
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final List<String> log = new ArrayList<>();

    private final KeyEquality<Object> eq = (stored, probe) -> {
        if (!(stored instanceof K a) || !(probe instanceof K b)) {
            return stored.equals(probe);
        }
        log.add(a.name + "==" + b.name);
        if (a.action != null) {
            Runnable act = a.action;
            a.action = null;
            act.run();
        }
        return a.name.equals(b.name);
    };

    private static long hash(Object o) {
        return o instanceof K k ? k.hash : PyHash.hashLong((Long) o);
    }

    private static String show(SetTable<Object> s) {
        List<String> parts = new ArrayList<>();
        for (int i = s.next(0); i >= 0; i = s.next(i + 1)) {
            parts.add(String.valueOf(s.keyAt(i)));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private static String show(DictTable<Object, Object> d) {
        List<String> parts = new ArrayList<>();
        for (int i = d.next(0); i >= 0; i = d.next(i + 1)) {
            Object v = d.valueAt(i);
            parts.add("(" + d.keyAt(i) + ", " + (v instanceof String str ? "'" + str + "'" : v) + ")");
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private void add(SetTable<Object> s, Object k) {
        s.add(k, hash(k));
    }

    private final Map<String, Function<TableMutationTest, String>> scenarios = Map.of(
        "set_add_during_eq", t -> {
            SetTable<Object> s = new SetTable<>(t.eq);
            K a = new K(1, "a");
            a.action = () -> t.add(s, 100L);
            t.add(s, a);
            t.add(s, new K(1, "b"));
            return show(s);
        },
        "set_resize_during_eq", t -> {
            SetTable<Object> s = new SetTable<>(t.eq);
            K a = new K(1, "a");
            a.action = () -> {
                for (long i = 2; i < 30; i++) {
                    t.add(s, i);
                }
            };
            t.add(s, a);
            t.add(s, new K(1, "b"));
            return show(s);
        },
        "set_discard_during_eq", t -> {
            SetTable<Object> s = new SetTable<>(t.eq);
            K a = new K(1, "a");
            a.action = () -> s.discard(a, a.hash);
            t.add(s, a);
            t.add(s, new K(1, "b"));
            return show(s);
        },
        "set_contains_restart", t -> {
            SetTable<Object> s = new SetTable<>(t.eq);
            K a = new K(9, "a");
            K c = new K(9, "c");
            a.action = () -> s.discard(a, a.hash);
            t.add(s, a);
            t.add(s, c);
            boolean found = s.contains(new K(9, "c"), 9);
            return (found ? "True" : "False") + " " + show(s);
        },
        "set_eq_raises", t -> {
            SetTable<Object> s = new SetTable<>(t.eq);
            K a = new K(1, "a");
            a.action = () -> {
                throw new PythonError("RuntimeError", "no compare");
            };
            t.add(s, a);
            try {
                t.add(s, new K(1, "b"));
            } finally {
                t.log.add(show(s));
            }
            return show(s);
        },
        "set_equal_keys", t -> {
            SetTable<Object> s = new SetTable<>(t.eq);
            t.add(s, new K(5, "a"));
            t.add(s, new K(5, "a"));
            t.add(s, new K(13, "a"));
            return show(s);
        },
        "dict_add_during_eq", t -> {
            DictTable<Object, Object> d = new DictTable<>(t.eq);
            K a = new K(1, "a");
            a.action = () -> d.put(100L, hash(100L), "x");
            d.put(a, 1, 1L);
            K b = new K(1, "b");
            d.put(b, 1, 2L);
            return show(d);
        },
        "dict_delete_during_eq", t -> {
            DictTable<Object, Object> d = new DictTable<>(t.eq);
            K a = new K(1, "a");
            a.action = () -> d.remove(a, 1);
            d.put(a, 1, 1L);
            d.put(new K(1, "b"), 1, 2L);
            return show(d);
        },
        "dict_lookup_equal", t -> {
            DictTable<Object, Object> d = new DictTable<>(t.eq);
            d.put(new K(3, "a"), 3, 1L);
            Object x = d.get(new K(3, "a"), 3);
            Object y = d.get(new K(3, "z"), 3);
            return x + " " + (y == null ? "None" : y);
        });

    @TestFactory
    Stream<DynamicTest> callbacks_behave_like_cpython() {
        Golden.Mismatches m = new Golden.Mismatches();
        for (Golden.Row row : Golden.read("mutation.txt")) {
            TableMutationTest t = new TableMutationTest();
            String result;
            try {
                result = scenarios.get(row.get(0)).apply(t);
            } catch (PythonError e) {
                result = "!" + e.pythonType() + ": " + e.getMessage();
            }
            m.check(row, row.get(1), String.join(" ", t.log) + " -> " + result);
        }
        return Stream.of(DynamicTest.dynamicTest("mutating and raising equality callbacks", m::assertNone));
    }
}
