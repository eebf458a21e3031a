/**
 * The task board: a card per task ({@link dev.coroscope.app.board.TaskCard}, a Control with its
 * {@link dev.coroscope.app.board.TaskCardSkin}), the board's view model and the card's model.
 */
package dev.coroscope.app.board;
