import contextvars
import threading

request = contextvars.ContextVar("request", default="none")
request.set("main-request")
seen = []
def handler(n):
    seen.append((n, request.get()))
    request.set(f"req-{n}")
    seen.append((n, request.get()))
ts = [threading.Thread(target=handler, args=(i,)) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(seen)
print(request.get())
ctx = contextvars.copy_context()
def in_ctx():
    seen.append(ctx.run(request.get))
t = threading.Thread(target=in_ctx); t.start(); t.join()
print(seen[-1])
