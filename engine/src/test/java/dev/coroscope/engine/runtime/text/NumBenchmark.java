package dev.coroscope.engine.runtime.text;

import dev.coroscope.engine.runtime.num.DictTable;
import dev.coroscope.engine.runtime.num.FloatOps;
import dev.coroscope.engine.runtime.num.FloatRepr;
import dev.coroscope.engine.runtime.num.NumParse;
import dev.coroscope.engine.runtime.num.PyHash;
import dev.coroscope.engine.runtime.num.PyMath;
import dev.coroscope.engine.runtime.num.PyRandom;
import dev.coroscope.engine.runtime.num.SetTable;
import dev.coroscope.engine.runtime.num.TestValuesTuple;

import java.math.BigInteger;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Prints the cost of the hot number/text operations (not a test). Run after
 * {@code mvn -o -pl engine test-compile}:
 * {@code java -cp engine/target/classes:engine/target/test-classes dev.coroscope.engine.runtime.text.NumBenchmark}
 */
public final class NumBenchmark {
    private static final int N = 200_000;
    private static int sink;

    private NumBenchmark() {
    }

    private static void measure(String name, IntConsumer op) {
        for (int warm = 0; warm < 3; warm++) {
            for (int i = 0; i < N; i++) {
                op.accept(i);
            }
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < N; i++) {
            op.accept(i);
        }
        long t1 = System.nanoTime();
        System.out.printf("%-34s %8.3f us/op%n", name, (t1 - t0) / 1e3 / N);
    }

    public static void main(String[] args) {
        Random r = new Random(1);
        double[] typical = new double[N];
        double[] anyBits = new double[N];
        for (int i = 0; i < N; i++) {
            typical[i] = Math.round(r.nextDouble() * 100000) / 100.0;
            double x = Double.longBitsToDouble(r.nextLong());
            anyBits[i] = Double.isFinite(x) ? x : 1.5;
        }
        measure("repr(float), 2-decimal values", i -> sink += FloatRepr.repr(typical[i]).length());
        measure("repr(float), random bit patterns", i -> sink += FloatRepr.repr(anyBits[i]).length());
        measure("format(float, '.2f')", i -> sink += SpecFormatter.formatFloat(typical[i], ".2f", "float").length());
        measure("format(int, ',')", i -> sink += SpecFormatter.formatInt(i * 12345L, ",", "int").length());
        measure("'%5d %s' % (i, 'x')", i -> sink += PercentFormat.format("%5d %s",
                TestValuesTuple.of(BigInteger.valueOf(i), "x"),
                PercentFormatTest.OPS).length());
        measure("int('12345')", i -> sink += NumParse.parseInt("12345", 10).intValue());
        measure("float('3.25')", i -> sink += (int) NumParse.parseFloat("3.25"));
        measure("x ** 0.3 (correctly rounded)", i -> sink += (int) FloatOps.pow(typical[i] + 1, 0.3));
        measure("math.sin", i -> sink += (int) PyMath.sin(typical[i]));
        measure("hash(float)", i -> sink += (int) PyHash.hashDouble(typical[i], 0));
        SetTable<Object> set = new SetTable<>(Object::equals);
        measure("set.add + discard (int keys)", i -> {
            Long k = (long) (i & 1023);
            set.add(k, k);
            if ((i & 3) == 0) {
                set.discard(k, k);
            }
        });
        DictTable<Object, Object> dict = new DictTable<>(Object::equals);
        measure("dict[k] = v; dict.get(k)", i -> {
            Long k = (long) (i & 1023);
            dict.put(k, k, k);
            sink += dict.get(k, k) == null ? 0 : 1;
        });
        PyRandom rnd = new PyRandom(BigInteger.valueOf(42));
        measure("random.random()", i -> sink += (int) (rnd.random() * 10));
        measure("random.randrange(100)", i -> sink += rnd.randrange(BigInteger.valueOf(100), null, BigInteger.ONE,
                false).intValue());
        measure("'hello world'.upper()", i -> sink += StrOps.upper("hello world").length());
        measure("'a b c d'.split()", i -> sink += StrOps.split("a b c d", null, -1).size());
        System.out.println("(checksum " + sink + ")");
    }
}
