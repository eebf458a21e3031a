package dev.coroscope.engine.runtime;

/** {@code str.format} and {@code str.format_map}: replacement fields, conversions, nested specs. */
final class StrFormat {
    private StrFormat() {}

    interface Lookup {
        PyObject get(String key, boolean positional, int index);
    }

    static String format(String fmt, PyObject[] args, String[] kw) {
        int npos = Args.positional(args, kw);
        int[] auto = {0};
        boolean[] modes = {false, false};
        return render(fmt, (key, positional, idx) -> {
            if (positional) {
                if (idx >= npos) throw Exc.indexError("Replacement index " + idx + " out of range for positional args tuple");
                return args[idx];
            }
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) if (kw[i].equals(key)) return args[npos + i];
            }
            throw Exc.keyError(PyStr.of(key));
        }, auto, modes, 2);
    }

    static String formatMap(String fmt, PyObject mapping) {
        return render(fmt, (key, positional, idx) -> {
            if (positional) throw Exc.valueError("Format string contains positional fields");
            return Ops.getItem(mapping, PyStr.of(key));
        }, new int[] {0}, new boolean[] {false, false}, 2);
    }

    private static String render(String fmt, Lookup lookup, int[] auto, boolean[] modes, int depth) {
        if (depth < 0) throw Exc.valueError("Max string recursion exceeded");
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i++;
                    continue;
                }
                int level = 1, j = i + 1;
                while (j < n && level > 0) {
                    if (fmt.charAt(j) == '{') level++;
                    else if (fmt.charAt(j) == '}') level--;
                    if (level > 0) j++;
                }
                if (j >= n) throw Exc.valueError("expected '}' before end of string");
                out.append(field(fmt.substring(i + 1, j), lookup, auto, modes, depth));
                i = j;
            } else if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i++;
                    continue;
                }
                throw Exc.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String field(String body, Lookup lookup, int[] auto, boolean[] modes, int depth) {
        String spec = "";
        char conv = 0;
        int colon = -1, bang = -1, bracket = 0;
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '[') bracket++;
            else if (c == ']') bracket--;
            else if (bracket == 0 && c == '!' && bang < 0 && colon < 0) bang = k;
            else if (bracket == 0 && c == ':' && colon < 0) {
                colon = k;
                break;
            }
        }
        String name = body;
        if (colon >= 0) {
            spec = body.substring(colon + 1);
            name = body.substring(0, colon);
        }
        if (bang >= 0) {
            String cv = name.substring(bang + 1);
            name = name.substring(0, bang);
            if (cv.length() != 1) throw Exc.valueError("expected ':' after conversion specifier");
            conv = cv.charAt(0);
        }
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') k++;
        String first = name.substring(0, k);
        PyObject value;
        if (first.isEmpty()) {
            if (modes[1]) throw Exc.valueError("cannot switch from manual field specification to automatic field numbering");
            modes[0] = true;
            value = lookup.get(null, true, auto[0]++);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (modes[0]) throw Exc.valueError("cannot switch from automatic field numbering to manual field specification");
            modes[1] = true;
            value = lookup.get(null, true, Integer.parseInt(first));
        } else {
            value = lookup.get(first, false, 0);
        }
        while (k < name.length()) {
            if (name.charAt(k) == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') e++;
                value = Ops.getAttr(value, PyStr.intern(name.substring(k + 1, e)));
                k = e;
            } else {
                int e = name.indexOf(']', k);
                if (e < 0) throw Exc.valueError("Missing ']' in format string");
                String key = name.substring(k + 1, e);
                PyObject kobj = key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                        ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                value = Ops.getItem(value, kobj);
                k = e + 1;
            }
        }
        if (conv == 'r') value = PyStr.of(Ops.repr(value));
        else if (conv == 's') value = PyStr.of(Ops.str(value));
        else if (conv == 'a') value = PyStr.of(Builtins.ascii(Ops.repr(value)));
        else if (conv != 0) throw Exc.valueError("Unknown conversion specifier " + conv);
        if (spec.contains("{")) spec = render(spec, lookup, auto, modes, depth - 1);
        return Ops.str(Ops.format(value, spec));
    }
}
