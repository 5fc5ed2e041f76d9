'abc' * 'd'
