class Plain:
    pass
p = Plain()
print(type(p).__name__, isinstance(p, object), Plain.__name__, str(type(p)))
