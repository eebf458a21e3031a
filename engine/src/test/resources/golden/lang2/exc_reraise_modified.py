def step(n):
    if n == 3:
        raise ValueError(f"bad step {n}")
    return n
def run():
    for i in range(5):
        try:
            step(i)
        except ValueError as e:
            e.args = (e.args[0] + " (in run)",)
            raise
run()
