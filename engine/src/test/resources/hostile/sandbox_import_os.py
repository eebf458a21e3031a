print("importing os")
import os
print("ESCAPED")
