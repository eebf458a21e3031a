package dev.coroscope.lessons;

/**
 * One mistake in the lesson content.
 *
 * @param lesson the lesson folder name, or {@code index.txt} for the index
 * @param file the file within the folder, or empty when it concerns the whole lesson
 * @param message what is wrong, in words an author can act on
 */
public record Problem(String lesson, String file, String message) {
    @Override
    public String toString() {
        return lesson + (file.isEmpty() ? "" : "/" + file) + ": " + message;
    }
}
