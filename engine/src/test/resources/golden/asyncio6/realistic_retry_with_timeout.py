import asyncio

attempts = {}

async def flaky(key, delays):
    n = attempts.get(key, 0)
    attempts[key] = n + 1
    await asyncio.sleep(delays[min(n, len(delays) - 1)])
    return f"{key}#{n}"

async def with_retry(key, delays, tries=3, timeout=0.02):
    for i in range(1, tries + 1):
        try:
            return await asyncio.wait_for(flaky(key, delays), timeout)
        except TimeoutError:
            print(f"  {key}: attempt {i} timed out")
    raise RuntimeError(f"{key}: gave up after {tries} attempts")

async def main():
    jobs = {
        "quick": [0.0],
        "second-try": [0.1, 0.005],
        "hopeless": [0.1],
    }
    results = await asyncio.gather(*(with_retry(k, d) for k, d in jobs.items()), return_exceptions=True)
    for k, r in zip(jobs, results):
        print(k, "->", r)
    print(attempts)

asyncio.run(main())
