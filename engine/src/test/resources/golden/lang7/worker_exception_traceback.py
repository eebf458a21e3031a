import threading

def divide(a, b):
    return a / b

def job():
    print("result:", divide(10, 0))

t = threading.Thread(target=job, name="calc")
t.start()
t.join()
print("main continues; thread alive:", t.is_alive())
