import asyncio, sys, threading, time

def parse(text):
    return int(text)

def slow_parse(text, delay):
    time.sleep(delay)
    return parse(text)

def quits():
    sys.exit(3)

def target_exits():
    sys.exit("ignored by the thread")

async def main():
    print(await asyncio.to_thread(slow_parse, "7", 0.01))
    results = await asyncio.gather(asyncio.to_thread(slow_parse, "x", 0.02),
                                   asyncio.to_thread(slow_parse, "8", 0.01),
                                   return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.wait_for(asyncio.to_thread(slow_parse, "9", 0.5), 0.05)
    except TimeoutError:
        print("wait_for gave up; the thread still runs to its end")
    t = threading.Thread(target=target_exits, name="exiter")
    t.start()
    t.join()
    print("a thread's SystemExit is silent")
    await asyncio.to_thread(quits)
    print("not reached")

try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit from the worker reached asyncio.run:", e.code)
