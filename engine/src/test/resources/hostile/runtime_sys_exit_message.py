import sys

print("checking")
sys.exit("fatal: nothing to do")
