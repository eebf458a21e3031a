print({"a": 1}.missing())
