print("importing subprocess")
import subprocess
print("ESCAPED")
