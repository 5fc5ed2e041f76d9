# io.StringIO as a print(file=) target and a line source, contextlib.redirect_stdout, a user object with write()
import io, contextlib, sys
buf = io.StringIO()
print("loss", 0.5, file=buf)
print("acc", 0.9, sep="=", file=buf)
buf.write("tail\n")
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), buf.readlines(), repr(buf.read()))
s = io.StringIO("a,b\n1,2\n3,4\n")
rows = [line.strip().split(",") for line in s]
print(rows)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    print("captured")
    print("twice")
print("outside", repr(out.getvalue()))
with io.StringIO("x") as f:
    print(f.read())
try:
    f.read()
except ValueError as e:
    print(e)
print("to stderr", file=sys.stderr)
class Sink:
    def __init__(self): self.parts = []
    def write(self, t): self.parts.append(t)
k = Sink(); print("hi", 3, file=k); print(k.parts)
