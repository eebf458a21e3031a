async def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1
    return n
