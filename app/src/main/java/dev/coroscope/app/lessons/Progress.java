package dev.coroscope.app.lessons;

import dev.coroscope.lessons.format.FormatException;
import dev.coroscope.lessons.format.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the learner has done, remembered between runs: per lesson whether it was opened, whether it
 * is completed (every question answered), and each answer given (the choice and whether it was
 * right); and which document was open last (a lesson, or a file), so the next start continues there.
 *
 * <p>Stored as a small JSON object ({@link #toJson()}, {@link #fromJson(String)}); reading is
 * lenient, because a damaged file must never keep Coroscope from starting: whatever cannot be read
 * is forgotten. Lives on the FX thread.
 */
public final class Progress {
    /** The format written; a file with another version is read as far as it is understood. */
    static final int VERSION = 1;

    /** An answer the learner gave: the index of the choice, and whether it was the right one. */
    public record Answer(int choice, boolean correct) {
    }

    /** One lesson's progress. */
    public static final class LessonRecord {
        private boolean opened;
        private boolean completed;
        private final Map<String, Answer> answers = new LinkedHashMap<>();

        public boolean opened() {
            return opened;
        }

        public boolean completed() {
            return completed;
        }

        /** Answers by question id, in the order they were given. */
        public Map<String, Answer> answers() {
            return Collections.unmodifiableMap(answers);
        }
    }

    private final Map<String, LessonRecord> lessons = new LinkedHashMap<>();
    private String currentLesson;
    private String currentFile;

    /** The record of {@code lessonId}; empty (not opened) if the learner never opened it. */
    public LessonRecord lesson(String lessonId) {
        LessonRecord r = lessons.get(lessonId);
        return r != null ? r : new LessonRecord();
    }

    public void markOpened(String lessonId) {
        record(lessonId).opened = true;
    }

    public void markCompleted(String lessonId) {
        LessonRecord r = record(lessonId);
        r.opened = true;
        r.completed = true;
    }

    /** Remembers the learner's latest answer to a question (a new answer replaces the old one). */
    public void answer(String lessonId, String questionId, int choice, boolean correct) {
        LessonRecord r = record(lessonId);
        r.opened = true;
        r.answers.remove(questionId);
        r.answers.put(questionId, new Answer(choice, correct));
    }

    /** The lesson shown when Coroscope last had a lesson's example in the editor. */
    public Optional<String> currentLesson() {
        return Optional.ofNullable(currentLesson);
    }

    /** The file that was open in the editor when Coroscope last ran, if the last document was a file. */
    public Optional<String> currentFile() {
        return Optional.ofNullable(currentFile);
    }

    /** The editor now shows lesson {@code lessonId}'s example. */
    public void showingLesson(String lessonId) {
        currentLesson = lessonId;
        currentFile = null;
    }

    /** The editor now shows the file {@code path} (absolute); the lesson beside it stays remembered. */
    public void showingFile(String path) {
        currentFile = path;
    }

    /** The editor shows neither a lesson nor a file (a new document): the next start opens the lesson. */
    public void showingNoFile() {
        currentFile = null;
    }

    // ---- JSON -------------------------------------------------------------------------------

    public String toJson() {
        StringBuilder out = new StringBuilder("{\n  \"version\": ").append(VERSION);
        if (currentLesson != null) {
            out.append(",\n  \"currentLesson\": ").append(quote(currentLesson));
        }
        if (currentFile != null) {
            out.append(",\n  \"currentFile\": ").append(quote(currentFile));
        }
        out.append(",\n  \"lessons\": {");
        String sep = "\n";
        for (Map.Entry<String, LessonRecord> e : lessons.entrySet()) {
            LessonRecord r = e.getValue();
            out.append(sep).append("    ").append(quote(e.getKey())).append(": {\"opened\": ").append(r.opened)
                    .append(", \"completed\": ").append(r.completed).append(", \"answers\": {");
            String inner = "";
            for (Map.Entry<String, Answer> a : r.answers.entrySet()) {
                out.append(inner).append(quote(a.getKey())).append(": {\"choice\": ").append(a.getValue().choice())
                        .append(", \"correct\": ").append(a.getValue().correct()).append('}');
                inner = ", ";
            }
            out.append("}}");
            sep = ",\n";
        }
        out.append(lessons.isEmpty() ? "}\n}\n" : "\n  }\n}\n");
        return out.toString();
    }

    /** Reads what it can of {@code json}; anything malformed is left out. */
    public static Progress fromJson(String json) {
        Progress p = new Progress();
        Object root;
        try {
            root = Json.parse(json);
        } catch (FormatException e) {
            return p;
        }
        if (!(root instanceof Map<?, ?> top)) {
            return p;
        }
        if (top.get("currentLesson") instanceof String s) {
            p.currentLesson = s;
        }
        if (top.get("currentFile") instanceof String s) {
            p.currentFile = s;
        }
        if (top.get("lessons") instanceof Map<?, ?> lessons) {
            for (Map.Entry<?, ?> e : lessons.entrySet()) {
                if (e.getKey() instanceof String id && e.getValue() instanceof Map<?, ?> fields) {
                    LessonRecord r = p.record(id);
                    r.opened = Boolean.TRUE.equals(fields.get("opened"));
                    r.completed = Boolean.TRUE.equals(fields.get("completed"));
                    if (fields.get("answers") instanceof Map<?, ?> answers) {
                        for (Map.Entry<?, ?> a : answers.entrySet()) {
                            if (a.getKey() instanceof String q && a.getValue() instanceof Map<?, ?> af
                                    && af.get("choice") instanceof Long choice && af.get("correct") instanceof Boolean ok
                                    && choice >= 0 && choice < 100) {
                                r.answers.put(q, new Answer(choice.intValue(), ok));
                            }
                        }
                    }
                }
            }
        }
        return p;
    }

    private LessonRecord record(String lessonId) {
        return lessons.computeIfAbsent(lessonId, id -> new LessonRecord());
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
