x = 1


   
	
# c
    # indented comment
y = 2
