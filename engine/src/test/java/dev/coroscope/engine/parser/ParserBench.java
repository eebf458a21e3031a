package dev.coroscope.engine.parser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Prints how long the lexer and parser take on a large program (not a test: figures only).
 *
 * <pre>
 * mvn -B -q -o -pl engine -am test-compile
 * java -cp engine/target/classes:engine/target/test-classes dev.coroscope.engine.parser.ParserBench [FILE.py ...]
 * </pre>
 *
 * Without arguments it parses a generated 5,000-line program of the kinds of code the lessons
 * and the engine's own library contain (async functions, classes, f-strings, comprehensions).
 * It reports the first parse in a fresh JVM (what start-up pays) and the median of 30 warm ones.
 */
public final class ParserBench {
    private ParserBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            String src = generate(5000);
            run("generated-5000-lines.py", src);
        } else {
            for (String a : args) {
                Path p = Path.of(a);
                run(p.getFileName().toString(), SourceDecoder.decode(Files.readAllBytes(p), p.getFileName().toString()));
            }
        }
    }

    private static void run(String name, String src) {
        long lines = src.chars().filter(c -> c == '\n').count();
        long t0 = System.nanoTime();
        Parser.parse(src, name);
        long cold = System.nanoTime() - t0;
        long[] warm = new long[30];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            Parser.parse(src, name);
            warm[i] = System.nanoTime() - t;
        }
        Arrays.sort(warm);
        System.out.printf("%s: %d lines, %d chars; first parse %.1f ms, warm median %.1f ms (%.2f us/line), best %.1f ms%n",
                name, lines, src.length(), cold / 1e6, warm[warm.length / 2] / 1e6,
                warm[warm.length / 2] / 1e3 / lines, warm[0] / 1e6);
    }

    /** A program of {@code lines} lines built from a varied template. */
    static String generate(int lines) {
        StringBuilder sb = new StringBuilder();
        sb.append("import asyncio\nfrom collections import deque, defaultdict\n\n");
        int i = 0;
        while (sb.chars().filter(c -> c == '\n').count() < lines) {
            sb.append(String.format("""
                    async def worker_%1$d(name, queue, delay=0.%1$d, *, retries=3):
                        \"\"\"Fetch items for worker %1$d.\"\"\"
                        results = []
                        for attempt in range(retries):
                            try:
                                item = await asyncio.wait_for(queue.get(), timeout=delay * 2)
                            except asyncio.TimeoutError as exc:
                                print(f"{name}: timeout #{attempt + 1} after {delay:.2f}s ({exc!r})")
                                continue
                            else:
                                results.append({"id": item["id"], "value": item.get("value", 0) ** 2})
                            finally:
                                queue.task_done()
                        return [r for r in results if r["value"] %% 2 == 0 and r["id"] > %1$d]


                    class Counter_%1$d(dict):
                        limit: int = %1$d

                        def __init__(self, *args, **kwargs):
                            super().__init__(*args, **kwargs)
                            self.history = deque(maxlen=self.limit or None)

                        def bump(self, key, by=1):
                            self[key] = self.get(key, 0) + by
                            self.history.append((key, by))
                            return self[key] if key in self else -1

                        @property
                        def total(self):
                            return sum(v for v in self.values()) + len(self.history) * 0x%1$x


                    async def main_%1$d():
                        queue = asyncio.Queue()
                        for n in range(%1$d %% 7 + 1):
                            await queue.put({"id": n, "value": n * 3})
                        tasks = [asyncio.create_task(worker_%1$d(f"w{k}", queue)) for k in range(3)]
                        done, pending = await asyncio.wait(tasks, timeout=1.5)
                        counts = Counter_%1$d()
                        for t in done:
                            for r in t.result():
                                counts.bump(r["id"], by=r["value"])
                        print(sorted(counts.items()), counts.total, len(pending))

                    """, i));
            i++;
        }
        return sb.toString();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
