# os.path string helpers as CPython's posixpath computes them; host access stays refused
import os
import os.path as osp
from os.path import join, splitext

print(os.sep, os.curdir, os.pardir, os.extsep, os.pathsep, os.linesep == "\n", os.name)
for parts in (("runs", "exp1", "w.npy"), ("runs/", "x"), ("a", "/abs", "b"), ("", "x"), ("a", ""), ("/",)):
    print(repr(join(*parts)))
for p in ("runs/exp1/weights.npy", "/", "//a//b//", "noslash", "dir/", ".bashrc", "a/.b.c", "a.b/c", "x..tar.gz", "...", ""):
    print(repr(p), os.path.split(p), osp.basename(p), repr(osp.dirname(p)), splitext(p), os.path.isabs(p))
for p in ("a/./b/../c", "/../x", "//x/./y", "///x", "../../a", "", ".", "a/b/.."):
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.commonprefix(["runs/exp1", "runs/exp2", "runs/e"]), os.path.splitdrive("/a/b"))
stem, ext = os.path.splitext(os.path.basename("data/train_images.npz"))
print(f"{stem}{ext}", stem.upper(), ext[1:])
try:
    os.path.join("a", 3)
except TypeError as e:
    print("TypeError:", e)
