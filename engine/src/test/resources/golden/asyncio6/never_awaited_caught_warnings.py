import asyncio, warnings, gc

async def job():
    return 1

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    job()
    c = job()
    del c
print(len(caught), [str(w.message) for w in caught])
print([w.category.__name__ for w in caught], [w.lineno for w in caught])

warnings.simplefilter("error", RuntimeWarning)
job()
print("after error-filter drop")

async def main():
    t = asyncio.create_task(job())
    job()
    await t
    print("main done")

asyncio.run(main())
warnings.resetwarnings()
warnings.simplefilter("ignore")
job()
print("ignored")
