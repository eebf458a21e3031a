package dev.coroscope.lessons;

import dev.coroscope.lessons.format.FormatException;
import dev.coroscope.lessons.format.FrontMatter;
import dev.coroscope.lessons.format.Markdown;
import dev.coroscope.lessons.predict.PredictParser;
import dev.coroscope.lessons.predict.PredictQuestion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lessons listed in {@code index.txt} (one folder name a line; blank lines and {@code
 * #} comments ignored) from a {@link LessonSource}, in that order, and validates each with {@link
 * LessonValidator}. An index is needed because classpath folders cannot be listed inside a jar.
 * A lesson whose required files are missing or whose front matter cannot be read is left out;
 * every mistake ends up in {@link LessonCatalog#problems()}, nothing is thrown for bad content.
 */
public final class LessonLoader {
    /** The classpath folder holding the lessons. */
    public static final String ROOT = "lessons";
    public static final String INDEX = "index.txt";
    public static final String TEXT = "lesson.md";
    public static final String EXAMPLE = "example.py";
    public static final String EXPECTED_OUT = "expected.out";
    public static final String EXPECTED_ERR = "expected.err";
    public static final String PREDICT = "predict.json";

    /** {@code NN-slug}: two digits, then lowercase words joined by hyphens. */
    public static final Pattern FOLDER = Pattern.compile("(\\d\\d)-([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final Set<String> FRONT_MATTER_KEYS = Set.of("title", "topics");

    private LessonLoader() {
    }

    /** The lessons packaged with Coroscope. */
    public static LessonCatalog fromClasspath() {
        return load(LessonSource.classpath(LessonLoader.class.getClassLoader()));
    }

    public static LessonCatalog load(LessonSource source) {
        List<Lesson> lessons = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String id : index(source, problems)) {
            Lesson lesson = lesson(source, id, problems);
            if (lesson != null) {
                problems.addAll(LessonValidator.validate(lesson));
                lessons.add(lesson);
            }
        }
        problems.addAll(LessonValidator.validateOrder(lessons));
        return new LessonCatalog(lessons, problems);
    }

    /** The folder names listed in the index, without duplicates, in order. */
    public static List<String> index(LessonSource source, List<Problem> problems) {
        Optional<String> text;
        try {
            text = source.read(INDEX);
        } catch (IOException e) {
            problems.add(new Problem(INDEX, "", "cannot be read: " + e.getMessage()));
            return List.of();
        }
        if (text.isEmpty()) {
            problems.add(new Problem(INDEX, "", "is missing"));
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = text.get().split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!FOLDER.matcher(line).matches()) {
                problems.add(new Problem(INDEX, "", "line " + (i + 1) + ": '" + line
                        + "' is not a lesson folder name (NN-slug)"));
            } else if (!seen.add(line)) {
                problems.add(new Problem(INDEX, "", "line " + (i + 1) + ": '" + line + "' is listed twice"));
            } else {
                ids.add(line);
            }
        }
        return ids;
    }

    private static Lesson lesson(LessonSource source, String id, List<Problem> problems) {
        Matcher name = FOLDER.matcher(id);
        name.matches();
        String md = required(source, id, TEXT, problems);
        String example = required(source, id, EXAMPLE, problems);
        String out = required(source, id, EXPECTED_OUT, problems);
        Optional<String> err = optional(source, id, EXPECTED_ERR, problems);
        Optional<String> predict = optional(source, id, PREDICT, problems);
        if (md == null || example == null || out == null) {
            return null;
        }
        FrontMatter head;
        try {
            head = FrontMatter.parse(md.replace("\r\n", "\n"));
        } catch (FormatException e) {
            problems.add(new Problem(id, TEXT, e.getMessage()));
            return null;
        }
        for (String key : head.fields().keySet()) {
            if (!FRONT_MATTER_KEYS.contains(key)) {
                problems.add(new Problem(id, TEXT, "unknown front matter key '" + key
                        + "' (known: title, topics)"));
            }
        }
        String title = head.string("title");
        if (title == null && head.fields().containsKey("title")) {
            problems.add(new Problem(id, TEXT, "'title:' must be a text, not a list"));
        }
        List<String> topics = head.list("topics");
        if (topics == null && head.fields().containsKey("topics")) {
            problems.add(new Problem(id, TEXT, "'topics:' must be a list"));
        }
        List<PredictQuestion> questions = List.of();
        if (predict.isPresent()) {
            PredictParser.Result parsed = PredictParser.parse(predict.get());
            for (String message : parsed.problems()) {
                problems.add(new Problem(id, PREDICT, message));
            }
            questions = parsed.questions();
        }
        return new Lesson(id, Integer.parseInt(name.group(1)), name.group(2),
                title == null ? "" : title, topics == null ? List.of() : topics,
                head.body(), Markdown.parse(head.body(), head.bodyLine()),
                example.replace("\r\n", "\n"), out, err, questions);
    }

    private static String required(LessonSource source, String id, String file, List<Problem> problems) {
        Optional<String> text = optional(source, id, file, problems);
        if (text.isEmpty()) {
            problems.add(new Problem(id, file, "is missing"));
        }
        return text.orElse(null);
    }

    private static Optional<String> optional(LessonSource source, String id, String file,
            List<Problem> problems) {
        try {
            return source.read(id + "/" + file);
        } catch (IOException e) {
            problems.add(new Problem(id, file, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
