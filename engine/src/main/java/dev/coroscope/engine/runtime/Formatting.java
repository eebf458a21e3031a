package dev.coroscope.engine.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Text conversions of numbers and the format-spec mini-language ({@code format(x, spec)},
 * f-strings, {@code str.format}) and {@code %}-formatting. Stand-in implementation, to be replaced
 * by the {@code runtime.num}/{@code runtime.text} algorithms when they land.
 */
public final class Formatting {
    private Formatting() {}

    // ---- float repr ----------------------------------------------------------------------------

    /** Shortest digits that round-trip, placed as CPython's {@code repr(float)} does. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        String[] de = shortestDigits(Math.abs(d));
        String digits = de[0];
        int decpt = Integer.parseInt(de[1]);
        String sign = d < 0 ? "-" : "";
        if (decpt > 16 || decpt < -3) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int exp = decpt - 1;
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return sign + placeDigits(digits, decpt, true);
    }

    /** Writes digits with the decimal point after {@code decpt} digits (may be <= 0). */
    private static String placeDigits(String digits, int decpt, boolean addDotZero) {
        StringBuilder sb = new StringBuilder();
        if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) sb.append('0');
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < decpt; i++) sb.append('0');
            if (addDotZero) sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /** {digits, decpt}: value = 0.DIGITS * 10**decpt, shortest round-tripping digits. */
    static String[] shortestDigits(double d) {
        BigDecimal exact = new BigDecimal(d);
        String best = null;
        int bestExp = 0;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                BigDecimal stripped = r.stripTrailingZeros();
                best = stripped.unscaledValue().abs().toString();
                bestExp = best.length() - stripped.scale();
                break;
            }
        }
        if (best == null) {
            BigDecimal r = exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            best = r.unscaledValue().abs().toString();
            bestExp = best.length() - r.scale();
        }
        return new String[] {best, Integer.toString(bestExp)};
    }

    // ---- format spec ---------------------------------------------------------------------------

    /** A parsed format spec. */
    static final class Spec {
        char fill = ' ';
        char align = 0;
        char sign = 0;
        boolean alt;
        boolean zero;
        int width = -1;
        char grouping = 0;
        int precision = -1;
        char type = 0;

        static Spec parse(String s) {
            Spec sp = new Spec();
            int i = 0, n = s.length();
            if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
                sp.fill = s.charAt(0);
                sp.align = s.charAt(1);
                i = 2;
            } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
                sp.align = s.charAt(0);
                i = 1;
            }
            if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) sp.sign = s.charAt(i++);
            if (i < n && s.charAt(i) == 'z') i++;
            if (i < n && s.charAt(i) == '#') {
                sp.alt = true;
                i++;
            }
            if (i < n && s.charAt(i) == '0') {
                sp.zero = true;
                i++;
            }
            int st = i;
            while (i < n && Character.isDigit(s.charAt(i))) i++;
            if (i > st) sp.width = Integer.parseInt(s.substring(st, i));
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) sp.grouping = s.charAt(i++);
            if (i < n && s.charAt(i) == '.') {
                i++;
                st = i;
                while (i < n && Character.isDigit(s.charAt(i))) i++;
                if (i == st) throw Exc.valueError("Format specifier missing precision");
                sp.precision = Integer.parseInt(s.substring(st, i));
            }
            if (i < n) sp.type = s.charAt(i++);
            if (i < n) throw Exc.valueError("Invalid format specifier '" + s + "' for object of type '%s'");
            if (sp.zero && sp.align == 0) {
                sp.fill = '0';
                sp.align = '=';
            }
            return sp;
        }
    }

    private static String pad(String body, String signStr, Spec sp, char defaultAlign) {
        char align = sp.align == 0 ? defaultAlign : sp.align;
        int len = body.codePointCount(0, body.length()) + signStr.length();
        if (sp.width <= len) return signStr + body;
        int padN = sp.width - len;
        String fill = String.valueOf(sp.fill).repeat(padN);
        switch (align) {
            case '<': return signStr + body + fill;
            case '>': return fill + signStr + body;
            case '=': return signStr + fill + body;
            default: {
                int left = padN / 2;
                return String.valueOf(sp.fill).repeat(left) + signStr + body + String.valueOf(sp.fill).repeat(padN - left);
            }
        }
    }

    public static String formatStr(String s, String spec) {
        if (spec.isEmpty()) return s;
        Spec sp = Spec.parse(spec);
        if (sp.type != 0 && sp.type != 's') {
            throw Exc.valueError("Unknown format code '" + sp.type + "' for object of type 'str'");
        }
        if (sp.sign != 0) throw Exc.valueError("Sign not allowed in string format specifier");
        if (sp.align == '=') throw Exc.valueError("'=' alignment not allowed in string format specifier");
        if (sp.precision >= 0 && s.codePointCount(0, s.length()) > sp.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, sp.precision));
        }
        return pad(s, "", sp, '<');
    }

    private static String group(String digits, char sep, int every) {
        if (sep == 0) return digits;
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) sb.append(sep);
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String signOf(boolean negative, Spec sp) {
        if (negative) return "-";
        if (sp.sign == '+') return "+";
        if (sp.sign == ' ') return " ";
        return "";
    }

    public static String formatInt(PyInt v, String spec) {
        if (spec.isEmpty()) return v.repr();
        Spec sp = Spec.parse(spec);
        if (!v.isBig() && (sp.type == 0 || sp.type == 'd') && sp.grouping == 0 && sp.precision < 0) {
            long x = v.v;
            String digits = x < 0 ? (x == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(-x)) : Long.toString(x);
            String signStr = signOf(x < 0, sp);
            if (sp.align == '=' && sp.fill == '0' && sp.width > 0 && sp.grouping == 0) {
                int padN = sp.width - signStr.length() - digits.length();
                return padN > 0 ? signStr + "0".repeat(padN) + digits : signStr + digits;
            }
            return pad(digits, signStr, sp, '>');
        }
        char type = sp.type;
        if ("eEfFgG%".indexOf(type) >= 0 && type != 0) return formatFloat(v.toDouble(), spec);
        if (sp.precision >= 0) throw Exc.valueError("Precision not allowed in integer format specifier");
        BigInteger b = v.toBig();
        boolean neg = b.signum() < 0;
        BigInteger a = b.abs();
        String digits;
        String prefix = "";
        switch (type) {
            case 0: case 'd': case 'n': digits = a.toString(); break;
            case 'b': digits = a.toString(2); prefix = sp.alt ? "0b" : ""; break;
            case 'o': digits = a.toString(8); prefix = sp.alt ? "0o" : ""; break;
            case 'x': digits = a.toString(16); prefix = sp.alt ? "0x" : ""; break;
            case 'X': digits = a.toString(16).toUpperCase(); prefix = sp.alt ? "0X" : ""; break;
            case 'c': return pad(new String(Character.toChars(v.intValueExact("c"))), "", sp, '<');
            default:
                throw Exc.valueError("Unknown format code '" + type + "' for object of type 'int'");
        }
        int every = (type == 0 || type == 'd' || type == 'n') ? 3 : 4;
        String signStr = signOf(neg, sp) + prefix;
        if (sp.align == '=' && sp.fill == '0' && sp.grouping != 0 && sp.width > 0) {
            // Zero padding goes inside the grouping, as CPython does.
            int target = sp.width - signStr.length();
            String g = group(digits, sp.grouping, every);
            while (g.length() < target) {
                digits = "0" + digits;
                g = group(digits, sp.grouping, every);
            }
            return signStr + g;
        }
        return pad(group(digits, sp.grouping, every), signStr, sp, '>');
    }

    public static String formatFloat(double d, String spec) {
        if (spec.isEmpty()) return floatRepr(d);
        Spec sp = Spec.parse(spec);
        char type = sp.type;
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        if (Double.isNaN(d)) {
            body = Character.isUpperCase(type) ? "NAN" : "nan";
            neg = false;
        } else if (Double.isInfinite(d)) {
            body = Character.isUpperCase(type) ? "INF" : "inf";
        } else {
            switch (type) {
                case 'f': case 'F':
                    body = fixed(a, sp.precision < 0 ? 6 : sp.precision);
                    if (sp.alt && !body.contains(".")) body += ".";
                    break;
                case 'e': case 'E':
                    body = sci(a, sp.precision < 0 ? 6 : sp.precision, type == 'E', sp.alt);
                    break;
                case '%':
                    body = fixed(a * 100, sp.precision < 0 ? 6 : sp.precision) + "%";
                    break;
                case 'g': case 'G': case 'n':
                    body = general(a, sp.precision < 0 ? 6 : Math.max(sp.precision, 1), type == 'G', sp.alt, false);
                    break;
                case 0:
                    if (sp.precision < 0) {
                        body = floatRepr(a);
                    } else {
                        body = general(a, Math.max(sp.precision, 1), false, sp.alt, true);
                    }
                    break;
                default:
                    throw Exc.valueError("Unknown format code '" + type + "' for object of type 'float'");
            }
        }
        if (sp.grouping != 0) {
            int dot = body.indexOf('.');
            int e = body.indexOf('e');
            int end = dot >= 0 ? dot : (e >= 0 ? e : body.length());
            int st = 0;
            while (st < end && !Character.isDigit(body.charAt(st))) st++;
            body = body.substring(0, st) + group(body.substring(st, end), sp.grouping, 3) + body.substring(end);
        }
        return pad(body, signOf(neg, sp), sp, '>');
    }

    static String fixed(double a, int prec) {
        return new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String sci(double a, int prec, boolean upper, boolean alt) {
        String m;
        int exp;
        if (a == 0) {
            m = prec > 0 ? "0." + "0".repeat(prec) : "0";
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            String digits = r.unscaledValue().toString();
            while (digits.length() < prec + 1) digits += "0";
            digits = digits.substring(0, prec + 1);
            exp = r.precision() - r.scale() - 1;
            m = prec > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        }
        if (alt && prec == 0) m += ".";
        return m + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    static String general(double a, int prec, boolean upper, boolean alt, boolean noType) {
        if (a == 0) {
            return noType ? "0.0" : (alt ? "0." + "0".repeat(prec - 1) : "0");
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(prec, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        String out;
        if (exp >= -4 && exp < (noType ? Math.min(prec, 16) : prec)) {
            out = r.setScale(Math.max(prec - 1 - exp, 0), RoundingMode.HALF_EVEN).toPlainString();
            if (!alt && out.contains(".")) {
                out = out.replaceAll("0+$", "");
                if (out.endsWith(".")) out = noType ? out + "0" : out.substring(0, out.length() - 1);
            } else if (noType && !out.contains(".")) {
                out = out + ".0";
            }
        } else {
            out = sci(a, prec - 1, upper, alt);
            if (!alt) {
                int e = out.indexOf(upper ? 'E' : 'e');
                String mant = out.substring(0, e);
                if (mant.contains(".")) {
                    mant = mant.replaceAll("0+$", "");
                    if (mant.endsWith(".")) mant = mant.substring(0, mant.length() - 1);
                }
                out = mant + out.substring(e);
            }
        }
        return out;
    }

    // ---- %-formatting --------------------------------------------------------------------------

    public static String percent(String fmt, PyObject args) {
        PyObject[] items;
        PyObject mapping = null;
        if (args instanceof PyTuple t) items = t.items();
        else {
            items = new PyObject[] {args};
            if (args instanceof PyDict) mapping = args;
        }
        StringBuilder sb = new StringBuilder();
        int ai = 0;
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            i++;
            if (i >= n) throw Exc.valueError("incomplete format");
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                if (close < 0) throw Exc.valueError("incomplete format key");
                String key = fmt.substring(i + 1, close);
                if (mapping == null) throw Exc.typeError("format requires a mapping");
                value = Ops.getItem(mapping, PyStr.of(key));
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) flags.append(fmt.charAt(i++));
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                width = Ops.index(items[ai++]).intValueExact("width");
                i++;
            } else {
                int st = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                if (i > st) width = Integer.parseInt(fmt.substring(st, i));
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                int st = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                prec = i > st ? Integer.parseInt(fmt.substring(st, i)) : 0;
            }
            if (i >= n) throw Exc.valueError("incomplete format");
            char conv = fmt.charAt(i);
            if (conv == '%') {
                sb.append('%');
                continue;
            }
            if (value == null) {
                if (ai >= items.length) throw Exc.typeError("not enough arguments for format string");
                value = items[ai++];
            }
            String f = flags.toString();
            String body;
            StringBuilder spec = new StringBuilder();
            if (f.contains("-")) spec.append('<');
            else if (f.contains("0") && "diouxXeEfFgG".indexOf(conv) >= 0) spec.append("0");
            if (f.contains("+")) spec.insert(0, "").append(spec.length() == 0 ? "" : "");
            String signFlag = f.contains("+") ? "+" : f.contains(" ") ? " " : "";
            switch (conv) {
                case 's': body = Ops.str(value); if (prec >= 0 && body.length() > prec) body = body.substring(0, prec); break;
                case 'r': case 'a': body = Ops.repr(value); if (prec >= 0 && body.length() > prec) body = body.substring(0, prec); break;
                case 'd': case 'i': case 'u': {
                    PyObject num = value instanceof PyFloat fl ? PyFloat.toInt(fl.value) : value;
                    if (!(num instanceof PyInt)) {
                        throw Exc.typeError("%" + conv + " format: a real number is required, not " + value.getType().name());
                    }
                    body = formatInt((PyInt) num, signFlag);
                    break;
                }
                case 'x': case 'X': case 'o': {
                    if (!(value instanceof PyInt)) {
                        throw Exc.typeError("%" + conv + " format: an integer is required, not " + value.getType().name());
                    }
                    body = formatInt((PyInt) value, signFlag + (f.contains("#") ? "#" : "") + conv);
                    break;
                }
                case 'c':
                    body = value instanceof PyStr s ? s.value() : new String(Character.toChars(Ops.index(value).intValueExact("c")));
                    break;
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    double dv = PyFloat.toDouble(value);
                    if (!(value instanceof PyFloat || value instanceof PyInt)) {
                        throw Exc.typeError("must be real number, not " + value.getType().name());
                    }
                    body = formatFloat(dv, signFlag + (f.contains("#") ? "#" : "") + "." + (prec < 0 ? 6 : prec) + conv);
                    break;
                }
                default:
                    throw Exc.valueError("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv) + ") at index " + i);
            }
            if (width > body.length()) {
                int padN = width - body.length();
                if (f.contains("-")) body = body + " ".repeat(padN);
                else if (f.contains("0") && "diouxXeEfFgG".indexOf(conv) >= 0) {
                    int signLen = body.startsWith("-") || body.startsWith("+") || body.startsWith(" ") ? 1 : 0;
                    body = body.substring(0, signLen) + "0".repeat(padN) + body.substring(signLen);
                } else body = " ".repeat(padN) + body;
            }
            sb.append(body);
        }
        if (ai < items.length && mapping == null) {
            throw Exc.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }
}
