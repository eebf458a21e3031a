package dev.coroscope.engine.parser;

import dev.coroscope.engine.ast.Ast;
import java.math.BigInteger;

/** The value of a NUMBER token (already checked by the lexer): BigInteger, Double or Imaginary. */
final class Numbers {
    private Numbers() {}

    static Object parse(String token) {
        String t = token.indexOf('_') >= 0 ? token.replace("_", "") : token;
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Ast.Imaginary(Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        if (t.length() > 2 && t.charAt(0) == '0') {
            char p = t.charAt(1);
            if (p == 'x' || p == 'X') {
                return new BigInteger(t.substring(2), 16);
            }
            if (p == 'o' || p == 'O') {
                return new BigInteger(t.substring(2), 8);
            }
            if (p == 'b' || p == 'B') {
                return new BigInteger(t.substring(2), 2);
            }
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(t);
            }
        }
        if (t.length() < 18) {
            return BigInteger.valueOf(Long.parseLong(t));
        }
        return new BigInteger(t);
    }
}
