class Model:
    pass
m = Model()
m.forward()
