package dev.coroscope.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each rule of the format, broken on purpose in an otherwise valid lesson. */
class LessonValidatorTest {
    private static final String ID = "01-demo";
    private static final String MD = """
            ---
            title: Demo
            topics:
              - await
            ---
            # Demo

            Press **F10**.
            """;
    private static final String EXAMPLE = "import asyncio\n\nasync def main():\n    print(\"hi\")\n\nasyncio.run(main())\n";
    private static final String QUESTION = """
            {"questions": [{
              "id": "what-prints",
              "at": {"line": 4, "hit": 1},
              "question": "What is printed?",
              "choices": ["hi", "bye"],
              "answer": 0,
              "check": {"kind": "next-output", "expect": "hi"},
              "explanation": "main prints hi."
            }]}
            """;

    private static Map<String, String> files() {
        Map<String, String> files = new HashMap<>();
        files.put("index.txt", ID + "\n");
        files.put(ID + "/lesson.md", MD);
        files.put(ID + "/example.py", EXAMPLE);
        files.put(ID + "/expected.out", "hi\n");
        files.put(ID + "/predict.json", QUESTION);
        return files;
    }

    private static LessonCatalog load(Map<String, String> files) {
        return LessonLoader.load(path -> Optional.ofNullable(files.get(path)));
    }

    private static List<String> problemsWith(String file, UnaryOperator<String> change) {
        Map<String, String> files = files();
        files.put(ID + "/" + file, change.apply(files.get(ID + "/" + file)));
        return load(files).problems().stream().map(Problem::toString).toList();
    }

    private static void assertProblem(String expected, List<String> problems) {
        assertEquals(List.of(expected), problems);
    }

    @Test
    void a_valid_lesson_loads_with_all_its_parts() {
        LessonCatalog catalog = load(files());
        assertEquals(List.of(), catalog.problems());
        Lesson lesson = catalog.lessons().get(0);
        assertEquals(1, lesson.number());
        assertEquals("demo", lesson.slug());
        assertEquals("Demo", lesson.title());
        assertEquals(List.of("await"), lesson.topics());
        assertEquals(6, lesson.exampleLines().size());
        assertEquals(Optional.empty(), lesson.expectedErr());
        assertEquals("hi", lesson.questions().get(0).correctChoice());
    }

    @Test
    void a_missing_required_file_leaves_the_lesson_out() {
        Map<String, String> files = files();
        files.remove(ID + "/expected.out");
        LessonCatalog catalog = load(files);
        assertEquals(List.of(), catalog.lessons());
        assertEquals(List.of("01-demo/expected.out: is missing"),
                catalog.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void an_index_naming_a_bad_or_repeated_folder_is_reported() {
        Map<String, String> files = files();
        files.put("index.txt", "# comment\n01-demo\nDemo Lesson\n01-demo\n");
        assertEquals(List.of("index.txt: line 3: 'Demo Lesson' is not a lesson folder name (NN-slug)",
                "index.txt: line 4: '01-demo' is listed twice"),
                load(files).problems().stream().map(Problem::toString).toList());
        files.remove("index.txt");
        assertEquals(List.of("index.txt: is missing"), load(files).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void numbers_must_follow_index_order() {
        Map<String, String> files = files();
        files.put("index.txt", "03-demo\n");
        files.put("03-demo/lesson.md", MD);
        files.put("03-demo/example.py", EXAMPLE);
        files.put("03-demo/expected.out", "hi\n");
        assertProblem("index.txt: lesson 1 in the index is 03-demo: numbers must run 01, 02, ... in index order",
                load(files).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void front_matter_needs_a_title_and_topics_and_no_unknown_keys() {
        assertProblem("01-demo/lesson.md: front matter needs a non-empty 'title:'",
                problemsWith("lesson.md", md -> md.replace("title: Demo\n", "")));
        assertProblem("01-demo/lesson.md: front matter needs 'topics:' with at least one topic id",
                problemsWith("lesson.md", md -> md.replace("topics:\n  - await\n", "topics: []\n")));
        assertProblem("01-demo/lesson.md: unknown front matter key 'titel' (known: title, topics)",
                problemsWith("lesson.md", md -> md.replace("---\n#", "titel: x\n---\n#")));
        assertEquals(List.of("01-demo/lesson.md: 'topics:' must be a list",
                "01-demo/lesson.md: front matter needs 'topics:' with at least one topic id"),
                problemsWith("lesson.md", md -> md.replace("topics:\n  - await\n", "topics: await\n")));
        assertProblem("01-demo/lesson.md: topic 'Await' is not an id (lowercase letters, digits, - and _)",
                problemsWith("lesson.md", md -> md.replace("- await", "- Await")));
    }

    @Test
    void unreadable_front_matter_leaves_the_lesson_out() {
        assertProblem("01-demo/lesson.md: line 1: the file must start with a '---' line (front matter)",
                problemsWith("lesson.md", md -> md.substring(4)));
    }

    @Test
    void markdown_outside_the_subset_is_reported_with_its_line_in_the_file() {
        assertProblem("01-demo/lesson.md: line 8: links and images are not supported",
                problemsWith("lesson.md", md -> md.replace("Press **F10**.", "See [docs](http://x).")));
    }

    @Test
    void the_example_must_fit_a_projector() {
        String wide = "x = \"" + "a".repeat(70) + "\"\n";
        assertProblem("01-demo/example.py: line 7 is wider than 70 columns",
                problemsWith("example.py", ex -> ex + wide));
        assertProblem("01-demo/example.py: has 31 lines; at most 30 (aim for 25)",
                problemsWith("example.py", ex -> ex + "pass\n".repeat(25)));
        assertProblem("01-demo/example.py: line 4 contains a tab; indent with spaces",
                problemsWith("example.py", ex -> ex.replace("    print", "\tprint")));
        assertProblem("01-demo/example.py: must end with a newline",
                problemsWith("example.py", String::strip));
    }

    @Test
    void expected_output_must_be_a_recording() {
        assertProblem("01-demo/expected.out: is empty: an example must print something",
                problemsWith("expected.out", out -> ""));
        assertProblem("01-demo/expected.out: does not end with a newline (record it with record.sh)",
                problemsWith("expected.out", String::strip));
    }

    @Test
    void the_answer_must_index_the_choices_and_state_what_the_check_expects() {
        assertProblem("01-demo/predict.json: question 'what-prints': answer 2 is not an index into the 2 choices (the first is 0)",
                problemsWith("predict.json", q -> q.replace("\"answer\": 0", "\"answer\": 2")));
        assertProblem("01-demo/predict.json: question 'what-prints': the answer \"bye\" does not state what the next-output check expects (hi)",
                problemsWith("predict.json", q -> q.replace("\"answer\": 0", "\"answer\": 1")));
    }

    @Test
    void the_anchor_must_be_a_line_of_code_in_the_example() {
        assertProblem("01-demo/predict.json: question 'what-prints': at.line 9 is outside example.py (1-6)",
                problemsWith("predict.json", q -> q.replace("\"line\": 4", "\"line\": 9")));
        assertProblem("01-demo/predict.json: question 'what-prints': at.line 2 is blank or a comment, so it never starts",
                problemsWith("predict.json", q -> q.replace("\"line\": 4", "\"line\": 2")));
        assertProblem("01-demo/predict.json: question 'what-prints': at.hit must be 1 or more",
                problemsWith("predict.json", q -> q.replace("\"hit\": 1", "\"hit\": 0")));
    }

    @Test
    void choices_must_be_distinct_and_at_least_two() {
        assertProblem("01-demo/predict.json: question 'what-prints': two choices are the same",
                problemsWith("predict.json", q -> q.replace("\"bye\"", "\"hi\"")));
        List<String> one = problemsWith("predict.json", q -> q.replace(", \"bye\"", ""));
        assertProblem("01-demo/predict.json: question 'what-prints': needs at least 2 choices", one);
    }

    @Test
    void question_ids_must_be_unique_and_well_formed() {
        String two = QUESTION.replace("}]}", "}, " + QUESTION.substring(QUESTION.indexOf('[') + 1));
        assertProblem("01-demo/predict.json: question 'what-prints': the id is used twice",
                problemsWith("predict.json", q -> two));
        assertProblem("01-demo/predict.json: question 'What_prints': the id must be lowercase words joined by hyphens",
                problemsWith("predict.json", q -> q.replace("what-prints", "What_prints")));
    }

    @Test
    void parse_errors_in_predict_json_are_reported_as_problems() {
        List<String> problems = problemsWith("predict.json", q -> q.replace("\"next-output\"", "\"next-line\""));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("01-demo/predict.json: question 'what-prints': unknown check kind"),
                problems.get(0));
    }

    @Test
    void an_expected_err_file_is_kept_when_present() {
        Map<String, String> files = files();
        files.put(ID + "/expected.err", "warning\n");
        assertEquals(Optional.of("warning\n"), load(files).lessons().get(0).expectedErr());
        files.put(ID + "/expected.err", "");
        assertEquals(List.of("01-demo/expected.err: is empty: remove it (record.sh does)"),
                load(files).problems().stream().map(Problem::toString).toList());
    }
}
