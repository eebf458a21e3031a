__import__("os").system("touch /tmp/coroscope-hostile-sandbox_dunder_import")
print("ESCAPED")
