import sys
print(sys.version_info)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version_info).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info)
print(sys.maxsize, sys.hash_info.modulus, sys.hash_info.inf, sys.int_info.bits_per_digit)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(len(str(10**4500)), sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**10000)))
sys.set_int_max_str_digits(640)
try:
    str(10**700)
except ValueError as e:
    print(e)
try:
    int("9" * 700)
except ValueError as e:
    print(e)
print(sys.getrecursionlimit(), sys.byteorder, sys.platform, sys.implementation.name)
print(type(sys.stdout).__name__, sys.argv[0][-6:], isinstance(sys.path, list))
print(sys.flags.optimize, sys.getdefaultencoding())
print(sys.exc_info())
try:
    1/0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t, v, type(tb).__name__)
print(sys.is_finalizing())
print(repr(sys.intern("abc")))
sys.stdout.write("written\n")
sys.stderr.write("to stderr\n")
print(sys.stdout.isatty(), sys.stdout.encoding)
