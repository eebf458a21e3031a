async def main():
    class C:
        x = await foo()
