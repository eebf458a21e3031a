# Puzzle: a loop over asyncio.wait(FIRST_COMPLETED) that adds new tasks as others finish
import asyncio

async def job(n):
    await asyncio.sleep(0.01 * (n + 1))
    if n == 5:
        raise RuntimeError(f"job {n} failed")
    return n * n

async def main():
    pending = {asyncio.create_task(job(n), name=f"job{n}") for n in range(3)}
    next_n = 3
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        for t in sorted(done, key=lambda t: t.get_name()):
            if t.exception():
                print(rounds, t.get_name(), "error:", t.exception())
            else:
                print(rounds, t.get_name(), "->", t.result())
            if next_n < 8:
                pending.add(asyncio.create_task(job(next_n), name=f"job{next_n}"))
                next_n += 1
    print("rounds", rounds)
    done, pending = await asyncio.wait([asyncio.create_task(job(1))], timeout=0)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
