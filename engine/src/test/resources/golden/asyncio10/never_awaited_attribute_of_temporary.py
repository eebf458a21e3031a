# Reading an attribute of a coroutine that nothing keeps: it dies at that line
async def demo():
    return 1
print(demo().cr_frame.f_lineno)
print("next")
print(demo().cr_code.co_name)
print("next2")
x = demo().cr_running
print("next3")
def f():
    print(demo().cr_frame.f_code.co_name)
    print("in f")
f()
