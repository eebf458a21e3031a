import threading

ping = threading.Event()
pong = threading.Event()

def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        print("  pong", i)
        pong.set()

t = threading.Thread(target=player)
t.start()
for i in range(3):
    print("ping", i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print("game over")

cv = threading.Condition()
turn = ["a"]
def speaker(me, other, times):
    for i in range(times):
        with cv:
            cv.wait_for(lambda: turn[0] == me)
            print(me, i)
            turn[0] = other
            cv.notify_all()
ta = threading.Thread(target=speaker, args=("a", "b", 3))
tb = threading.Thread(target=speaker, args=("b", "a", 3))
ta.start(); tb.start(); ta.join(); tb.join()
