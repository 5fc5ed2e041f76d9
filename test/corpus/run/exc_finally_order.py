def f():
    try:
        print('try')
        raise ValueError('v')
    except ValueError:
        print('except')
        return 'ret'
    finally:
        print('finally')
print(f())
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('fin', i)
