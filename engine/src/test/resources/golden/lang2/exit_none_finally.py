import sys
try:
    print("working")
    sys.exit(None)
finally:
    print("finally runs")
