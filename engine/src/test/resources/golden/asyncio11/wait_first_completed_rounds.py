import asyncio

async def job(n, fail=False):
    await asyncio.sleep(n / 100)
    if fail:
        raise RuntimeError(f"job {n}")
    return n

async def main():
    tasks = [asyncio.create_task(job(n, fail=(n == 2)), name=f"j{n}") for n in (3, 1, 2, 4)]
    pending = set(tasks)
    rounds = 0
    while pending:
        rounds += 1
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in sorted(done, key=lambda t: t.get_name()):
            if t.exception():
                print(rounds, t.get_name(), "failed:", t.exception())
            else:
                print(rounds, t.get_name(), "->", t.result())
    print("rounds", rounds)
    d, p = await asyncio.wait([asyncio.create_task(job(1))], timeout=0)
    print(len(d), len(p))
    await asyncio.wait(p)

asyncio.run(main())
