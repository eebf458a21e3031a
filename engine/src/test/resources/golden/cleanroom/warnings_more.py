import warnings, sys
print(warnings.filters)
def w(msg, cat=UserWarning):
    warnings.warn(msg, cat)
warnings.simplefilter("module")
for i in range(2):
    w("mod action"); warnings.warn("mod action")
warnings.simplefilter("once")
for i in range(2):
    w("once action"); warnings.warn("once action")
warnings.simplefilter("always")
for i in range(2):
    w("always action")
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset, default action")
warnings.filterwarnings("error", "boom", RuntimeWarning, "__main__")
warnings.filterwarnings("ignore", "BOOM", RuntimeWarning, append=True)
print(warnings.filters)
try:
    warnings.warn("Boom now", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", repr(e))
warnings.filterwarnings("error", "boom", RuntimeWarning, "__main__")
print(len(warnings.filters))
warnings.resetwarnings()
warnings.filterwarnings("ignore", lineno=30)
warnings.warn("line 30 ignored") if False else None
warnings.warn("not line 30")
warnings.resetwarnings()
def custom(message, category, filename, lineno, file=None, line=None):
    print("CUSTOM", message, category.__name__, filename.rsplit("/", 1)[-1], lineno, line)
warnings.showwarning = custom
warnings.warn("through custom")
warnings.showwarning = warnings._showwarning_orig if hasattr(warnings, "_showwarning_orig") else custom
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("rec1", SyntaxWarning)
    warnings.warn_explicit("explicit", UserWarning, "fake.py", 77)
    warnings.warn_explicit(UserWarning("explicit inst"), None, "fake2.py", 5, module="m")
for m in log:
    print(type(m).__name__, m.message, m.category.__name__, m.filename.rsplit("/", 1)[-1], m.lineno, m.file, m.line)
print(str(log[1]))
cw = warnings.catch_warnings()
print(repr(cw), repr(warnings.catch_warnings(record=True)))
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
with warnings.catch_warnings(action="error", category=FutureWarning):
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning as e:
        print("raised in block", e)
warnings.warn("future outside", FutureWarning)
for bad in (lambda: warnings.filterwarnings("bogus"), lambda: warnings.simplefilter("ignore", lineno=-1),
            lambda: warnings.filterwarnings("ignore", message=3), lambda: warnings.filterwarnings("ignore", category=int)):
    try:
        bad()
    except AssertionError as e:
        print("AssertionError", e)
print(warnings.formatwarning("m", DeprecationWarning, "nofile.py", 1), end="")
print(warnings.formatwarning("m", DeprecationWarning, "nofile.py", 1, ""), end="")
print(repr(warnings.formatwarning("m", UserWarning, "x.py", 2, "  text  ")))
m = warnings.WarningMessage("text", RuntimeWarning, "f.py", 9, line="src")
print(m, m.source, m._category_name if hasattr(m, "_category_name") else "")
warnings.warn("deprecated in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
def deeper():
    warnings.warn("stack 2", UserWarning, stacklevel=2)
deeper()
warnings.warn("stack 5", UserWarning, stacklevel=5)
print("__warningregistry__" in globals())
class W(Warning):
    def __str__(self): return "custom str"
warnings.warn(W())
print(warnings.defaultaction, warnings.onceregistry.__class__.__name__)
