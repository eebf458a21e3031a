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

    @Test
    void fixed_in_long_arithmetic_rounds_as_the_exact_expansion() {
        java.util.Random r = new java.util.Random(22);
        double[] ties = {0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e15 + 0.5, 4503599627370495.5, 1.0 / 3, 1e-5, 123456.789};
        int checked = 0;
        for (int i = 0; i < 40000; i++) {
            double a = i < ties.length ? ties[i]
                    : i % 3 == 0 ? Double.longBitsToDouble(r.nextLong() >>> 1)
                    : i % 3 == 1 ? r.nextInt(1 << 20) / (double) (1 << r.nextInt(30))
                    : r.nextDouble() * Math.pow(10, r.nextInt(24) - 6);
            if (!(a > 0) || Double.isInfinite(a)) continue;
            for (int n = 0; n <= 18; n++) {
                FloatRepr.Digits quick = FloatRepr.fixedLong(a, n);
                if (quick == null) continue;
                checked++;
                org.junit.jupiter.api.Assertions.assertEquals(FloatRepr.fixedExact(a, n), quick, a + " to " + n + " places");
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > 50000, "long arithmetic taken " + checked + " times");
    }
}
