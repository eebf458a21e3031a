package dev.coroscope.engine.runtime.num;

import org.junit.jupiter.api.Test;

import java.util.List;

/** {@code repr(float)} against CPython on the cases recorded by {@code gen_float_repr.py}. */
class FloatReprTest {
    @Test
    void repr_matches_cpython_for_every_recorded_double() {
        List<Golden.Row> rows = Golden.read("float_repr.txt");
        Golden.Mismatches m = new Golden.Mismatches();
        for (Golden.Row row : rows) {
            m.check(row, row.get(1), FloatRepr.repr(row.dbl(0)));
        }
        m.assertNone();
    }
}
