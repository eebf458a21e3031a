import sys

print("leaving with status 3")
sys.exit(3)
print("not printed")
