print(None, True, False, True + True, True * 3, not None, None is None, ..., type(...))
print(bool(0), bool(''), bool([]), bool([0]), bool(0.0), bool('0'), int(True), float(False))
