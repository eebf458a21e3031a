print("importing importlib")
import importlib
print("ESCAPED")
