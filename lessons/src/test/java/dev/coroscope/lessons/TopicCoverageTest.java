package dev.coroscope.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Together the lessons teach the whole reference page, then what lies beyond it. */
class TopicCoverageTest {
    private static final LessonCatalog CATALOG = LessonCatalogTest.CATALOG;

    @Test
    void every_reference_page_topic_has_a_lesson() {
        assertEquals(List.of(), uncovered(Topics.REFERENCE_PAGE));
    }

    @Test
    void every_beyond_the_page_topic_has_a_lesson() {
        assertEquals(List.of(), uncovered(Topics.BEYOND_PAGE));
    }

    @Test
    void there_are_at_least_three_puzzles() {
        int puzzles = CATALOG.withTopic("puzzle").size();
        assertTrue(puzzles >= Topics.MIN_PUZZLES, puzzles + " puzzles");
    }

    @Test
    void lessons_use_only_known_topic_ids() {
        List<String> unknown = new ArrayList<>();
        for (Lesson lesson : CATALOG.lessons()) {
            for (String topic : lesson.topics()) {
                if (!Topics.REFERENCE_PAGE.contains(topic) && !Topics.BEYOND_PAGE.contains(topic)) {
                    unknown.add(lesson.id() + ": " + topic);
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    private static List<String> uncovered(List<String> topics) {
        return topics.stream().filter(t -> CATALOG.withTopic(t).isEmpty()).toList();
    }
}
