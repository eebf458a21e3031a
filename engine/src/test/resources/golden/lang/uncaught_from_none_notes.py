class ConfigError(Exception):
    pass

def load(cfg):
    try:
        return cfg["port"]
    except KeyError:
        err = ConfigError("missing port")
        err.add_note("hint: add 'port' to the config")
        err.add_note("see docs")
        raise err from None

def start():
    try:
        load({})
    finally:
        print("cleanup in start")

start()
