import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)

def helper():
    warnings.warn("helper warning")

old_api()
helper()
helper()
for i in range(2):
    warnings.warn("loop warning", UserWarning)
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    helper(); helper()
    warnings.warn("custom", RuntimeWarning)
    print([(w.category.__name__, str(w.message), w.lineno) for w in ws])
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        helper()
    except UserWarning as e:
        print("raised", repr(e))
warnings.filterwarnings("ignore", message="ign.*")
warnings.warn("ignore me")
warnings.warn("not ignored")
class MyWarning(Warning):
    pass
warnings.warn(MyWarning("instance warning"))
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", category.__name__, message, lineno)
warnings.showwarning = show
warnings.warn("via custom show")
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "line src"))
warnings.warn_explicit("explicit", SyntaxWarning, "x.py", 7)
import sys
print(type(warnings.filters).__name__, len(warnings.filters) > 0, sys.warnoptions)
