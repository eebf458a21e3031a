async def job(tag):
    return tag

def start(tag):
    c = job(tag)
    raise ValueError(tag)

try:
    start("plain-except")
except ValueError:
    print("caught plain")
print("after plain")

try:
    start("as-e")
except ValueError as e:
    print("caught", e)
print("after as-e")

def nested():
    try:
        start("inside-function")
    except ValueError:
        print("caught in function")
    print("function continues")

nested()
print("end")
