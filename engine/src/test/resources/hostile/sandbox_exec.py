print("before")
exec("import os\nprint('ESCAPED', os.getcwd())")
