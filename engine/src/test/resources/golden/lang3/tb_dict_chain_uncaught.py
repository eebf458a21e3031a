config = {"db": {"hosts": [{"name": "a", "port": 5432}]}}
def port_of(cfg, i):
    return cfg["db"]["hosts"][i]["port"]
print(port_of(config, 0))
print(port_of(config, 1))
