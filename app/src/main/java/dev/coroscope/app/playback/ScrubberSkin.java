package dev.coroscope.app.playback;

import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.app.theme.TaskColors;
import dev.coroscope.app.theme.Tooltips;
import dev.coroscope.engine.trace.ScrubMark;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Slider;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Draws a {@link Scrubber}: a slider above a strip of task-switch marks. A long recording has more
 * switches than pixels; one mark per pixel column is drawn (the first there), so the strip stays
 * cheap whatever the recording's size.
 */
final class ScrubberSkin extends SkinBase<Scrubber> {
    private final Slider slider = new Slider();
    private final Pane strip = new Pane();
    private final List<Region> drawn = new ArrayList<>();
    private boolean updating;
    private List<Object> drawnFor;

    ScrubberSkin(Scrubber s) {
        super(s);
        slider.setMin(0);
        slider.setFocusTraversable(false);
        slider.getStyleClass().add("scrub-slider");
        strip.getStyleClass().add("scrub-strip");
        strip.setMouseTransparent(true);
        StackPane box = new StackPane(strip, slider);
        box.getStyleClass().add("scrubber-box");
        getChildren().add(box);
        sync();
        s.maxProperty().addListener((obs, old, now) -> sync());
        s.valueProperty().addListener((obs, old, now) -> sync());
        s.marksProperty().addListener((obs, old, now) -> s.requestLayout());
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!updating) {
                int step = (int) Math.round(now.doubleValue());
                if (step != s.valueProperty().get()) {
                    s.scrub(step);
                }
            }
        });
        Tooltips.install(slider, "Drag to any step; marks show where another task starts running");
    }

    private void sync() {
        updating = true;
        try {
            Scrubber s = getSkinnable();
            slider.setMax(Math.max(0, s.maxProperty().get()));
            slider.setValue(Math.max(0, s.valueProperty().get()));
            slider.setDisable(s.maxProperty().get() <= 0);
        } finally {
            updating = false;
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        int max = getSkinnable().maxProperty().get();
        List<ScrubMark> marks = getSkinnable().marksProperty().get();
        // Moving the thumb lays the scrubber out at every step; the marks change only with the
        // recording or the size, and new mark nodes would cost CSS work each time.
        List<Object> key = List.of(System.identityHashCode(marks), marks.size(), max, strip.getWidth(), strip.getHeight());
        if (key.equals(drawnFor)) {
            return;
        }
        drawnFor = key;
        strip.getChildren().removeAll(drawn);
        drawn.clear();
        if (max <= 0) {
            return;
        }
        // The thumb's centre travels between half a thumb from either end.
        Region thumb = (Region) slider.lookup(".thumb");
        double inset = thumb != null ? thumb.getWidth() / 2 : 8;
        double from = inset;
        double width = Math.max(1, strip.getWidth() - 2 * inset);
        double markW = Math.max(2, strip.getHeight() * 0.18);
        int lastColumn = Integer.MIN_VALUE;
        for (ScrubMark m : marks) {
            double mx = from + width * m.step() / (double) max;
            int column = (int) Math.floor(mx / markW);
            if (column == lastColumn) {
                continue;
            }
            lastColumn = column;
            Region r = new Region();
            r.getStyleClass().addAll(StyleClasses.SCRUB_MARK, TaskColors.styleClass(m.taskIndex()));
            r.setManaged(false);
            r.resizeRelocate(mx - markW / 2, 0, markW, strip.getHeight());
            drawn.add(r);
        }
        strip.getChildren().addAll(drawn);
    }
}
