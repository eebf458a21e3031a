package dev.coroscope.engine.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids CPython gives its statically allocated objects: None, Ellipsis, NotImplemented, True,
 * False and the built-in types. They sit at fixed offsets inside libpython, so the low 20 bits of
 * their id() are the same in every CPython run; those bits (shifted by the pointer hash) choose an
 * object's slot in a set's table, and so the order in which {@code {int, str, float}} or
 * {@code {None, 1, 2}} prints. The table {@code static-ids.txt} is recorded from CPython 3.11.7 by
 * {@code engine/src/test/resources/num/gen_static_ids.py}; the high bits here are the engine's
 * own, below the range {@link dev.coroscope.engine.vm.Interp#idOf} hands out to other objects.
 */
public final class StaticIds {

    /** High bits of every static id: under the interpreter's first id (0x7f3a2c000000). */
    private static final long BASE = 0x7f3a2a000000L;

    /** CPython's low id bits by key ('None', 'builtins.int', ...), read when the class is first used. */
    private static final Map<String, Long> TABLE = load();

    /** The id of None, which its hash is made of (PyNone.hash, without a table lookup per hash). */
    static final long NONE = BASE | TABLE.get("None");

    private StaticIds() {
    }

    /** The fixed id of {@code o}, or 0 when CPython gives it no stable one. */
    public static long of(PyObject o) {
        String key;
        if (o instanceof PyType t) {
            String module = t.moduleName();
            if (module == null || module.equals("__main__")) return 0;
            key = module + "." + t.qualname();
        } else if (o == PyNone.INSTANCE) {
            key = "None";
        } else if (o == PyBool.TRUE) {
            key = "True";
        } else if (o == PyBool.FALSE) {
            key = "False";
        } else if (o == PyEllipsis.INSTANCE) {
            key = "Ellipsis";
        } else if (o == PyNotImplemented.INSTANCE) {
            key = "NotImplemented";
        } else {
            return 0;
        }
        Long low = TABLE.get(key);
        return low == null ? 0 : BASE | low;
    }

    private static Map<String, Long> load() {
        Map<String, Long> t = new HashMap<>();
        try (InputStream in = StaticIds.class.getResourceAsStream("static-ids.txt")) {
            if (in == null) throw new IllegalStateException("static-ids.txt missing from the engine jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                int space = line.lastIndexOf(' ');
                t.put(line.substring(0, space), Long.parseLong(line.substring(space + 1), 16));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }
}
