text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(' '.join(w[::-1] for w in text.split()[:4]), text.title()[:20], ''.join(sorted(set(text.replace(' ', '')))))
def is_pal(s):
    s = ''.join(c.lower() for c in s if c.isalnum())
    return s == s[::-1]
print(is_pal('A man, a plan, a canal: Panama'), is_pal('hello'))
