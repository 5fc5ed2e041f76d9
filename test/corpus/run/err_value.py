n = int('abc')
