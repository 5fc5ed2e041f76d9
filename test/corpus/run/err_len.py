len(3.5)
