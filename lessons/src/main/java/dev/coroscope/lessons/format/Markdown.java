package dev.coroscope.lessons.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown subset lesson text may use, parsed into blocks the app can render without a
 * Markdown library: {@code #} and {@code ##} headings, paragraphs, fenced code blocks, bullet
 * lists ({@code - item}) and numbered lists ({@code 1. item}), and inside text {@code **bold**},
 * {@code *italic*} and {@code `code`}, with {@code \} escaping the next character. A list item
 * continues on following indented lines; lines of a paragraph are joined with a space.
 *
 * <p>Parsing never fails: anything outside the subset (deeper headings, quotes, tables, HTML,
 * links, images, rules, indented code, {@code *} bullets, unclosed markers) is kept as plain text
 * and listed in {@link Document#problems()} with its line, so a validator can reject it and the
 * app still shows something readable.
 */
public final class Markdown {
    /** A parsed text: its blocks in order, and what fell outside the subset. */
    public record Document(List<Block> blocks, List<String> problems) {
        public Document {
            blocks = List.copyOf(blocks);
            problems = List.copyOf(problems);
        }
    }

    /** A block-level element. */
    public sealed interface Block permits Heading, Paragraph, CodeBlock, BulletList, NumberedList {
    }

    /** {@code #} (level 1) or {@code ##} (level 2). */
    public record Heading(int level, List<Inline> text) implements Block {
        public Heading {
            text = List.copyOf(text);
        }
    }

    public record Paragraph(List<Inline> text) implements Block {
        public Paragraph {
            text = List.copyOf(text);
        }
    }

    /** A fenced block; {@code language} is the word after the opening fence, or empty. */
    public record CodeBlock(String language, String code) implements Block {
    }

    public record BulletList(List<List<Inline>> items) implements Block {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A numbered list; {@code start} is the number written on its first item. */
    public record NumberedList(int start, List<List<Inline>> items) implements Block {
        public NumberedList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A span inside a heading, paragraph or list item. */
    public sealed interface Inline permits Text, Code, Strong, Emphasis {
    }

    public record Text(String text) implements Inline {
    }

    public record Code(String code) implements Inline {
    }

    public record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    public record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("-\\s+(.*)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\.\\s+(.*)");
    private static final Pattern STAR_BULLET = Pattern.compile("[*+]\\s+.*");
    private static final Pattern RULE = Pattern.compile("(\\*\\s*){3,}|(-\\s*){3,}|(_\\s*){3,}");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(");
    private static final Pattern HTML = Pattern.compile("</?[A-Za-z][^>]*>");

    private final String[] lines;
    private final int firstLine;
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int index;

    private Markdown(String text, int firstLine) {
        this.lines = text.replace("\r\n", "\n").split("\n", -1);
        this.firstLine = firstLine;
    }

    /** Parses {@code text}; problem messages count lines from 1. */
    public static Document parse(String text) {
        return parse(text, 1);
    }

    /** Parses {@code text} whose first line is line {@code firstLine} of its file. */
    public static Document parse(String text, int firstLine) {
        Markdown parser = new Markdown(text, firstLine);
        parser.blocks();
        return new Document(parser.blocks, parser.problems);
    }

    private void blocks() {
        while (index < lines.length) {
            String line = lines[index];
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                index++;
            } else if (trimmed.startsWith("```")) {
                fencedCode(trimmed.substring(3).strip());
            } else if (line.startsWith("    ") || line.startsWith("\t")) {
                problem("indented code blocks are not supported; use a ``` fence");
                paragraph();
            } else if (HEADING.matcher(line).matches()) {
                heading();
            } else if (BULLET.matcher(line).matches()) {
                list(false);
            } else if (NUMBERED.matcher(line).matches()) {
                list(true);
            } else {
                paragraph();
            }
        }
    }

    private void fencedCode(String language) {
        int start = index;
        index++;
        StringBuilder code = new StringBuilder();
        while (index < lines.length && !lines[index].strip().equals("```")) {
            if (code.length() > 0) {
                code.append('\n');
            }
            code.append(lines[index]);
            index++;
        }
        if (index >= lines.length) {
            problems.add("line " + (start + firstLine) + ": the ``` code block is never closed");
        } else {
            index++;
        }
        blocks.add(new CodeBlock(language, code.toString()));
    }

    private void heading() {
        Matcher m = HEADING.matcher(lines[index]);
        m.matches();
        int level = m.group(1).length();
        if (level > 2) {
            problem("only # and ## headings are supported");
        }
        blocks.add(new Heading(Math.min(level, 2), inline(m.group(2).strip())));
        index++;
    }

    private void paragraph() {
        StringBuilder text = new StringBuilder();
        int start = index;
        while (index < lines.length && !lines[index].isBlank()) {
            String line = lines[index];
            if (index > start && startsBlock(line)) {
                break;
            }
            checkLine(line);
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(line.strip());
            index++;
        }
        blocks.add(new Paragraph(inline(text.toString(), start)));
    }

    private void list(boolean numbered) {
        Pattern marker = numbered ? NUMBERED : BULLET;
        List<List<Inline>> items = new ArrayList<>();
        int start = -1;
        while (index < lines.length) {
            Matcher m = marker.matcher(lines[index]);
            if (!m.matches()) {
                break;
            }
            int itemLine = index;
            if (start < 0) {
                start = numbered ? Integer.parseInt(m.group(1)) : 1;
            }
            StringBuilder text = new StringBuilder((numbered ? m.group(2) : m.group(1)).strip());
            index++;
            while (index < lines.length && !lines[index].isBlank()
                    && Character.isWhitespace(lines[index].charAt(0))) {
                checkLine(lines[index].strip());
                text.append(' ').append(lines[index].strip());
                index++;
            }
            items.add(inline(text.toString(), itemLine));
            if (index < lines.length && lines[index].isBlank() && index + 1 < lines.length
                    && marker.matcher(lines[index + 1]).matches()) {
                index++;
            }
        }
        blocks.add(numbered ? new NumberedList(start, items) : new BulletList(items));
    }

    private boolean startsBlock(String line) {
        return line.strip().startsWith("```") || HEADING.matcher(line).matches()
                || BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches();
    }

    private void checkLine(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith(">")) {
            problem("block quotes are not supported");
        } else if (trimmed.startsWith("|")) {
            problem("tables are not supported");
        } else if (STAR_BULLET.matcher(trimmed).matches() && !RULE.matcher(trimmed).matches()) {
            problem("bullets are written '- item'");
        } else if (RULE.matcher(trimmed).matches()) {
            problem("horizontal rules are not supported");
        }
    }

    private List<Inline> inline(String text) {
        return inline(text, index);
    }

    private List<Inline> inline(String text, int lineIndex) {
        if (LINK.matcher(withoutCode(text)).find()) {
            problems.add("line " + (lineIndex + firstLine) + ": links and images are not supported");
        }
        if (HTML.matcher(withoutCode(text)).find()) {
            problems.add("line " + (lineIndex + firstLine) + ": HTML is not supported");
        }
        List<String> found = new ArrayList<>();
        List<Inline> spans = new InlineParser(text, found).spans(null);
        for (String p : found) {
            problems.add("line " + (lineIndex + firstLine) + ": " + p);
        }
        return spans;
    }

    private static String withoutCode(String text) {
        return text.replaceAll("`[^`]*`", "");
    }

    private void problem(String message) {
        problems.add("line " + (index + firstLine) + ": " + message);
    }

    /** Splits one line of text into spans; unclosed markers become literal text. */
    private static final class InlineParser {
        private final String text;
        private final List<String> problems;
        private int pos;

        InlineParser(String text, List<String> problems) {
            this.text = text;
            this.problems = problems;
        }

        List<Inline> spans(String closer) {
            List<Inline> out = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            while (pos < text.length()) {
                if (closer != null && closes(closer)) {
                    break;
                }
                char c = text.charAt(pos);
                if (c == '\\' && pos + 1 < text.length()) {
                    plain.append(text.charAt(pos + 1));
                    pos += 2;
                } else if (c == '`') {
                    int end = text.indexOf('`', pos + 1);
                    if (end < 0) {
                        problems.add("the ` code span is never closed");
                        plain.append(c);
                        pos++;
                    } else {
                        flush(plain, out);
                        out.add(new Code(text.substring(pos + 1, end)));
                        pos = end + 1;
                    }
                } else if (text.startsWith("**", pos)) {
                    pos = delimited("**", plain, out, pos);
                } else if (c == '*') {
                    pos = delimited("*", plain, out, pos);
                } else {
                    plain.append(c);
                    pos++;
                }
            }
            flush(plain, out);
            return out;
        }

        /**
         * Whether the stars at {@code pos} end the span opened with {@code closer}. A single
         * {@code *} closes at a run of one or three stars ({@code *it***} ends italic, then bold);
         * a run of two opens bold inside the italic instead.
         */
        private boolean closes(String closer) {
            if (!text.startsWith(closer, pos)) {
                return false;
            }
            if (closer.length() == 2) {
                return true;
            }
            int run = 0;
            while (pos + run < text.length() && text.charAt(pos + run) == '*') {
                run++;
            }
            return run % 2 == 1;
        }

        private int delimited(String marker, StringBuilder plain, List<Inline> out, int start) {
            pos = start + marker.length();
            int reported = problems.size();
            List<Inline> content = spans(marker);
            if (pos >= text.length() || content.isEmpty()) {
                problems.subList(reported, problems.size()).clear();
                problems.add("the " + marker + " is never closed");
                plain.append(marker);
                pos = start + marker.length();
                return pos;
            }
            flush(plain, out);
            out.add(marker.length() == 2 ? new Strong(content) : new Emphasis(content));
            return pos + marker.length();
        }

        private static void flush(StringBuilder plain, List<Inline> out) {
            if (plain.length() > 0) {
                out.add(new Text(plain.toString()));
                plain.setLength(0);
            }
        }
    }
}
