package dev.coroscope.engine.vm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import dev.coroscope.engine.runtime.PyModule;
import java.util.function.BiConsumer;

/**
 * The modules a program can import; nothing else exists ({@code import os} gives
 * ModuleNotFoundError). The set is fixed and shared read-only by all runs: the core modules are
 * registered in the static initializer; the standard-library and asyncio modules the first time a
 * name outside the core is asked for, because registering them loads their classes and links a
 * method reference each (a measurable part of every start-up, for programs that import nothing).
 */
public final class ModuleRegistry {
    private ModuleRegistry() {}

    private static final Map<String, ModuleDef> DEFS = new ConcurrentHashMap<>();

    static {
        register(new ModuleDef("sys", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            SysModule.init(a, b);
        }}, null));
        register(new ModuleDef("_coroscope", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            CoroscopeModule.init(a, b);
        }}, null));
        register(new ModuleDef("builtins", new BiConsumer<Interp, PyModule>() { public void accept(Interp in, PyModule m) { }}, null));
        register(new ModuleDef("traceback", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            TracebackModule.init(a, b);
        }}, null));
        // traceback's frame summaries, in Python, loaded on first use (TracebackModule's __getattr__).
        register(new ModuleDef("_traceback_summary", null, "_traceback_summary.py"));
    }

    private static volatile boolean allRegistered;

    private static synchronized void registerRest() {
        if (allRegistered) return;
        dev.coroscope.engine.runtime.modules.StdModules.registerAll();
        dev.coroscope.engine.asyncio.AsyncioModule.register();
        allRegistered = true;
    }

    public static void register(ModuleDef def) {
        DEFS.put(def.name(), def);
    }

    public static ModuleDef get(String name) {
        ModuleDef d = DEFS.get(name);
        if (d == null && !allRegistered) {
            registerRest();
            d = DEFS.get(name);
        }
        return d;
    }
}
