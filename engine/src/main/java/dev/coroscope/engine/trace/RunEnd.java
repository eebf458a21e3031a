package dev.coroscope.engine.trace;

/** Why a recording ended and the sentence the UI shows about it. */
public record RunEnd(EndReason reason, String message) {
}
