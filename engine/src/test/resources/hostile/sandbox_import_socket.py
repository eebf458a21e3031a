print("importing socket")
import socket
print("ESCAPED")
