import warnings
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1
def risky():
    warnings.warn("value looks odd")
    warnings.warn("again", UserWarning)
    warnings.warn(RuntimeWarning("explicit instance"))
print(old_api())
risky()
risky()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky()
    old_api()
print([(w.category.__name__, str(w.message)) for w in caught])
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised:", e)
warnings.filterwarnings("ignore", message="ign.*")
warnings.warn("ignored one", RuntimeWarning)
warnings.simplefilter("default")
warnings.warn("shown once", FutureWarning)
warnings.warn("shown once", FutureWarning)
print("done")
