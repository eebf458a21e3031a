package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.vm.ModuleDef;
import dev.coroscope.engine.vm.ModuleRegistry;
import dev.coroscope.engine.runtime.PyModule;
import dev.coroscope.engine.vm.Interp;
import java.util.function.BiConsumer;

/** Registers the standard-library modules implemented by the engine. */
public final class StdModules {
    private StdModules() {}

    public static void registerAll() {
        ModuleRegistry.register(new ModuleDef("inspect", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            InspectModule.init(a, b);
        }}, null));
        ModuleRegistry.register(new ModuleDef("linecache", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            LinecacheModule.init(a, b);
        }}, null));
        ModuleRegistry.register(new ModuleDef("types", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            TypesModule.init(a, b);
        }}, null));
        ModuleRegistry.register(new ModuleDef("time", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            TimeModule.init(a, b);
        }}, "time.py"));
        ModuleRegistry.register(new ModuleDef("math", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            MathModule.init(a, b);
        }}, null));
        ModuleRegistry.register(new ModuleDef("collections", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            CollectionsModule.init(a, b);
        }}, "collections.py"));
        ModuleRegistry.register(new ModuleDef("collections.abc", null, "collections_abc.py"));
        ModuleRegistry.register(new ModuleDef("_collections", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            CollectionsModule.init(a, b);
        }}, null));
        ModuleRegistry.register(new ModuleDef("functools", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            FunctoolsModule.init(a, b);
        }}, "functools.py"));
        ModuleRegistry.register(new ModuleDef("itertools", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            ItertoolsModule.init(a, b);
        }}, null));
        ModuleRegistry.register(new ModuleDef("_operator", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            OperatorModule.init(a, b);
        }}, null));
        ModuleRegistry.register(new ModuleDef("operator", null, "operator.py"));
        ModuleRegistry.register(new ModuleDef("typing", null, "typing.py"));
        ModuleRegistry.register(new ModuleDef("json", null, "json.py"));
        ModuleRegistry.register(new ModuleDef("textwrap", null, "textwrap.py"));
        ModuleRegistry.register(new ModuleDef("statistics", null, "statistics.py"));
        ModuleRegistry.register(new ModuleDef("logging", null, "logging.py"));
        ModuleRegistry.register(new ModuleDef("pprint", null, "pprint.py"));
        ModuleRegistry.register(new ModuleDef("random", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            RandomModule.init(a, b);
        }}, null));
        ModuleRegistry.register(new ModuleDef("copy", null, "copy.py"));
        ModuleRegistry.register(new ModuleDef("heapq", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            MiscModules.initHeapq(a, b);
        }}, "heapq.py"));
        ModuleRegistry.register(new ModuleDef("bisect", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            MiscModules.initBisect(a, b);
        }}, null));
        ModuleRegistry.register(new ModuleDef("string", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            MiscModules.initString(a, b);
        }}, "string.py"));
        ModuleRegistry.register(new ModuleDef("contextlib", null, "contextlib.py"));
        ModuleRegistry.register(new ModuleDef("dataclasses", null, "dataclasses.py"));
        ModuleRegistry.register(new ModuleDef("abc", null, "abc.py"));
        ModuleRegistry.register(new ModuleDef("warnings", null, "warnings.py"));
        ModuleRegistry.register(new ModuleDef("enum", null, "enum.py"));
        ModuleRegistry.register(new ModuleDef("gc", null, "gc.py"));
        ModuleRegistry.register(new ModuleDef("io", null, "io.py"));
        ModuleRegistry.register(new ModuleDef("queue", null, "queue.py"));
        ModuleRegistry.register(new ModuleDef("concurrent", new BiConsumer<Interp, PyModule>() { public void accept(Interp in, PyModule m) { }}, null));
        ModuleRegistry.register(new ModuleDef("concurrent.futures", null, "concurrent_futures.py"));
        ModuleRegistry.register(new ModuleDef("keyword", null, "keyword.py"));
        ModuleRegistry.register(new ModuleDef("__future__", null, "__future__.py"));
        ModuleRegistry.register(new ModuleDef("errno", null, "errno.py"));
        ModuleRegistry.register(new ModuleDef("signal", null, "signal.py"));
        ModuleRegistry.register(new ModuleDef("numbers", null, "numbers.py"));
        ModuleRegistry.register(new ModuleDef("_weakref", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            WeakrefModule.init(a, b);
        }}, null));
        ModuleRegistry.register(new ModuleDef("weakref", null, "weakref.py"));
        ModuleRegistry.register(new ModuleDef("_re", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            ReModule.init(a, b);
        }}, null));
        ModuleRegistry.register(new ModuleDef("re", null, "re.py"));
        ModuleRegistry.register(new ModuleDef("datetime", null, "datetime.py"));
        ModuleRegistry.register(new ModuleDef("fractions", null, "fractions.py"));
        ModuleRegistry.register(new ModuleDef("struct", null, "struct.py"));
        ModuleRegistry.register(new ModuleDef("atexit", null, "atexit.py"));
        ModuleRegistry.register(new ModuleDef("importlib", null, "importlib.py"));
        ModuleRegistry.register(new ModuleDef("graphlib", null, "graphlib.py"));
        ModuleRegistry.register(new ModuleDef("decimal", null, "decimal.py"));
        ModuleRegistry.register(new ModuleDef("hashlib", null, "hashlib.py"));
        ModuleRegistry.register(new ModuleDef("base64", null, "base64.py"));
        ModuleRegistry.register(new ModuleDef("calendar", null, "calendar.py"));
        ModuleRegistry.register(new ModuleDef("csv", null, "csv.py"));
        ModuleRegistry.register(new ModuleDef("unicodedata", null, "unicodedata.py"));
        ModuleRegistry.register(new ModuleDef("cmath", null, "cmath.py"));
        ModuleRegistry.register(new ModuleDef("html", null, "html.py"));
        ModuleRegistry.register(new ModuleDef("html.entities", null, "html_entities.py"));
        ModuleRegistry.register(new ModuleDef("argparse", null, "argparse.py"));
        ModuleRegistry.register(new ModuleDef("difflib", null, "difflib.py"));
        ModuleRegistry.register(new ModuleDef("reprlib", null, "reprlib.py"));
        ModuleRegistry.register(new ModuleDef("array", null, "array.py"));
        ModuleRegistry.register(new ModuleDef("_inspect_sig", null, "_inspect_sig.py"));
        ModuleRegistry.register(new ModuleDef("_builtin_sigs", null, "_builtin_sigs.py"));
    }
}
