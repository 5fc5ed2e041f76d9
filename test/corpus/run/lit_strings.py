s = 'hello\tworld\n'
print(repr(s), len(s), s.upper(), "it's", 'say "hi"', repr("it's"), repr('a"b\'c'))
print('abc'[1], 'abcdef'[::-1], 'abcdef'[1:4], 'abcdef'[-2:], 'x' * 3, 'a' + 'b')
print(repr('\x00\x7f'), '\u00e9', len('\u00e9'), r'raw\n', 'multi' 'part')
