package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.vm.ModuleDef;
import dev.coroscope.engine.vm.ModuleRegistry;

/** Registers the standard-library modules implemented by the engine. */
public final class StdModules {
    private StdModules() {}

    public static void registerAll() {
        ModuleRegistry.register(new ModuleDef("inspect", InspectModule::init, null));
        ModuleRegistry.register(new ModuleDef("types", TypesModule::init, null));
        ModuleRegistry.register(new ModuleDef("time", TimeModule::init, null));
        ModuleRegistry.register(new ModuleDef("math", MathModule::init, null));
        ModuleRegistry.register(new ModuleDef("collections", CollectionsModule::init, "collections.py"));
        ModuleRegistry.register(new ModuleDef("collections.abc", null, "collections_abc.py"));
        ModuleRegistry.register(new ModuleDef("_collections", CollectionsModule::init, null));
        ModuleRegistry.register(new ModuleDef("functools", FunctoolsModule::init, "functools.py"));
        ModuleRegistry.register(new ModuleDef("itertools", ItertoolsModule::init, null));
        ModuleRegistry.register(new ModuleDef("operator", OperatorModule::init, null));
        ModuleRegistry.register(new ModuleDef("typing", null, "typing.py"));
        ModuleRegistry.register(new ModuleDef("json", null, "json.py"));
        ModuleRegistry.register(new ModuleDef("textwrap", null, "textwrap.py"));
        ModuleRegistry.register(new ModuleDef("statistics", null, "statistics.py"));
        ModuleRegistry.register(new ModuleDef("logging", null, "logging.py"));
        ModuleRegistry.register(new ModuleDef("pprint", null, "pprint.py"));
        ModuleRegistry.register(new ModuleDef("random", RandomModule::init, null));
        ModuleRegistry.register(new ModuleDef("copy", MiscModules::initCopy, null));
        ModuleRegistry.register(new ModuleDef("heapq", MiscModules::initHeapq, null));
        ModuleRegistry.register(new ModuleDef("bisect", MiscModules::initBisect, null));
        ModuleRegistry.register(new ModuleDef("string", MiscModules::initString, "string.py"));
        ModuleRegistry.register(new ModuleDef("contextlib", null, "contextlib.py"));
        ModuleRegistry.register(new ModuleDef("dataclasses", null, "dataclasses.py"));
        ModuleRegistry.register(new ModuleDef("abc", null, "abc.py"));
        ModuleRegistry.register(new ModuleDef("warnings", null, "warnings.py"));
        ModuleRegistry.register(new ModuleDef("enum", null, "enum.py"));
        ModuleRegistry.register(new ModuleDef("gc", null, "gc.py"));
        ModuleRegistry.register(new ModuleDef("io", null, "io.py"));
        ModuleRegistry.register(new ModuleDef("queue", null, "queue.py"));
        ModuleRegistry.register(new ModuleDef("keyword", null, "keyword.py"));
        ModuleRegistry.register(new ModuleDef("errno", null, "errno.py"));
        ModuleRegistry.register(new ModuleDef("numbers", null, "numbers.py"));
        ModuleRegistry.register(new ModuleDef("_weakref", WeakrefModule::init, null));
        ModuleRegistry.register(new ModuleDef("weakref", null, "weakref.py"));
        ModuleRegistry.register(new ModuleDef("_re", ReModule::init, null));
        ModuleRegistry.register(new ModuleDef("re", null, "re.py"));
        ModuleRegistry.register(new ModuleDef("datetime", null, "datetime.py"));
        ModuleRegistry.register(new ModuleDef("fractions", null, "fractions.py"));
        ModuleRegistry.register(new ModuleDef("struct", null, "struct.py"));
        ModuleRegistry.register(new ModuleDef("atexit", null, "atexit.py"));
        ModuleRegistry.register(new ModuleDef("_inspect_sig", null, "_inspect_sig.py"));
    }
}
