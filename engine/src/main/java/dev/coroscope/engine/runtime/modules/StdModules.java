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
    }
}
