package dev.coroscope.engine.vm;

import java.util.HashMap;
import java.util.Map;

/**
 * Where CPython 3.11.7 (as installed for the recordings) finds the standard-library modules the
 * engine provides, relative to its library folder: the {@code (path)} of "cannot import name X
 * from 'M' (path)". The recordings write the library folder as {@code <stdlib>}; modules CPython
 * builds in (sys, itertools, time...) have no file and are "unknown location" there too.
 */
final class StdlibPaths {
    private StdlibPaths() {}

    private static final Map<String, String> PATHS = table();

    private static Map<String, String> table() {
        Map<String, String> m = new HashMap<>();
        m.put("__future__", "__future__.py");
        m.put("abc", "abc.py");
        m.put("argparse", "argparse.py");
        m.put("array", "lib-dynload/array.cpython-311-x86_64-linux-gnu.so");
        m.put("asyncio", "asyncio/__init__.py");
        m.put("base64", "base64.py");
        m.put("bisect", "bisect.py");
        m.put("calendar", "calendar.py");
        m.put("cmath", "lib-dynload/cmath.cpython-311-x86_64-linux-gnu.so");
        m.put("collections", "collections/__init__.py");
        m.put("collections.abc", "collections/abc.py");
        m.put("concurrent", "concurrent/__init__.py");
        m.put("concurrent.futures", "concurrent/futures/__init__.py");
        m.put("contextlib", "contextlib.py");
        m.put("contextvars", "contextvars.py");
        m.put("copy", "copy.py");
        m.put("csv", "csv.py");
        m.put("dataclasses", "dataclasses.py");
        m.put("datetime", "datetime.py");
        m.put("decimal", "decimal.py");
        m.put("difflib", "difflib.py");
        m.put("enum", "enum.py");
        m.put("fractions", "fractions.py");
        m.put("functools", "functools.py");
        m.put("graphlib", "graphlib.py");
        m.put("hashlib", "hashlib.py");
        m.put("heapq", "heapq.py");
        m.put("html", "html/__init__.py");
        m.put("html.entities", "html/entities.py");
        m.put("importlib", "importlib/__init__.py");
        m.put("inspect", "inspect.py");
        m.put("io", "io.py");
        m.put("json", "json/__init__.py");
        m.put("keyword", "keyword.py");
        m.put("logging", "logging/__init__.py");
        m.put("math", "lib-dynload/math.cpython-311-x86_64-linux-gnu.so");
        m.put("numbers", "numbers.py");
        m.put("operator", "operator.py");
        m.put("pprint", "pprint.py");
        m.put("queue", "queue.py");
        m.put("random", "random.py");
        m.put("re", "re/__init__.py");
        m.put("reprlib", "reprlib.py");
        m.put("statistics", "statistics.py");
        m.put("string", "string.py");
        m.put("struct", "struct.py");
        m.put("textwrap", "textwrap.py");
        m.put("threading", "threading.py");
        m.put("traceback", "traceback.py");
        m.put("types", "types.py");
        m.put("typing", "typing.py");
        m.put("unicodedata", "lib-dynload/unicodedata.cpython-311-x86_64-linux-gnu.so");
        m.put("warnings", "warnings.py");
        m.put("weakref", "weakref.py");
        return m;
    }

    /** {@code <stdlib>/...} for a module CPython loads from a file, else null. */
    static String of(String module) {
        String rel = PATHS.get(module);
        return rel == null ? null : "<stdlib>/" + rel;
    }
}
