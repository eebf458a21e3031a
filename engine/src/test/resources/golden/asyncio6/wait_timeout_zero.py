import asyncio

async def job(name, n):
    for i in range(n):
        await asyncio.sleep(0)
    print("job", name, "finished after", n, "turns")
    return name

async def main():
    ts = [asyncio.create_task(job(str(n), n), name=f"j{n}") for n in (0, 1, 3)]
    done, pending = await asyncio.wait(ts, timeout=0)
    print("done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(ts, timeout=0)
    print("done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(ts)
    print("done:", sorted(t.get_name() for t in done), "pending:", len(pending))
    # all already done: no yield
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    try:
        await asyncio.wait(ts, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
