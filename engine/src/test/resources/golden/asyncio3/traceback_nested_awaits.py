import asyncio

class Config:
    def __init__(self):
        self.values = {"retries": "3"}

async def read_setting(cfg, key):
    await asyncio.sleep(0)
    return cfg.values[key]

async def retries(cfg):
    n = await read_setting(cfg, "retries")
    return int(n) + await read_setting(cfg, "timeout")

async def main():
    cfg = Config()
    task = asyncio.create_task(retries(cfg))
    done = await asyncio.gather(task, return_exceptions=False)
    print(done)

asyncio.run(main())
