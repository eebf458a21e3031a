print(not_defined.attr)
