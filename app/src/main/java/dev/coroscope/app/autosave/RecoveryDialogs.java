package dev.coroscope.app.autosave;

import java.time.Instant;

/** The question asked when an opened file has a recovery copy newer than the file itself. */
public interface RecoveryDialogs {

    /**
     * Asks whether to restore the unsaved changes to {@code documentName} that Coroscope kept at
     * {@code savedAt} (before it was closed without saving them, e.g. by a crash). True restores them.
     */
    boolean offerRecovery(String documentName, Instant savedAt);
}
