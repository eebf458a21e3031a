package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;

/**
 * {@code typing}: enough for annotations to evaluate ({@code List[int]}, {@code Optional[str]},
 * {@code Callable[..., Awaitable[int]]}); the names are placeholders that accept subscription.
 */
public final class TypingModule {
    private TypingModule() {}

    static final class Special extends PyObject {
        static final PyType TYPE = PyType.builtin("typing", "_SpecialForm", null, false, null);
        final String name;

        Special(String name) {
            this.name = name;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public String repr() {
            return name.contains("[") ? name : "typing." + name;
        }

        @Override
        public PyObject getItem(PyObject key) {
            StringBuilder sb = new StringBuilder("typing.").append(name.replace("typing.", "")).append('[');
            PyObject[] items = key instanceof PyTuple t ? t.items() : new PyObject[] {key};
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                PyObject o = items[i];
                sb.append(o instanceof PyType t ? t.qualname() : o == PyEllipsis.INSTANCE ? "..." : Ops.repr(o));
            }
            return new Special(sb.append(']').toString());
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kw) {
            return args.length > 0 ? args[0] : PyNone.INSTANCE;
        }

        @Override
        public PyObject binaryOp(int op, PyObject other) {
            return op == Ops.OR ? this : PyNotImplemented.INSTANCE;
        }

        @Override
        public PyObject reflectedOp(int op, PyObject other) {
            return op == Ops.OR ? this : PyNotImplemented.INSTANCE;
        }
    }

    public static void init(Interp in, PyModule m) {
        for (String n : new String[] {"Any", "List", "Dict", "Set", "FrozenSet", "Tuple", "Optional", "Union", "Callable",
                "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable", "AsyncGenerator", "Iterator", "Iterable",
                "Generator", "Sequence", "Mapping", "MutableMapping", "Type", "ClassVar", "Final", "Literal", "NoReturn",
                "Deque", "DefaultDict", "Counter", "Hashable", "Sized", "TypeVar", "Generic", "Protocol", "NamedTuple",
                "TypedDict", "Annotated", "Self", "Never"}) {
            m.put(n, new Special(n));
        }
        m.put("TYPE_CHECKING", PyBool.FALSE);
        m.put("cast", new PyBuiltinFunction("cast", (a, k) -> a[1]).inModule("typing"));
        m.put("overload", new PyBuiltinFunction("overload", (a, k) -> a[0]).inModule("typing"));
        m.put("final", new PyBuiltinFunction("final", (a, k) -> a[0]).inModule("typing"));
        m.put("no_type_check", new PyBuiltinFunction("no_type_check", (a, k) -> a[0]).inModule("typing"));
    }
}
