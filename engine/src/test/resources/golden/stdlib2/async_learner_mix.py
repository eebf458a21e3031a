import asyncio
import gc
import io
import re
import queue
from contextlib import redirect_stdout
from datetime import datetime, timedelta
from fractions import Fraction

LOG = """\
[fetch] url=https://a.example/x took=120ms status=200
[fetch] url=https://b.example/y took=80ms status=404
[parse] items=12
"""


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} done"


async def main():
    start = datetime(2024, 5, 1, 12, 0, 0)
    jobs = queue.Queue()
    for line in LOG.splitlines():
        m = re.match(r"\[(?P<kind>\w+)\] (?P<rest>.*)", line)
        if m and m["kind"] == "fetch":
            fields = dict(re.findall(r"(\w+)=(\S+)", m["rest"]))
            jobs.put((fields["url"], int(fields["took"].rstrip("ms"))))
    results = []
    while not jobs.empty():
        url, ms = jobs.get_nowait()
        results.append(await fetch(re.sub(r"https://|\.example.*", "", url), ms / 1000))
        print(url, "finished at", (start + timedelta(milliseconds=ms)).strftime("%H:%M:%S.%f"))
    print(results, Fraction(len(results), 3))
    buf = io.StringIO()
    with redirect_stdout(buf):
        print("captured inside the with block")
        await asyncio.sleep(0)
    print("buffer holds", repr(buf.getvalue()))
    fetch("forgotten", 1)
    gc.collect()
    print("end of main")

asyncio.run(main())
