while True:
    try:
        pass
    finally:
        continue_ = 1
    break
print([x async for x in y])
