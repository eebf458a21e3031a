/**
 * The lesson experience in the window: the lesson browser and the learner's progress ({@link
 * dev.coroscope.app.lessons.LessonBrowserViewModel}, {@link dev.coroscope.app.lessons.Progress},
 * {@link dev.coroscope.app.lessons.ProgressStore}), the lesson text rendered from its Markdown
 * ({@link dev.coroscope.app.lessons.LessonTextView}), the predict questions asked at their steps
 * ({@link dev.coroscope.app.lessons.PredictViewModel}, {@link
 * dev.coroscope.app.lessons.QuestionCardView}, {@link dev.coroscope.app.lessons.ProofHighlighter}),
 * the pane that holds them ({@link dev.coroscope.app.lessons.LessonPaneView}), and {@link
 * dev.coroscope.app.lessons.LessonFeatures}, which installs all of it into the main window.
 */
package dev.coroscope.app.lessons;
