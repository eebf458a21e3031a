import sys

print("sys imported")
os = sys.modules["os"]
os.system("touch /tmp/coroscope-hostile-sandbox_sys_modules")
print("ESCAPED")
