package dev.coroscope.lessons.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a Markdown file between two {@code ---} lines, read as the small YAML subset
 * lessons need: {@code key: value} scalars (plain, "double" or 'single' quoted) and lists, either
 * as {@code key: [a, b]} or as {@code key:} followed by {@code - item} lines. Blank lines and
 * {@code #} comment lines are ignored. Values are {@code String} or unmodifiable {@code
 * List<String>}; keys keep file order. Anything else is a {@link FormatException} naming the line.
 *
 * @param fields the keys and values, in file order
 * @param body the text after the closing {@code ---} line
 * @param bodyLine the 1-based line number in the file where {@code body} starts
 */
public record FrontMatter(Map<String, Object> fields, String body, int bodyLine) {
    private static final String FENCE = "---";
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:(.*)");
    private static final Pattern ITEM = Pattern.compile("\\s*-\\s+(.*)|\\s*-\\s*");

    public FrontMatter {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The value of {@code key} if it is a scalar. */
    public String string(String key) {
        return fields.get(key) instanceof String s ? s : null;
    }

    /** The value of {@code key} if it is a list. */
    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        return fields.get(key) instanceof List<?> l ? (List<String>) l : null;
    }

    public static FrontMatter parse(String text) throws FormatException {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !stripBom(lines[0]).strip().equals(FENCE)) {
            throw new FormatException("line 1: the file must start with a '---' line (front matter)");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        String listKey = null;
        List<String> list = null;
        for (int i = 1; i < lines.length; i++) {
            String line = stripCr(lines[i]);
            int number = i + 1;
            if (line.strip().equals(FENCE)) {
                if (listKey != null) {
                    fields.put(listKey, Collections.unmodifiableList(list));
                }
                StringBuilder body = new StringBuilder();
                for (int j = i + 1; j < lines.length; j++) {
                    body.append(stripCr(lines[j]));
                    if (j < lines.length - 1) {
                        body.append('\n');
                    }
                }
                return new FrontMatter(fields, body.toString(), i + 2);
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                if (listKey == null) {
                    throw new FormatException("line " + number + ": a '- item' line must follow a 'key:' line");
                }
                String value = item.group(1) == null ? "" : scalar(item.group(1).strip(), number);
                if (value.isEmpty()) {
                    throw new FormatException("line " + number + ": empty list item");
                }
                list.add(value);
                continue;
            }
            if (listKey != null) {
                fields.put(listKey, Collections.unmodifiableList(list));
                listKey = null;
                list = null;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                throw new FormatException("line " + number + ": unexpected indentation");
            }
            Matcher kv = KEY_VALUE.matcher(line);
            if (!kv.matches()) {
                throw new FormatException("line " + number + ": expected 'key: value'");
            }
            String key = kv.group(1);
            if (fields.containsKey(key)) {
                throw new FormatException("line " + number + ": '" + key + "' is given twice");
            }
            String raw = kv.group(2).strip();
            if (raw.isEmpty()) {
                listKey = key;
                list = new ArrayList<>();
                fields.put(key, List.of());
            } else if (raw.startsWith("[")) {
                fields.put(key, flowList(raw, number));
            } else {
                fields.put(key, scalar(raw, number));
            }
        }
        throw new FormatException("line 1: the front matter is never closed with a '---' line");
    }

    private static List<String> flowList(String raw, int line) throws FormatException {
        if (!raw.endsWith("]")) {
            throw new FormatException("line " + line + ": a [list] must end with ']' on the same line");
        }
        String inner = raw.substring(1, raw.length() - 1).strip();
        List<String> items = new ArrayList<>();
        if (inner.isEmpty()) {
            return List.of();
        }
        for (String part : inner.split(",", -1)) {
            String value = scalar(part.strip(), line);
            if (value.isEmpty()) {
                throw new FormatException("line " + line + ": empty list item");
            }
            items.add(value);
        }
        return Collections.unmodifiableList(items);
    }

    private static String scalar(String raw, int line) throws FormatException {
        if (raw.startsWith("\"")) {
            if (raw.length() < 2 || !raw.endsWith("\"")) {
                throw new FormatException("line " + line + ": the \"quoted\" value is not closed");
            }
            String inner = raw.substring(1, raw.length() - 1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\' && i + 1 < inner.length()) {
                    out.append(inner.charAt(++i));
                } else if (c == '"') {
                    throw new FormatException("line " + line + ": write \\\" for a quote inside \"...\"");
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        if (raw.startsWith("'")) {
            if (raw.length() < 2 || !raw.endsWith("'")) {
                throw new FormatException("line " + line + ": the 'quoted' value is not closed");
            }
            return raw.substring(1, raw.length() - 1).replace("''", "'");
        }
        int comment = raw.indexOf(" #");
        return comment >= 0 ? raw.substring(0, comment).strip() : raw;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
