package dev.coroscope.engine.ast;

import java.util.List;

/**
 * The patterns of a {@code match} statement's {@code case} clauses, mirroring CPython 3.11's
 * {@code ast.pattern} subclasses. A capture or wildcard is a {@link MatchAs} without a
 * sub-pattern ({@code name} null for {@code _}); {@code *_} is a {@link MatchStar} without a name.
 */
public sealed interface Pattern extends Node {

    /** A literal or dotted-name value compared with {@code ==}: {@code case 1:}, {@code case Color.RED:}. */
    record MatchValue(Span span, Expr value) implements Pattern {}

    /** {@code None}, {@code True} or {@code False}, compared with {@code is}; value is a Boolean or {@link Ast.Singleton#NONE}. */
    record MatchSingleton(Span span, Object value) implements Pattern {}

    /** {@code [a, *rest]} or {@code (a, b)} or {@code a, b}. */
    record MatchSequence(Span span, List<Pattern> patterns) implements Pattern {}

    /** {@code {key: pattern, **rest}}; {@code rest} is null without a double-star capture. */
    record MatchMapping(Span span, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}

    /** {@code Cls(p1, p2, attr=p3)}. */
    record MatchClass(Span span, Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns)
            implements Pattern {}

    /** {@code *name} inside a sequence pattern ({@code name} null for {@code *_}). */
    record MatchStar(Span span, String name) implements Pattern {}

    /** {@code pattern as name}, a bare capture ({@code pattern} null) or the wildcard (both null). */
    record MatchAs(Span span, Pattern pattern, String name) implements Pattern {}

    /** {@code p1 | p2 | ...}. */
    record MatchOr(Span span, List<Pattern> patterns) implements Pattern {}
}
