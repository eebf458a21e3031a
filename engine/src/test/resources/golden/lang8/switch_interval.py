# sys.getswitchinterval / setswitchinterval.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.0123456789)
print(sys.getswitchinterval())
sys.setswitchinterval(2)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-7)
print(sys.getswitchinterval())
for bad in (0, -1, -0.5, "x", None):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.setswitchinterval()
except TypeError as e:
    print(e)
try:
    sys.getswitchinterval(1)
except TypeError as e:
    print(e)
sys.setswitchinterval(0.005)

import threading
done = []
def spin():
    while not done:
        pass
    print("spinner released")
sys.setswitchinterval(0.0001)
t = threading.Thread(target=spin)
t.start()
done.append(1)
t.join()
print(sys.getswitchinterval())
