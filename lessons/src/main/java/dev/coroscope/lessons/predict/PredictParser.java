package dev.coroscope.lessons.predict;

import dev.coroscope.lessons.format.FormatException;
import dev.coroscope.lessons.format.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code predict.json}: {@code {"questions": [ ... ]}}, each question with exactly the
 * fields {@code id, at, question, choices, answer, check, explanation}. A question with a
 * missing, misspelt or mistyped field is left out and described in {@link Result#problems()};
 * the others are returned in file order. Rules that need the rest of the lesson (the answer
 * index, the anchor line, the choice matching the check) belong to the lesson validator.
 */
public final class PredictParser {
    private static final Set<String> QUESTION_KEYS =
            Set.of("id", "at", "question", "choices", "answer", "check", "explanation");

    /** The questions that could be read, and a message for each that could not. */
    public record Result(List<PredictQuestion> questions, List<String> problems) {
        public Result {
            questions = List.copyOf(questions);
            problems = List.copyOf(problems);
        }
    }

    private PredictParser() {
    }

    public static Result parse(String json) {
        List<PredictQuestion> questions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Object root;
        try {
            root = Json.parse(json);
        } catch (FormatException e) {
            return new Result(List.of(), List.of(e.getMessage()));
        }
        if (!(root instanceof Map<?, ?> top) || !(top.get("questions") instanceof List<?> list)) {
            return new Result(List.of(), List.of("expected {\"questions\": [...]}"));
        }
        for (Object key : top.keySet()) {
            if (!"questions".equals(key)) {
                problems.add("unknown top-level key \"" + key + "\"");
            }
        }
        for (int i = 0; i < list.size(); i++) {
            Fields f = new Fields(list.get(i), "question " + (i + 1), problems);
            PredictQuestion q = f.question();
            if (q != null) {
                questions.add(q);
            }
        }
        return new Result(questions, problems);
    }

    /** Typed access to one JSON object, reporting what is wrong under a label. */
    private static final class Fields {
        private final Map<?, ?> map;
        private String label;
        private final List<String> problems;
        private boolean broken;

        Fields(Object value, String label, List<String> problems) {
            this.map = value instanceof Map<?, ?> m ? m : Map.of();
            this.label = label;
            this.problems = problems;
            if (!(value instanceof Map)) {
                problem("is not a JSON object");
            }
        }

        PredictQuestion question() {
            if (broken) {
                return null;
            }
            String id = string("id");
            if (id != null) {
                label = "question '" + id + "'";
            }
            for (Object key : map.keySet()) {
                if (!QUESTION_KEYS.contains(key)) {
                    problem("unknown field \"" + key + "\"");
                }
            }
            Anchor at = anchor();
            String text = string("question");
            List<String> choices = strings("choices");
            Integer answer = integer(map, "answer", "answer");
            Check check = check();
            String explanation = string("explanation");
            if (broken) {
                return null;
            }
            return new PredictQuestion(id, at, text, choices, answer, check, explanation);
        }

        private Anchor anchor() {
            if (!(map.get("at") instanceof Map<?, ?> at)) {
                problem("needs \"at\": {\"line\": N, \"hit\": N}");
                return null;
            }
            for (Object key : at.keySet()) {
                if (!"line".equals(key) && !"hit".equals(key)) {
                    problem("unknown field \"" + key + "\" in \"at\"");
                }
            }
            Integer line = integer(at, "line", "at.line");
            Integer hit = integer(at, "hit", "at.hit");
            return line == null || hit == null ? null : new Anchor(line, hit);
        }

        private Check check() {
            if (!(map.get("check") instanceof Map<?, ?> c)) {
                problem("needs \"check\": {\"kind\": ..., \"expect\": ...}");
                return null;
            }
            if (!(c.get("kind") instanceof String kind)) {
                problem("check needs a \"kind\"");
                return null;
            }
            Object expect = c.get("expect");
            Set<String> allowed;
            Check check = null;
            switch (kind) {
                case "next-task":
                    allowed = Set.of("kind", "expect");
                    if (nonEmpty(expect, "check.expect (a task name)")) {
                        check = new Check.NextTask((String) expect);
                    }
                    break;
                case "next-output":
                    allowed = Set.of("kind", "expect");
                    if (expect instanceof String s && s.contains("\n")) {
                        problem("check.expect is one line of output, without a newline");
                    } else if (nonEmpty(expect, "check.expect (a line of output)")) {
                        check = new Check.NextOutput((String) expect);
                    }
                    break;
                case "task-state":
                    allowed = Set.of("kind", "task", "expect");
                    TaskStatus task = status(TaskStatus.class, expect);
                    if (nonEmpty(c.get("task"), "check.task (a task name)") && task != null) {
                        check = new Check.TaskState((String) c.get("task"), task);
                    }
                    break;
                case "coro-state":
                    allowed = Set.of("kind", "coro", "expect");
                    CoroStatus coro = status(CoroStatus.class, expect);
                    if (nonEmpty(c.get("coro"), "check.coro (a qualified name)") && coro != null) {
                        check = new Check.CoroState((String) c.get("coro"), coro);
                    }
                    break;
                case "coro-flag":
                    allowed = Set.of("kind", "coro", "flag", "expect");
                    Check.Flag flag = c.get("flag") instanceof String s ? Check.Flag.of(s) : null;
                    if (flag == null) {
                        problem("check.flag must be \"cr_running\" or \"cr_suspended\"");
                    }
                    if (!(expect instanceof Boolean)) {
                        problem("check.expect must be true or false");
                    }
                    if (nonEmpty(c.get("coro"), "check.coro (a qualified name)") && flag != null
                            && expect instanceof Boolean b) {
                        check = new Check.CoroFlag((String) c.get("coro"), flag, b);
                    }
                    break;
                case "clock":
                    allowed = Set.of("kind", "expect");
                    if (expect instanceof Number n && n.doubleValue() >= 0) {
                        check = new Check.Clock(n.doubleValue());
                    } else {
                        problem("check.expect must be a number of seconds (0 or more)");
                    }
                    break;
                default:
                    problem("unknown check kind \"" + kind + "\" (known: next-task, next-output, "
                            + "task-state, coro-state, coro-flag, clock)");
                    return null;
            }
            for (Object key : c.keySet()) {
                if (!allowed.contains(key)) {
                    problem("unknown field \"" + key + "\" in a " + kind + " check");
                }
            }
            if (check == null) {
                broken = true;
            }
            return check;
        }

        private <E extends Enum<E>> E status(Class<E> type, Object value) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(value)) {
                    return e;
                }
            }
            List<String> names = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                names.add(e.name());
            }
            problem("check.expect must be one of " + String.join(" ", names));
            return null;
        }

        private boolean nonEmpty(Object value, String what) {
            if (value instanceof String s && !s.isEmpty()) {
                return true;
            }
            problem("needs " + what);
            return false;
        }

        private String string(String key) {
            if (map.get(key) instanceof String s) {
                return s;
            }
            problem("needs \"" + key + "\" as a string");
            return null;
        }

        private List<String> strings(String key) {
            if (!(map.get(key) instanceof List<?> list)) {
                problem("needs \"" + key + "\" as a list of strings");
                return null;
            }
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof String s)) {
                    problem("\"" + key + "\" must hold only strings");
                    return null;
                }
                out.add(s);
            }
            return out;
        }

        private Integer integer(Map<?, ?> from, String key, String name) {
            if (from.get(key) instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
                return n.intValue();
            }
            problem("needs \"" + name + "\" as a whole number");
            return null;
        }

        private void problem(String message) {
            broken = true;
            problems.add(label + ": " + message);
        }
    }
}
