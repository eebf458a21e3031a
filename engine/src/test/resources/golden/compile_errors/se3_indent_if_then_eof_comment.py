if True:
    # only a comment
