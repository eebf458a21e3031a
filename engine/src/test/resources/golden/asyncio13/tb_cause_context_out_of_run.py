# An uncaught error out of asyncio.run whose cause and context come from other tasks.
import asyncio


class FetchError(Exception):
    pass


async def fetch(url):
    await asyncio.sleep(0)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return url


async def fetch_wrapped(url):
    try:
        return await fetch(url)
    except ConnectionError as e:
        raise FetchError(url) from e


async def cleanup():
    await asyncio.sleep(0)
    raise OSError("cleanup failed too")


async def main():
    results = await asyncio.gather(fetch_wrapped("ok"), fetch_wrapped("bad-host"), return_exceptions=True)
    print([type(r).__name__ for r in results])
    err = results[1]
    print(type(err.__cause__).__name__, err.__suppress_context__)
    try:
        raise err
    except FetchError:
        await asyncio.create_task(cleanup())


asyncio.run(main())
