for i in x:
    try:
        pass
    except* E:
        continue
