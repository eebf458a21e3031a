package dev.coroscope.app.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The task board's grid: equal columns that fill the width, as many as the cards' minimum width allows. */
@ExtendWith(ApplicationExtension.class)
class CardGridUiTest {
    private final CardGrid grid = new CardGrid();
    private final List<Region> cards = List.of(card(60), card(90), card(40));

    private static Region card(double height) {
        Region r = new Region();
        r.setMinWidth(100);
        r.setPrefHeight(height);
        return r;
    }

    /**
     * The grid gets a scene of its own, never the stage: TestFX hands every test class the same
     * primary stage, and a small scene on it would shrink the next class's window.
     */
    @Start
    void start(Stage stage) {
        grid.getChildren().setAll(cards);
        new Scene(grid);
    }

    private void layOut(FxRobot robot, double width) {
        robot.interact(() -> {
            grid.resize(width, grid.prefHeight(width));
            grid.layout();
        });
    }

    @Test
    void two_columns_fit_when_two_minimum_widths_and_a_gap_fit_and_the_cards_fill_them(FxRobot robot) {
        layOut(robot, 250);
        // gap: 4 % of the 100 px minimum width.
        assertEquals(0, cards.get(0).getLayoutX());
        assertEquals(123, cards.get(0).getWidth());
        assertEquals(127, cards.get(1).getLayoutX());
        assertEquals(123, cards.get(1).getWidth());
        // The second row starts below the taller card of the first row.
        assertEquals(0, cards.get(2).getLayoutX());
        assertEquals(94, cards.get(2).getLayoutY());
        assertEquals(90 + 4 + 40, grid.prefHeight(250));
    }

    @Test
    void a_width_below_two_cards_gives_one_column_as_wide_as_the_grid(FxRobot robot) {
        layOut(robot, 203);
        for (Region c : cards) {
            assertEquals(0, c.getLayoutX());
            assertEquals(203, c.getWidth());
        }
        assertEquals(60 + 4 + 90 + 4 + 40, grid.prefHeight(203));
    }

    @Test
    void a_wide_grid_puts_every_card_in_one_row(FxRobot robot) {
        layOut(robot, 400);
        assertEquals(List.of(0.0, 0.0, 0.0), cards.stream().map(Region::getLayoutY).toList());
        assertEquals(90, grid.prefHeight(400));
    }
}
