"""importlib for Coroscope: import_module (absolute and relative names) and reload over the
engine's fixed set of modules. Written for the engine."""

import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _absolute(name, package, dots):
    # Each leading dot after the first climbs one package up from `package`.
    parts = package.split('.')
    if dots > len(parts):
        raise ImportError('attempted relative import beyond top-level package')
    base = '.'.join(parts[:len(parts) - dots + 1])
    return base + '.' + name if name else base


def import_module(name, package=None):
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for {!r}".format(name))
        dots = len(name) - len(name.lstrip('.'))
        name = _absolute(name[dots:], package, dots)
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    pass


def reload(module):
    if type(module).__name__ != 'module':
        raise TypeError('reload() argument must be a module')
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    return module
