/** Figures measured in the real window: {@link dev.coroscope.app.bench.VisualizerBenchmark} ({@code -Dcoroscope.benchmark=true}). */
package dev.coroscope.app.bench;
