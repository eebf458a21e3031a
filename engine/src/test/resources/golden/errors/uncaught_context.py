class Resource:
    def close(self):
        raise OSError("close failed")
r = Resource()
try:
    {}["key"]
finally:
    r.close()
