package dev.coroscope.engine.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Split big-int work gives BigInteger's exact results, is charged to the meter, and can be stopped. */
class BigWorkTest {
    private final Random random = new Random(8);

    private BigInteger num(int bits) {
        BigInteger x = new BigInteger(bits, random).setBit(bits - 1);
        return random.nextBoolean() ? x.negate() : x;
    }

    @Test
    void products_of_every_shape_are_exact() {
        int leaf = BigWork.LEAF_BITS;
        int[][] shapes = {{64, 64}, {leaf, leaf}, {leaf + 7, leaf + 1}, {3 * leaf + 5, 2 * leaf - 3},
            {5 * leaf + 9, 100}, {9 * leaf, leaf + 33}, {4 * leaf + 1, 4 * leaf + 1}};
        for (int[] s : shapes) {
            BigInteger x = num(s[0]), y = num(s[1]);
            long[] charged = {0};
            assertEquals(x.multiply(y), BigWork.multiply(x, y, c -> charged[0] += c), s[0] + " x " + s[1] + " bits");
            assertEquals(y.multiply(x), BigWork.multiply(y, x, c -> { }), s[1] + " x " + s[0] + " bits");
            assertEquals(x.multiply(x), BigWork.multiply(x, x, c -> { }), s[0] + " bits squared");
            if (s[0] > leaf) assertTrue(charged[0] >= BigWork.cost(s[0], s[1]) / 2, "charged " + charged[0]);
        }
        assertEquals(BigInteger.ZERO, BigWork.multiply(BigInteger.ZERO, num(5 * leaf), c -> { }));
    }

    @Test
    void powers_are_exact() {
        long[][] cases = {{10, 100_000}, {-3, 77_777}, {7, 1}, {12, 0}, {-6, 40_001}, {2, 1_000_003}, {0, 5}};
        for (long[] c : cases) {
            BigInteger b = BigInteger.valueOf(c[0]);
            assertEquals(b.pow((int) c[1]), BigWork.pow(b, c[1], s -> { }), c[0] + " ** " + c[1]);
        }
        BigInteger big = num(3 * BigWork.LEAF_BITS);
        assertEquals(big.pow(3), BigWork.pow(big, 3, s -> { }));
    }

    @Test
    void a_meter_that_throws_stops_a_huge_power_early() {
        long[] charged = {0};
        RuntimeException stop = new RuntimeException("stop");
        // 10 ** 10 ** 7: tens of millions of bits, seconds of work; stopped after a few leaves.
        assertThrows(RuntimeException.class, () -> BigWork.pow(BigInteger.TEN, 10_000_000, c -> {
            charged[0] += c;
            if (charged[0] > 2_000_000) throw stop;
        }));
        assertTrue(charged[0] < 2_000_000 + BigWork.cost(2L * BigWork.LEAF_BITS, 2L * BigWork.LEAF_BITS), "stopped within one leaf");
    }

    @Test
    void the_cost_of_a_balanced_product_grows_faster_than_its_size() {
        assertTrue(BigWork.cost(1 << 20, 1 << 20) > 2 * 2 * BigWork.cost(1 << 19, 1 << 19) * 0.6);
        assertTrue(BigWork.cost(64, 64) < BigWork.FREE);
        assertEquals(Long.MAX_VALUE, BigWork.cost(Long.MAX_VALUE, Long.MAX_VALUE));
    }
}
