x = 1
eval("1 +")
