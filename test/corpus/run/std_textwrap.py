# textwrap: wrap/fill/shorten/dedent/indent/TextWrapper with CPython's chunking, long words, hyphens, max_lines
import textwrap
t = "The quick brown fox jumps over the lazy dog. A well-known pangram, used by type-setters and font-designers everywhere; it's self-explanatory -- mostly."
for w in (10, 20, 33, 70):
    print(textwrap.wrap(t, w))
print(textwrap.fill(t, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(t, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11))
print(textwrap.wrap("supercalifragilisticexpialidocious-and-more", 8))
print(textwrap.wrap("supercalifragilisticexpialidocious", 8, break_long_words=False))
print(textwrap.wrap("a\tb  c\nd", 5), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
print(repr(textwrap.dedent("""
    def f():
        return 1
      
    x = 2
""")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
w = textwrap.TextWrapper(width=25, max_lines=2, placeholder="...")
print(w.wrap(t), w.fill("short text"))
print(textwrap.wrap(t, 30, break_on_hyphens=False))
print(textwrap.fill("one. two. three.", 8, fix_sentence_endings=True))
