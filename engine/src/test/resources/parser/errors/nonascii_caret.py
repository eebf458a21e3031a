x = "é" foo
