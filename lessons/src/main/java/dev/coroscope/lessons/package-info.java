/**
 * Coroscope's lessons as data: {@link dev.coroscope.lessons.Lesson} (one folder under {@code
 * lessons/} on the classpath), {@link dev.coroscope.lessons.LessonLoader} which reads them in the
 * order of {@code lessons/index.txt} from a {@link dev.coroscope.lessons.LessonSource}, {@link
 * dev.coroscope.lessons.LessonValidator} with every rule that can be checked without running an
 * example, and {@link dev.coroscope.lessons.Topics}, the topic ids the lessons must cover.
 * Loading never throws for bad content: it returns a {@link dev.coroscope.lessons.LessonCatalog}
 * with the lessons that could be read and a {@link dev.coroscope.lessons.Problem} for each
 * mistake. The format is described for authors in {@code lessons/README.md}.
 */
package dev.coroscope.lessons;
