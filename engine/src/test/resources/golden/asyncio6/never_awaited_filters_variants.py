import asyncio, warnings

async def job(n=0):
    return n

def drop_two():
    job()
    job()

warnings.simplefilter("always")
drop_two()
drop_two()
print("always: four warnings above")
warnings.simplefilter("once")
drop_two()
drop_two()
print("once: one warning above")
warnings.simplefilter("default")
for _ in range(3):
    job()
print("default: one per line")
warnings.filterwarnings("ignore", message="coroutine 'job'")
job()
print("ignored by message")
warnings.resetwarnings()

def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", category.__name__, str(message), lineno, line)

warnings.showwarning = my_show
job()

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(job)
    await asyncio.sleep(0)
    job()
    print("in main")

asyncio.run(main())
warnings.showwarning = warnings._showwarning_orig if hasattr(warnings, "_showwarning_orig") else my_show

def fmt(message, category, filename, lineno, line=None):
    return f"FMT {category.__name__}: {message}\n"

warnings.formatwarning = fmt
job()
print("end")
