# A thread spins on a flag the event loop sets after a sleep; the loop then waits for the thread.
import asyncio
import threading

flag = {"set": False, "seen": False}

def spinner():
    while not flag["set"]:
        pass
    flag["seen"] = True
    print("spinner: saw the flag")

async def main():
    t = threading.Thread(target=spinner)
    t.start()
    for i in range(3):
        await asyncio.sleep(0.05)
        print("loop tick", i)
    flag["set"] = True
    await asyncio.to_thread(t.join)
    print("joined", flag["seen"])

asyncio.run(main())
