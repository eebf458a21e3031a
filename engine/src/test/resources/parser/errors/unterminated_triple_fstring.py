x = f"""abc
