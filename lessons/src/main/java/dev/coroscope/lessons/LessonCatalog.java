package dev.coroscope.lessons;

import java.util.List;
import java.util.Optional;

/**
 * The lessons in the order the learner meets them, and every problem found while loading and
 * validating them. With correct content {@code problems} is empty; the app shows what loaded
 * either way.
 */
public record LessonCatalog(List<Lesson> lessons, List<Problem> problems) {
    public LessonCatalog {
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
    }

    /** The lesson Coroscope opens on at first start. */
    public Optional<Lesson> first() {
        return lessons.isEmpty() ? Optional.empty() : Optional.of(lessons.get(0));
    }

    public Optional<Lesson> byId(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The lessons listing {@code topic} in their front matter, in order. */
    public List<Lesson> withTopic(String topic) {
        return lessons.stream().filter(l -> l.topics().contains(topic)).toList();
    }
}
