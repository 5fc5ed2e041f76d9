# re on non-ASCII text: \w, \d, \s, \b follow Python's str classes (Unicode unless re.ASCII), IGNORECASE folding
import re
text = "Café naïve — résumé ２０２４ über\u00a0straße Ünïcode_1"
print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, re.ASCII))
print(re.findall(r"\d+", "٣٤ and ２０ and 12"), re.findall(r"\d+", "٣٤ and 12", flags=re.A))
print(re.split(r"\s+", "a\u00a0b\u3000c d"), re.sub(r"\bé", "E", "é éa aé"))
print(re.findall(r"(?i)straSSe|ÜBER", text), re.findall(r"[à-ÿ]+", text), re.findall(r"[\w-]+", "state-of-the-art naïve-ish"))
print(re.match(r"^[\w.+-]+@[\w-]+\.[\w.]+$", "jöhn.doe+x@exämple.co.uk") is not None, re.findall(r"[^\W\d]+", "abc123déf"))
print(re.sub(r"[!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~]", "", "a,b.c!d?e-f_g"), re.findall(r"\]|\}", "a]b}c"), re.escape("naïve-1.0"))
print(re.findall(r"\b\w", "hello wörld ñu"), re.findall(r"\B\w", "ab cd"), re.fullmatch(r"\S+", "x\u2003y"))
