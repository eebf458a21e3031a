f = open("/tmp/coroscope-hostile-sandbox_open_write", "w")
f.write("ESCAPED")
f.close()
print("ESCAPED")
