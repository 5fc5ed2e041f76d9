for exc in [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, NameError, RecursionError, ModuleNotFoundError]:
    print(exc.__name__, issubclass(exc, Exception), issubclass(exc, ArithmeticError), issubclass(exc, LookupError), issubclass(exc, RuntimeError), issubclass(exc, ImportError))
