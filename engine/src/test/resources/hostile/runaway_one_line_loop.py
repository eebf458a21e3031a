print("start")
while True: x = 1
