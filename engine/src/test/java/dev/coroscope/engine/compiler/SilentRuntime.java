package dev.coroscope.engine.compiler;

import dev.coroscope.engine.vm.Engine;
import dev.coroscope.engine.vm.OutputSink;
import dev.coroscope.engine.vm.Runtime;

/** Test fixture: a runtime whose output goes nowhere, bound to the calling thread, so code objects can be built and inspected. */
final class SilentRuntime {
    private SilentRuntime() {
    }

    static void bindToThisThread() {
        Engine.ensureInitialized();
        new Runtime(new OutputSink() {
            @Override
            public void stdout(String text) {
            }

            @Override
            public void stderr(String text) {
            }
        }, 0).interp.bindToThread();
    }
}
