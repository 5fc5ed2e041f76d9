s = '  Hello, World  '
print(s.strip(), s.lstrip(), s.rstrip(), s.lower(), s.upper(), s.title(), s.swapcase())
print('a,b,,c'.split(','), 'a b  c'.split(), 'a-b-c'.split('-', 1), 'a-b-c'.rsplit('-', 1), 'x'.join(['1', '2', '3']))
print('hello'.replace('l', 'L'), 'hello'.find('l'), 'hello'.rfind('l'), 'hello'.count('l'), 'hello'.startswith('he'), 'hello'.endswith(('lo', 'x')))
print('42'.isdigit(), 'ab'.isalpha(), 'a1'.isalnum(), '  '.isspace(), 'abc'.center(9, '*'), 'ab'.ljust(5) + '|', 'ab'.rjust(5), '7'.zfill(3), '-7'.zfill(4))
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'line1\nline2\n'.splitlines(), 'prefix_x'.removeprefix('prefix_'), 'hello world'.capitalize())
