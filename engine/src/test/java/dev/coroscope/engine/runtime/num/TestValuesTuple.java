package dev.coroscope.engine.runtime.num;

import java.util.ArrayList;
import java.util.List;

/** Builds test tuples for tests in other packages. */
public final class TestValuesTuple {
    private TestValuesTuple() {
    }

    public static Object of(Object... items) {
        return new PyLiteral.Tuple(new ArrayList<>(List.of(items)));
    }
}
