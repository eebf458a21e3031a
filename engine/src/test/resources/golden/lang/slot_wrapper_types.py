# slot methods of built-in types: method-wrapper / wrapper_descriptor types, inspect predicates, errors
import inspect, types
m = [].__iter__
d = list.__iter__
a = [].append
for o in (m, d, a, list.append, object.__init__, object().__init__, int.__add__, (1).__add__):
    print(type(o).__name__, inspect.isbuiltin(o), inspect.isroutine(o), inspect.ismethoddescriptor(o), inspect.ismethodwrapper(o), callable(o), isinstance(o, types.BuiltinMethodType))
print(d([1,2]).__class__.__name__, d.__get__([3]).__name__, d.__get__(None, list) is d)
class C:
    pass
print(type(C.__init__).__name__, type(C().__init__).__name__, type(C.__repr__).__name__, C.__init__ is object.__init__)
print(C().__init__.__self__.__class__.__name__, m.__qualname__, m.__objclass__)
try:
    d()
except TypeError as e:
    print(e)
try:
    d(5)
except TypeError as e:
    print(e)
print(repr(object.__init__), repr(int.__add__), repr(str.__len__))
import types
class Desc:
    def __get__(self, obj, cls): return 1
class DataDesc(Desc):
    def __set__(self, obj, v): pass
class S:
    __slots__ = ("x",)
    @property
    def p(self): return 1
for o in (Desc(), DataDesc(), S.x, S.p, S.__dict__.get("__weakref__"), type.__dict__["__name__"], classmethod(len), staticmethod(len), len, S):
    print(type(o).__name__, inspect.ismethoddescriptor(o), inspect.isdatadescriptor(o), inspect.isgetsetdescriptor(o), inspect.ismemberdescriptor(o))
print(types.MethodWrapperType, types.WrapperDescriptorType, types.MemberDescriptorType)
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class B(A):
    def f(self): return 1
print(inspect.isabstract(A), inspect.isabstract(B), inspect.isabstract(B()), inspect.isabstract(int))
