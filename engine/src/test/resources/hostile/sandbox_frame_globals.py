import asyncio


async def probe():
    return 1


c = probe()
try:
    frame = c.cr_frame
    print("frame line:", frame.f_lineno)
    b = frame.f_globals["__builtins__"]
    opener = b["open"] if isinstance(b, dict) else getattr(b, "open")
    opener("/tmp/coroscope-hostile-sandbox_frame_globals", "w").close()
    print("ESCAPED")
finally:
    c.close()  # no "never awaited" warning after the error
