def ticker():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring close")


t = ticker()
print(next(t))
t.close()
