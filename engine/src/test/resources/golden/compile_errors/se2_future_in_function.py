"""doc"""
from __future__ import annotations
from __future__ import division, generator_stop
import sys
print("ok")
def f():
    from __future__ import annotations
