# Names that reach Java in other JVM-hosted languages must not exist here.
try:
    java
    print("ESCAPED java")
except NameError as e:
    print("blocked:", e)
try:
    javax
    print("ESCAPED javax")
except NameError as e:
    print("blocked:", e)
try:
    jdk
    print("ESCAPED jdk")
except NameError as e:
    print("blocked:", e)
try:
    Java
    print("ESCAPED Java")
except NameError as e:
    print("blocked:", e)
try:
    Packages
    print("ESCAPED Packages")
except NameError as e:
    print("blocked:", e)
try:
    JavaImporter
    print("ESCAPED JavaImporter")
except NameError as e:
    print("blocked:", e)
try:
    __java__
    print("ESCAPED __java__")
except NameError as e:
    print("blocked:", e)
try:
    jython
    print("ESCAPED jython")
except NameError as e:
    print("blocked:", e)
