from itertools import chian
