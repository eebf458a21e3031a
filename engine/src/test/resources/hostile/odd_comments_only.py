# This file has only comments.

    # An indented comment is fine too.
#
