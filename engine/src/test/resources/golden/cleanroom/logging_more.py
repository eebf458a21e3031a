import logging, sys
out = logging.StreamHandler(sys.stdout)
print(repr(out), out.name, out.level, out.terminator)
out.set_name("console"); print(out.name, out.get_name())
a = logging.getLogger("a.b.c")          # created before its parents
print(a.parent is logging.root)
ab = logging.getLogger("a.b")
print(a.parent is ab, ab.parent is logging.root, logging.getLogger("a").name, a.parent.parent.name)
print(type(logging.Logger.manager.loggerDict["a"]).__name__ if "zz" in logging.Logger.manager.loggerDict else "-")
x = logging.getLogger("p.q.r"); print(type(logging.Logger.manager.loggerDict["p.q"]).__name__)
root = logging.getLogger()
root.addHandler(out)
out.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(levelno)s|%(funcName)s|%(module)s|%(message)s"))
root.setLevel(logging.DEBUG)
def helper():
    a.debug("from helper, stacklevel 2", stacklevel=2)
def caller():
    helper()
caller()
a.info("dict args %(k)s %(v)d", {"k": "key", "v": 7})
a.info("tuple args %s %s", "x", "y")
a.info("no args %s")
a.info(["not", "a", "string"])
class ShortExc(logging.Formatter):
    def formatException(self, ei):
        return "EXC %s %s" % (ei[0].__name__, ei[1])
out.setFormatter(ShortExc("%(levelname)s %(message)s"))
try:
    raise KeyError("kk")
except KeyError as e:
    a.error("with exc_info instance", exc_info=e)
a.warning("with extra %(user)s", extra={"user": "ann"}) if False else None
out.setFormatter(logging.Formatter("%(user)s says %(message)s"))
a.warning("hello", extra={"user": "bob"})
try:
    a.warning("bad", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
try:
    a.warning("bad", extra={"name": 1})
except KeyError as e:
    print("KeyError", e)
out.setFormatter(logging.Formatter("%(levelname)s %(message)s %(missing)s", defaults={"missing": "dflt"}))
a.warning("defaults")
out.setFormatter(logging.Formatter("{levelname:>8}|{message}|{extra_v}", style="{", defaults={"extra_v": 0}))
a.warning("brace")
out.setFormatter(logging.Formatter("${levelname}-$message-$$", style="$"))
a.warning("template")
for args in (("%(nope", ), ("{", ), ("no fields",), ("x", None, "?")):
    try:
        if len(args) == 3:
            logging.Formatter(args[0], args[1], args[2])
        else:
            logging.Formatter(args[0], style="{" if args[0] == "{" else "%")
        print("ok", args)
    except ValueError as e:
        print("ValueError", e)
f = logging.Formatter("%(asctime)s %(msecs)03d %(message)s", datefmt="%Y/%m/%d %H:%M:%S")
r = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "created": 86400 * 365.25 * 30 + 0.25, "msecs": 250.0})
print(f.format(r), "|", r.getMessage(), r.name, r.levelno, r.levelname)
f2 = logging.Formatter("%(asctime)s")
print(f2.formatTime(r), f2.usesTime(), logging.Formatter("%(message)s").usesTime())
print(logging.Formatter().format(logging.LogRecord("nm", 30, "/x/y/file.py", 5, "m %d", (3,), None)))
class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()
out.setFormatter(Upper("%(message)s"))
a.warning("shouting")
out.setFormatter(logging.Formatter("%(name)s:%(message)s"))
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(repr(bf.format([r, r])), repr(bf.format([])))
flt = logging.Filter("a.b")
for n in ("a.b", "a.b.c", "a.bc", "a", ""):
    print(n, bool(flt.filter(logging.makeLogRecord({"name": n}))))
print(logging.Filter().filter(logging.makeLogRecord({"name": "zzz"})))
out.addFilter(lambda rec: "skip" not in rec.getMessage())
a.warning("visible"); a.warning("skip me")
out.filters.clear()
ab.propagate = False
h2 = logging.StreamHandler(sys.stdout); h2.setFormatter(logging.Formatter("H2 %(message)s"))
ab.addHandler(h2); ab.addHandler(h2)
a.warning("only h2"); print(len(ab.handlers), ab.hasHandlers(), logging.getLogger("zz.top").hasHandlers())
ab.removeHandler(h2); ab.removeHandler(h2)
print(ab.hasHandlers())
a.warning("nowhere: last resort applies? no, propagate off")
ab.propagate = True
a.setLevel(logging.ERROR)
print(a.getEffectiveLevel(), a.isEnabledFor(logging.WARNING), ab.getEffectiveLevel(), a, ab)
a.setLevel(logging.NOTSET)
print(logging.getLevelName(5), logging.getLevelName("Level 5"), logging.getLevelName("NOTICE"))
logging.addLevelName(5, "TRACE"); print(logging.getLevelName(5), logging.getLevelName("TRACE"))
a.log(5, "trace msg")
print(sorted(logging.getLevelNamesMapping().items())[:3])
class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
class Ad(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs
ad = Ad(a, {"id": 42})
ad.warning("adapted %s", "msg"); ad.info("info too")
print(ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(10), ad.hasHandlers(), repr(ad))
print(logging.LoggerAdapter(a).extra)
print(a.getChild("d").name, logging.root.getChild("top").name)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)
class Broken(logging.Handler):
    def emit(self, record):
        raise RuntimeError("cannot emit")
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
print(repr(logging.Handler()), repr(logging.NullHandler()), repr(logging.getLogger("a")), repr(logging.root))
print(logging.lastResort, logging.raiseExceptions, logging.BASIC_FORMAT)
root.removeHandler(out)
lone = logging.getLogger("lone")
lone.warning("to stderr via last resort %d", 1)
lone.info("not shown")
rec = logging.LogRecord("n", 10, "path/mod.py", 1, "m", None, None, func="fn")
print(rec.args, rec.funcName, rec.exc_info, rec.exc_text, rec.stack_info, rec.processName, rec.threadName)
print(logging.getLogger("a.b.c") is a, logging.getLogger("root") is logging.root, logging.getLogger("") is root)
logging.basicConfig(stream=sys.stdout, format="BC %(message)s")
print(root.handlers)
logging.basicConfig(stream=sys.stdout, format="ignored %(message)s")
logging.warning("configured once")
try:
    logging.basicConfig(stream=sys.stdout, handlers=[out], force=True)
except ValueError as e:
    print("ValueError", e)
logging.basicConfig(handlers=[logging.StreamHandler(sys.stdout)], style="{", format="{levelname}:{message}", force=True)
logging.error("brace basic")
try:
    logging.basicConfig(style="x", force=True)
except ValueError as e:
    print("ValueError", e)
try:
    {}["nokey"]
except KeyError:
    lone.exception("lone exc %s", "here")
print(logging.getLogger("a").debug, logging.LoggerAdapter(a).info.__name__)
for f in ['{', '{abc', '}', 'a}b', '{a!}', '{a!rr}', '{a:{b}}', '{a:{b}', '{{}}', '{!r}', '{a[}', '{0}', '{a.}', '{a:>{w}.{p}f}', '{:}', '{a!x}', '{a:zz}', '{a b}', '{a[0].b:>10,.2f}']:
    try: logging.Formatter(f, style='{'); print(repr(f), 'ok')
    except ValueError as e: print(repr(f), 'ERR', e)
