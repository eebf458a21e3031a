package dev.coroscope.engine.runtime;

import java.util.function.Consumer;

/**
 * UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their fields (encoding,
 * object, start, end, reason) are their arguments, in CPython's order, and their str() describes
 * the failing character or range from them.
 */
final class UnicodeErrors {
    private UnicodeErrors() {}

    /** The fields as getters over the arguments; {@code translate}: no encoding (object first). */
    static Consumer<PyType> fields(boolean translate) {
        return new Consumer<PyType>() { public void accept(PyType t) {
            String[] names = translate ? new String[] {"object", "start", "end", "reason"}
                    : new String[] {"encoding", "object", "start", "end", "reason"};
            for (int i = 0; i < names.length; i++) {
                int at = i;
                t.getter(names[i], s -> {
                    PyTuple a = ((PyBaseException) s).args;
                    return a.size() == names.length ? a.get(at) : PyNone.INSTANCE;
                });
            }
        }};
    }

    static PyError decode(String encoding, byte[] b, int start, int end, String reason) {
        return new PyError(new PyBaseException(Exc.UnicodeDecodeError, PyTuple.of(PyStr.of(encoding), new PyBytes(b),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason))));
    }

    static PyError encode(String encoding, String s, int start, int end, String reason) {
        return new PyError(new PyBaseException(Exc.UnicodeEncodeError, PyTuple.of(PyStr.of(encoding), PyStr.of(s),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason))));
    }

    /** The message of an error made with its standard arguments, else null (BaseException's str then). */
    static String str(PyBaseException e) {
        PyTuple a = e.args;
        boolean translate = e.getType().isSubtypeOf(Exc.UnicodeTranslateError);
        boolean decode = e.getType().isSubtypeOf(Exc.UnicodeDecodeError);
        if (!translate && !decode && !e.getType().isSubtypeOf(Exc.UnicodeEncodeError)) return null;
        int base = translate ? 0 : 1;
        if (a.size() != base + 4 || !(a.get(base + 1) instanceof PyInt s) || !(a.get(base + 2) instanceof PyInt en)) return null;
        PyObject obj = a.get(base);
        long start = s.longValueOr(-1), end = en.longValueOr(-1);
        String reason = Ops.str(a.get(base + 3));
        String codec = translate ? "" : "'" + Ops.str(a.get(0)) + "' codec ";
        String verb = translate ? "can't translate" : decode ? "can't decode" : "can't encode";
        if (decode && obj instanceof PyBytes b && end == start + 1 && start >= 0 && start < b.data.length) {
            return codec + verb + " byte 0x" + String.format("%02x", b.data[(int) start] & 0xff) + " in position " + start + ": " + reason;
        }
        if (!decode && obj instanceof PyStr str && end == start + 1 && start >= 0 && start < str.length()) {
            int c = str.value().codePointAt(str.value().offsetByCodePoints(0, (int) start));
            String shown = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            return codec + verb + " character '" + shown + "' in position " + start + ": " + reason;
        }
        return codec + verb + (decode ? " bytes" : " characters") + " in position " + start + "-" + (end - 1) + ": " + reason;
    }
}
