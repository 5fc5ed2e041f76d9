# logging: last resort, basicConfig on first module-level call, force=, hierarchy, handlers/formatters, exception tracebacks
import logging, sys
log = logging.getLogger("train")
log.info("not shown")
log.warning("last resort %s", "warn")
logging.info("dropped before config? no: basicConfig(WARNING)")
logging.warning("root warn %d", 5)
logging.error("err")
print(logging.getLogger().level, logging.root.handlers[0].level, log.getEffectiveLevel(), logging.getLevelName(20), logging.getLevelName("DEBUG"))
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")  # ignored: already configured
logging.info("still dropped")
logging.basicConfig(level="DEBUG", format="%(levelname)-8s| %(name)s:%(lineno)d %(funcName)s %(message)s", force=True)
def step(i):
    log.debug("step %d", i)
step(3)
child = logging.getLogger("train.model")
child.info("child %s", {"a": 1})
print(child.parent.name, child.getEffectiveLevel(), log, logging.getLogger(), child.isEnabledFor(10))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("OUT {levelname}: {message}", style="{"))
out = logging.getLogger("out"); out.addHandler(h); out.propagate = False; out.setLevel(logging.INFO)
out.info("to stdout"); out.debug("no")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
logging.log(logging.WARNING, "via log %s %s", 1, 2)
logging.disable(logging.CRITICAL); logging.error("disabled"); logging.disable(logging.NOTSET)
logging.critical("back")
