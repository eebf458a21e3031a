print("text".uper())
