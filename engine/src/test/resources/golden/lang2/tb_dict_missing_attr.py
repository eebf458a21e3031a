settings = {"debug": True, "level": 3}
print(settings["debug"])
print(settings.debug)
