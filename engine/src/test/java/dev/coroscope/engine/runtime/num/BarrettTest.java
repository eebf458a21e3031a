package dev.coroscope.engine.runtime.num;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Barrett reduction gives BigInteger's exact quotient and remainder, and declines what it cannot do. */
class BarrettTest {
    private final Random random = new Random(18);

    private static BigInteger[] expected(BigInteger x, BigInteger m) {
        return x.divideAndRemainder(m);
    }

    @Test
    void quotients_and_remainders_are_exact_at_the_edges_of_the_range() {
        List<BigInteger> moduli = new ArrayList<>();
        for (int k : new int[] {Barrett.MIN_BITS, 200, 521, 1024, 4099}) {
            moduli.add(BigInteger.ONE.shiftLeft(k).subtract(BigInteger.ONE)); // 2**k - 1: all ones
            moduli.add(BigInteger.ONE.shiftLeft(k - 1)); // the smallest of k bits
            moduli.add(BigInteger.ONE.shiftLeft(k - 1).add(BigInteger.ONE));
            moduli.add(new BigInteger(k, random).setBit(k - 1));
        }
        for (BigInteger m : moduli) {
            int k = m.bitLength();
            BigInteger top = BigInteger.ONE.shiftLeft(2 * k).subtract(BigInteger.ONE); // the largest x: 4**k - 1
            List<BigInteger> xs = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, m.subtract(BigInteger.ONE), m,
                    m.add(BigInteger.ONE), m.multiply(m).subtract(BigInteger.ONE), m.multiply(m), top,
                    top.subtract(m), m.shiftLeft(k).subtract(BigInteger.ONE)));
            for (int i = 0; i < 200; i++) xs.add(new BigInteger(1 + random.nextInt(2 * k), random));
            Barrett.divmod(BigInteger.TEN.pow(80), m); // the modulus's first use: declined, remembered
            for (BigInteger x : xs) {
                if (x.bitLength() > 2 * k) continue;
                BigInteger[] qr = Barrett.divmod(x, m);
                assertNotNull(qr, k + "-bit modulus, " + x.bitLength() + "-bit number");
                assertArrayEquals(expected(x, m), qr, "divmod(" + x + ", " + m + ")");
                assertEquals(x.mod(m), Barrett.mod(x, m), x + " % " + m);
            }
        }
    }

    @Test
    void declines_negative_operands_small_or_huge_moduli_large_numbers_and_a_first_use() {
        BigInteger m = BigInteger.ONE.shiftLeft(521).subtract(BigInteger.ONE);
        BigInteger other = m.subtract(BigInteger.TWO);
        assertNull(Barrett.mod(BigInteger.TEN, other), "first use of a modulus");
        assertNotNull(Barrett.mod(BigInteger.TEN, other), "second use");
        assertNull(Barrett.mod(BigInteger.TEN, m), "first use of another modulus");
        assertNotNull(Barrett.mod(BigInteger.TEN, m));
        assertNull(Barrett.mod(BigInteger.TEN.negate(), m), "negative number");
        assertNull(Barrett.mod(BigInteger.TEN, m.negate()), "negative modulus");
        assertNull(Barrett.mod(BigInteger.ONE.shiftLeft(2 * 521), m), "a number of more than twice the modulus's bits");
        BigInteger small = BigInteger.ONE.shiftLeft(Barrett.MIN_BITS - 2).add(BigInteger.ONE); // MIN_BITS - 1 bits
        Barrett.mod(BigInteger.TEN, small);
        assertNull(Barrett.mod(BigInteger.TEN, small), "a modulus below MIN_BITS");
        BigInteger huge = BigInteger.ONE.shiftLeft(Barrett.MAX_BITS).add(BigInteger.ONE);
        Barrett.mod(BigInteger.TEN, huge);
        assertNull(Barrett.mod(BigInteger.TEN, huge), "a modulus above MAX_BITS");
        // An equal modulus that is another object is recognised.
        BigInteger copy = new BigInteger(m.toByteArray());
        assertArrayEquals(expected(m.add(BigInteger.TEN), m), Barrett.divmod(m.add(BigInteger.TEN), copy));
    }
}
