package dev.coroscope.lessons.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PredictParserTest {
    private static String question(String check) {
        return "{\"questions\": [{\"id\": \"q\", \"at\": {\"line\": 3, \"hit\": 2}, \"question\": \"Which?\","
                + " \"choices\": [\"a\", \"b\"], \"answer\": 1, \"check\": " + check
                + ", \"explanation\": \"Because.\"}]}";
    }

    private static Check onlyCheck(String check) {
        PredictParser.Result r = PredictParser.parse(question(check));
        assertEquals(List.of(), r.problems());
        return r.questions().get(0).check();
    }

    @Test
    void reads_a_question_with_all_its_fields() {
        PredictParser.Result r = PredictParser.parse(question("{\"kind\": \"next-task\", \"expect\": \"b\"}"));
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(new PredictQuestion("q", new Anchor(3, 2), "Which?", List.of("a", "b"), 1,
                new Check.NextTask("b"), "Because.")), r.questions());
    }

    @Test
    void reads_every_check_kind() {
        assertEquals(new Check.NextOutput("x y"), onlyCheck("{\"kind\": \"next-output\", \"expect\": \"x y\"}"));
        assertEquals(new Check.TaskState("Task-2", TaskStatus.WAITING),
                onlyCheck("{\"kind\": \"task-state\", \"task\": \"Task-2\", \"expect\": \"WAITING\"}"));
        assertEquals(new Check.CoroState("work", CoroStatus.SUSPENDED),
                onlyCheck("{\"kind\": \"coro-state\", \"coro\": \"work\", \"expect\": \"SUSPENDED\"}"));
        assertEquals(new Check.CoroFlag("work", Check.Flag.CR_SUSPENDED, true),
                onlyCheck("{\"kind\": \"coro-flag\", \"coro\": \"work\", \"flag\": \"cr_suspended\", \"expect\": true}"));
        assertEquals(new Check.Clock(0.5), onlyCheck("{\"kind\": \"clock\", \"expect\": 0.5}"));
        assertEquals(new Check.Clock(2), onlyCheck("{\"kind\": \"clock\", \"expect\": 2}"));
    }

    @Test
    void an_unknown_check_kind_is_reported_and_the_question_dropped() {
        PredictParser.Result r = PredictParser.parse(question("{\"kind\": \"next-line\", \"expect\": \"x\"}"));
        assertEquals(List.of(), r.questions());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).startsWith("question 'q': unknown check kind \"next-line\""),
                r.problems().get(0));
    }

    @Test
    void a_state_outside_the_known_names_is_reported() {
        PredictParser.Result r = PredictParser.parse(
                question("{\"kind\": \"task-state\", \"task\": \"T\", \"expect\": \"SLEEPING\"}"));
        assertEquals(List.of("question 'q': check.expect must be one of READY RUNNING WAITING DONE CANCELLED FAILED"),
                r.problems());
    }

    @Test
    void a_misspelt_field_is_reported() {
        String json = question("{\"kind\": \"clock\", \"expect\": 1}").replace("\"explanation\"", "\"explanaton\"");
        PredictParser.Result r = PredictParser.parse(json);
        assertEquals(List.of(), r.questions());
        assertEquals(List.of("question 'q': unknown field \"explanaton\"",
                "question 'q': needs \"explanation\" as a string"), r.problems());
    }

    @Test
    void wrong_types_are_reported() {
        String json = question("{\"kind\": \"coro-flag\", \"coro\": \"c\", \"flag\": \"cr_frame\", \"expect\": \"yes\"}")
                .replace("\"answer\": 1", "\"answer\": \"1\"");
        PredictParser.Result r = PredictParser.parse(json);
        assertEquals(List.of("question 'q': needs \"answer\" as a whole number",
                "question 'q': check.flag must be \"cr_running\" or \"cr_suspended\"",
                "question 'q': check.expect must be true or false"), r.problems());
    }

    @Test
    void a_multi_line_expected_output_is_reported() {
        PredictParser.Result r = PredictParser.parse(question("{\"kind\": \"next-output\", \"expect\": \"a\\nb\"}"));
        assertEquals(List.of("question 'q': check.expect is one line of output, without a newline"), r.problems());
    }

    @Test
    void broken_json_and_a_wrong_top_level_are_reported() {
        assertEquals(List.of("line 1, column 15: unexpected end of text, expected a value"),
                PredictParser.parse("{\"questions\": ").problems());
        assertEquals(List.of("expected {\"questions\": [...]}"), PredictParser.parse("[]").problems());
    }
}
