import os
import os.path as p, sys
from a import b
from a.b import c as d, e
from . import x
from .. import y
from ...mod import z
from .... import w
from a import (b, c,)
from a import *
global g
del a
del a, b.c, d[0]
del (a, b), [c]
assert x
assert x, "msg"
raise
raise E
raise E from F
pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while x:
    break
else:
    continue
for i in range(10):
    pass
else:
    pass
for a, b in c:
    pass
for (a, b), *c in d:
    pass
for x.y in z: pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (A, B) as eg:
    pass
with a:
    pass
with a as b, c as d:
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with a as (b, c):
    pass
if x: a = 1; b = 2
while y: pass
x = 1;
