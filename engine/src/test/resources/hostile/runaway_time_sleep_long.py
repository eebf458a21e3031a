import time

print("going to sleep for 11 days")
time.sleep(10 ** 6)
print("woke up")
