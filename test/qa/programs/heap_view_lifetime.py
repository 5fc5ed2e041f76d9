# Views that outlive their base array while lots of garbage is made (heap blocks must not be reused)
import numpy as np

def make_views():
    base = np.arange(20000, dtype=np.float64)
    return base[::2], base.reshape(100, 200).T[5], base[100:4200]

evens, col, mid = make_views()
row = np.ones((300, 300))[7]
flat = np.full((64, 64), 3.0).ravel()
tview = np.arange(9000.0).reshape(90, 100).T
for i in range(200):
    junk = np.random.default_rng(i).standard_normal(5000) * i
    junk2 = np.zeros((100, 60)) + i
    del junk, junk2
print(evens[:4], evens[-2:], repr(evens.sum()))
print(col[:4], repr(col.sum()))
print(mid[:3], repr(mid.sum()))
print(row.sum(), flat.sum(), repr(tview.sum()), tview[3, :3])
parts = np.split(np.arange(12000.0), 3)
del_base = [p[::100] for p in parts]
del parts
more = [np.empty(6000) for _ in range(50)]
for m in more:
    m.fill(-1)
print([repr(p.sum()) for p in del_base])
