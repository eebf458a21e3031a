print(open("/etc/passwd").read()[:20])
