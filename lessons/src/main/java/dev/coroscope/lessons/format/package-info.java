/**
 * Small, strict readers for the text formats a lesson folder uses: {@link
 * dev.coroscope.lessons.format.Json} for {@code predict.json}, {@link
 * dev.coroscope.lessons.format.FrontMatter} for the head of {@code lesson.md}, and {@link
 * dev.coroscope.lessons.format.Markdown} for the Markdown subset the app renders. They report
 * mistakes with a line (and column) instead of guessing, because their input is written by hand.
 * No dependencies beyond the JDK.
 */
package dev.coroscope.lessons.format;
