package dev.coroscope.lessons;

import dev.coroscope.lessons.format.Markdown;
import dev.coroscope.lessons.predict.PredictQuestion;
import java.util.List;
import java.util.Optional;

/**
 * One lesson, read from its folder {@code NN-slug/}.
 *
 * @param id the folder name, e.g. {@code 01-hello-coroutine}; stable, so progress can be stored
 *     under it
 * @param number {@code NN}; lessons are shown in this order
 * @param slug the part after {@code NN-}
 * @param title from the front matter of {@code lesson.md}
 * @param topics topic ids from the front matter, in file order
 * @param markdown the text of {@code lesson.md} after the front matter
 * @param text {@code markdown} parsed into the supported subset
 * @param example {@code example.py}, with line ends normalised to {@code \n}
 * @param expectedOut {@code expected.out}, CPython's stdout for the example, byte for byte
 * @param expectedErr {@code expected.err}, CPython's stderr with paths shortened, when the example
 *     writes to stderr on purpose
 * @param questions from {@code predict.json}, empty when the lesson has none
 */
public record Lesson(String id, int number, String slug, String title, List<String> topics,
        String markdown, Markdown.Document text, String example, String expectedOut,
        Optional<String> expectedErr, List<PredictQuestion> questions) {
    public Lesson {
        topics = List.copyOf(topics);
        questions = List.copyOf(questions);
    }

    /** The example's lines, without line ends; a final newline does not add an empty line. */
    public List<String> exampleLines() {
        String body = example.endsWith("\n") ? example.substring(0, example.length() - 1) : example;
        return body.isEmpty() ? List.of() : List.of(body.split("\n", -1));
    }
}
