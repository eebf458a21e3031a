import logging, sys
log = logging.getLogger("app.worker")
log.warning("no config: %s", "last resort")
log.info("hidden")
print(log, logging.getLogger(), logging.root, log.parent, log.getEffectiveLevel(), logging.getLevelName(20), logging.getLevelName("ERROR"), logging.getLevelName(33))
logging.warning("module-level %d", 5)
print(logging.getLogger().handlers)
logging.info("still hidden")
logging.getLogger().setLevel(logging.DEBUG)
logging.debug("now shown")
log.info("child %s", "propagates")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s %(funcName)s:%(lineno)d %(message)s"))
log.addHandler(h)
def work(n):
    log.error("job %d failed", n)
work(3)
log.propagate = False
try:
    1 / 0
except ZeroDivisionError:
    old = h.setStream(sys.stderr)
    log.exception("boom")
    h.setStream(old)
h.setFormatter(logging.Formatter("{levelname} {name}: {message}", style="{"))
log.critical("curly")
h.setFormatter(logging.Formatter("$levelname ${name}: $message", style="$"))
log.critical("dollar")
h.setLevel(logging.ERROR)
log.warning("filtered by handler")
log.error("passes %(x)s", {"x": 1})
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
h.setLevel(logging.NOTSET)
log.addFilter(OnlyOdd())
for i in range(4):
    log.warning("n=%d", i)
print(log.isEnabledFor(logging.DEBUG), logging.getLogger("app").getEffectiveLevel(), logging.getLogger("app.worker.x").parent.name, log.getChild("y").name)
ad = logging.LoggerAdapter(logging.getLogger("adapt"), {"user": "ann"})
print(ad)
try:
    log.setLevel("NOPE")
except ValueError as e:
    print(e)
try:
    log.log("x", "m")
except TypeError as e:
    print(e)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print(e)
logging.basicConfig(format="%(levelname)s|%(message)s", stream=sys.stdout, force=True, level=logging.INFO)
logging.info("after force")
logging.log(25, "level 25")
logging.addLevelName(25, "NOTICE")
logging.log(25, "named")
logging.disable(logging.INFO)
logging.info("disabled")
logging.warning("not disabled")
logging.disable(logging.NOTSET)
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.WARN)
null = logging.getLogger("quiet"); null.addHandler(logging.NullHandler()); null.error("nothing")
print(logging.getLogger().handlers[0])
r = logging.LogRecord("n", 20, "p.py", 3, "hi %s", ("x",), None)
print(r.getMessage(), r.levelname, r.filename, r.module, r)
