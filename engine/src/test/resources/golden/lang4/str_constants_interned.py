import sys
name = "hello_world"
other = eval("'hello_world'")
print(name is other)
spaced = "hello world"
print(spaced is eval("'hello world'"))
print(sys.intern("abc" + "def") is "abcdef")
ns = {}
exec("x = 'tok_1'\ny = 'tok_1'", ns)
print(ns["x"] is ns["y"], ns["x"] is "tok_1")
def f(): return ("a b", 1)
def g(): return ("a b", 1)
print(f() is g(), f()[0] is g()[0])
