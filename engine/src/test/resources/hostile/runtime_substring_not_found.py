print("coroutine".index("task"))
