package dev.coroscope.engine.runtime;

/** An instance of a user class whose built-in base is {@code object}. */
public final class PyInstance extends PyObject {

    private PyType type;
    private PyDict dict;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = new PyDict();
    }

    @Override
    public PyType getType() {
        return type;
    }

    public void setType(PyType t) {
        this.type = t;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public void setDict(PyDict d) {
        this.dict = d;
    }
}
