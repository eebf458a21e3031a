import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
old()
warnings.warn("plain user warning")
warnings.warn("runtime!", RuntimeWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old()
    warnings.warn("again", UserWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", FutureWarning)
    except FutureWarning as e:
        print("FutureWarning raised:", e)
warnings.filterwarnings("ignore", message="ign.*")
warnings.warn("ignore me")
warnings.warn("do not ignore me")
for i in range(3):
    warnings.warn("once per location")
class MyWarning(UserWarning):
    pass
warnings.warn(MyWarning("custom instance"))
warnings.warn("with category arg", category=SyntaxWarning)
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError:", e)
