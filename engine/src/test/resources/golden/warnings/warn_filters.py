import warnings
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1
def f():
    warnings.warn("careful!")
for i in range(3):
    f()
old_api()
warnings.warn("runtime thing", RuntimeWarning)
warnings.warn(UserWarning("as instance"))
class MyWarning(UserWarning): pass
warnings.warn("custom", MyWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    warnings.warn("recorded", FutureWarning)
print(len(w), [str(x.message) for x in w], w[-1].category.__name__, w[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f()
    except UserWarning as e:
        print("raised:", e)
warnings.simplefilter("ignore", UserWarning)
f()
warnings.warn("shown", RuntimeWarning)
warnings.filterwarnings("ignore", message="quiet")
warnings.warn("quiet please", RuntimeWarning)
warnings.warn("loud please", RuntimeWarning)
try:
    warnings.warn("x", "notacategory")
except TypeError as e:
    print(e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  code()  "))
import random
random.seed(1)
print(random.randrange(10.0))
async def coro(): pass
warnings.simplefilter("ignore", RuntimeWarning)
coro()
print("end")
