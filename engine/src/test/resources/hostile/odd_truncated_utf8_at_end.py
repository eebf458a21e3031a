print("ok")
# â‚