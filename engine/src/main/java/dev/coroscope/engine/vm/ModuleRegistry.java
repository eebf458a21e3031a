package dev.coroscope.engine.vm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The modules a program can import; nothing else exists ({@code import os} gives
 * ModuleNotFoundError). Registration happens in this class's static initializer (one line per
 * module) so the set is fixed before any run starts and shared read-only by all runs.
 */
public final class ModuleRegistry {
    private ModuleRegistry() {}

    private static final Map<String, ModuleDef> DEFS = new ConcurrentHashMap<>();

    static {
        register(new ModuleDef("sys", SysModule::init, null));
        register(new ModuleDef("_coroscope", CoroscopeModule::init, null));
        register(new ModuleDef("builtins", (in, m) -> { }, null));
        register(new ModuleDef("traceback", TracebackModule::init, null));
        dev.coroscope.engine.runtime.modules.StdModules.registerAll();
        dev.coroscope.engine.asyncio.AsyncioModule.register();
    }

    public static void register(ModuleDef def) {
        DEFS.put(def.name(), def);
    }

    public static ModuleDef get(String name) {
        return DEFS.get(name);
    }
}
