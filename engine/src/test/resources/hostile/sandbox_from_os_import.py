from os import system
system("touch /tmp/coroscope-hostile-sandbox_from_os_import")
