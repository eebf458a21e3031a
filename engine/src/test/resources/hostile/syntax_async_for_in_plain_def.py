def main(stream):
    async for item in stream:
        print(item)
