s = 'Hello World'
print(s.lower().count('o'), s.index('W'), s[::-1], s.split('o'), '-'.join(s), s.encode if False else 'x', s.isupper(), s.istitle(), s.casefold())
print('%s has %d chars' % (s, len(s)), 'abc'.upper().lower(), ' '.join(reversed(s.split())), 'tab\tsep'.expandtabs(4), 'a\nb'.splitlines())
print(str(12).zfill(5), 'ß'.upper(), 'İ'.lower() if False else '', 'abc' < 'abd' < 'b', ord('€'), chr(8364), '{:>5}'.format('€'))
