# traceback.print_exc/format_exc/format_exception in except blocks (trimmed to the catching frame), sys.exc_info, sys.exception
import traceback, sys, gc
def f(): return 1/0
def g():
    try:
        f()
    except ZeroDivisionError:
        traceback.print_exc()
        s = traceback.format_exc()
        print(repr(s[:40]), s.count('File'))
        print(traceback.format_exception(*sys.exc_info())[-1], end='')
        print(traceback.format_exception_only(ZeroDivisionError, ZeroDivisionError('x')))
        print(sys.exc_info()[0].__name__, type(sys.exception()).__name__)
g()
print(repr(traceback.format_exc()), sys.exc_info(), gc.isenabled())
try:
    raise ValueError('bad')
except ValueError as e:
    traceback.print_exception(e)
    print(''.join(traceback.format_exception(e)).splitlines()[-1])
    print(len(traceback.format_exception(e)))
