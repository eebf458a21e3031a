/**
 * Never losing an edit: where Coroscope keeps the learner's work ({@link
 * dev.coroscope.app.autosave.AppData}), the kept copies on disk ({@link
 * dev.coroscope.app.autosave.AutosaveStore}: a lesson's edited example, a recovery copy of an
 * opened file), the debounced writer that keeps them within a second of each change ({@link
 * dev.coroscope.app.autosave.Autosaver}), and the coordinator that follows the editor's document
 * and offers recovered edits after a crash ({@link dev.coroscope.app.autosave.EditorAutosave}).
 */
package dev.coroscope.app.autosave;
