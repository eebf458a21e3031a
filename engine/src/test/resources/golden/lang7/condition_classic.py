import threading

buffer = []
cv = threading.Condition()
consumed = []

def consumer():
    for _ in range(5):
        with cv:
            while not buffer:
                cv.wait()
            consumed.append(buffer.pop(0))

def producer():
    for i in range(5):
        with cv:
            buffer.append(i)
            cv.notify()

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start()
p.join(); c.join()
print(consumed, buffer)
print(repr(cv)[:11])
