# contextvars without asyncio: get/set/reset, tokens, copy_context, Context.run and its errors.
import contextvars as cv

v = cv.ContextVar('v', default=1)
w = cv.ContextVar('w')
print(type(v).__name__, type(cv.copy_context()).__name__, cv.Token.MISSING, v.name)
print(v.get(), v.get(7), w.get('fallback'))
try:
    w.get()
except LookupError as e:
    print('LookupError', e.args[0] is w)
t = w.set(5)
print(t.var is w, t.old_value is cv.Token.MISSING, w.get(), w.get(6))
t2 = w.set(6)
print(t2.old_value, w.get())
w.reset(t2)
print(w.get())
for label, bad in [('reset int', lambda: w.reset(3)),
                   ('other var', lambda: v.reset(t)),
                   ('Context args', lambda: cv.Context(1)),
                   ('key type', lambda: cv.copy_context()[1]),
                   ('in type', lambda: 1 in cv.copy_context()),
                   ('name type', lambda: cv.ContextVar(1)),
                   ('make token', lambda: cv.Token())]:
    try:
        bad()
    except Exception as e:
        print(label, type(e).__name__, str(e).split(' at 0x')[0])
w.reset(t)
print('after reset', w.get('gone'))
try:
    w.reset(t)
except RuntimeError as e:
    print('twice', str(e).startswith('<Token used var='))

ctx = cv.copy_context()
print(len(ctx), v in ctx, w in ctx, ctx.get(w), ctx.get(w, 'd'))

def f(x):
    w.set(x)
    v.set(x * 10)
    return w.get(), v.get()

print(ctx.run(f, 9), w.get('outside'), v.get())
print(len(ctx), ctx[w], ctx[v], sorted(var.name for var in ctx))
print(sorted((k.name, val) for k, val in ctx.items()), sorted(ctx.values()))
try:
    ctx[cv.ContextVar('fresh')]
except KeyError as e:
    print('KeyError', e.args[0].name)
try:
    ctx.run(lambda: ctx.run(f, 1))
except RuntimeError as e:
    print(str(e).split(':')[0])
ctx2 = ctx.copy()
ctx2.run(w.set, 'copy')
print(ctx[w], ctx2[w])

def raiser():
    w.set('doomed')
    raise ValueError('inside run')

try:
    ctx.run(raiser)
except ValueError as e:
    print(e, ctx[w], w.get('still outside'))

def token_elsewhere():
    return w.set('x')

tok = ctx.run(token_elsewhere)
try:
    w.reset(tok)
except ValueError as e:
    print(str(e).split(' at 0x')[-1][-30:])
print(ctx.run(lambda: (w.reset(tok), w.get())[1]))
try:
    class Sub(cv.ContextVar):
        pass
except TypeError as e:
    print(e)
print(cv.ContextVar[int], cv.Token[str])
print(sorted(cv.__all__))
