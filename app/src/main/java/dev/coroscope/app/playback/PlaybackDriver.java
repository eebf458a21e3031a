package dev.coroscope.app.playback;

import javafx.animation.AnimationTimer;

/**
 * Drives playing: while the view model plays, calls {@link PlaybackViewModel#advance(long)} once a
 * frame with the time since the previous frame. Runs only while playing, so an idle window has no
 * per-frame work.
 */
public final class PlaybackDriver {
    private final PlaybackViewModel playback;
    private final AnimationTimer timer;
    private long last = -1;

    public PlaybackDriver(PlaybackViewModel playback) {
        this.playback = playback;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last >= 0) {
                    playback.advance(now - last);
                }
                last = now;
            }
        };
        playback.playingProperty().addListener((obs, old, now) -> {
            if (now) {
                last = -1;
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    public void dispose() {
        timer.stop();
    }
}
