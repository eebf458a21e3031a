settings = {
    "name": "demo",
    "delay": 0.5,

async def main():
    pass
