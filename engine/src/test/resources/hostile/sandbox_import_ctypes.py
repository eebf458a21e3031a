print("importing ctypes")
import ctypes
print("ESCAPED")
