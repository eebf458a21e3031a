print("ok")
# trailing comment