package dev.coroscope.engine.vm;

import dev.coroscope.engine.compiler.LibraryCache;
import dev.coroscope.engine.runtime.*;
import java.io.IOException;

/**
 * One run's module table ({@code sys.modules}) and the import statement. Modules are created on
 * first import from the {@link ModuleRegistry}; bundled Python sources are run then (compiled, or
 * read from the compiled-library cache).
 */
public final class Modules {

    private final Runtime rt;
    private final PyDict dict = new PyDict();

    Modules(Runtime rt) {
        this.rt = rt;
    }

    public PyDict dict() {
        return dict;
    }

    /** The module named {@code name}, importing it if needed. */
    public PyModule get(String name) {
        PyObject m = dict.get(PyStr.of(name));
        if (m instanceof PyModule pm) return pm;
        if (m != null && m != PyNone.INSTANCE) {
            return null;
        }
        ModuleDef def = ModuleRegistry.get(name);
        if (def == null) throw Exc.moduleNotFound(name);
        PyModule mod = new PyModule(name);
        dict.put(PyStr.of(name), mod);
        try {
            if (def.javaInit() != null) def.javaInit().accept(rt.interp, mod);
            if (def.pythonSource() != null) runLibrarySource(mod, def.pythonSource());
        } catch (RuntimeException e) {
            dict.remove(PyStr.of(name));
            throw e;
        }
        return mod;
    }

    /**
     * Runs a bundled Python source in the module's namespace: its code comes from the
     * compiled-library cache when that matches the source, else it is compiled now.
     */
    private void runLibrarySource(PyModule mod, String resource) {
        String path = LibraryCache.LIB.concat(resource);
        byte[] source;
        try {
            source = LibraryCache.resource(path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read library source " + path, e);
        }
        if (source == null) throw new IllegalStateException("missing library source " + path);
        String filename = LibraryCache.filenameOf(resource);
        mod.put("__file__", PyStr.of(filename));
        PyCode code = LibraryCache.load(resource, source, filename);
        Frame f = rt.interp.newModuleFrame(code, mod.getDict());
        rt.interp.execute(f, null);
    }

    /** IMPORT_NAME: {@code import a.b} returns {@code a}; with a fromlist, the module itself. */
    public PyObject importName(String name, PyObject fromlist, PyObject level) {
        if (level instanceof PyInt l && l.signum() > 0) {
            throw new PyError(Exc.make(Exc.ImportError, "attempted relative import with no known parent package"));
        }
        if (name.isEmpty()) throw Exc.valueError("Empty module name");
        String[] parts = name.split("\\.");
        PyModule top = null;
        PyModule cur = null;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) prefix.append('.');
            prefix.append(parts[i]);
            PyModule m = get(prefix.toString());
            if (m == null) throw Exc.moduleNotFound(prefix.toString());
            if (cur != null) cur.put(parts[i], m);
            cur = m;
            if (i == 0) top = m;
        }
        boolean hasFrom = fromlist != null && fromlist != PyNone.INSTANCE && Ops.isTrue(fromlist);
        return hasFrom ? cur : top;
    }
}
