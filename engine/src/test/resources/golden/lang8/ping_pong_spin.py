# Two threads take turns by spinning on a shared variable (no locks, no events).
import threading

turn = "ping"
log = []

def player(me, other, rounds):
    global turn
    for i in range(rounds):
        while turn != me:
            pass
        log.append(f"{me} {i}")
        turn = other

a = threading.Thread(target=player, args=("ping", "pong", 4))
b = threading.Thread(target=player, args=("pong", "ping", 4))
a.start()
b.start()
a.join()
b.join()
print("\n".join(log))
