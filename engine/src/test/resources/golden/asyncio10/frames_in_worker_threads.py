# Who calls code running in another thread? inspect.stack / f_back / extract_stack in workers
import asyncio
import inspect
import sys
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor

def where(tag):
    rows = [(f.function, f.filename.rsplit("/", 1)[-1], f.lineno, f.code_context[0].strip() if f.code_context else None)
            for f in inspect.stack()[1:]]
    print(tag)
    for row in rows:
        print("   ", row)

def job():
    where("worker")
    return threading.current_thread().name.split("_")[0]

async def main():
    await asyncio.to_thread(job)
    await asyncio.get_running_loop().run_in_executor(None, job)

asyncio.run(main())
t = threading.Thread(target=job)
t.start(); t.join()

class Custom(threading.Thread):
    def run(self):
        where("subclass run")
        f = sys._getframe()
        names = []
        while f is not None:
            names.append(f.f_code.co_name)
            f = f.f_back
        print("    f_back chain:", names)

c = Custom()
c.start(); c.join()
timer = threading.Timer(0.01, lambda: print("timer:", [fs.name for fs in traceback.extract_stack()]))
timer.start(); timer.join()
with ThreadPoolExecutor(max_workers=1) as pool:
    print("submit result:", pool.submit(job).result())
