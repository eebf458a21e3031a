from math import (sqrt, pi,)
print(pi > 3)
from math import ()
