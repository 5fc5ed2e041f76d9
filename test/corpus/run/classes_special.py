class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, v):
        return v in self.xs
    def __mul__(self, k):
        return Vec(*[x * k for x in self.xs])
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(*[-x for x in self.xs])
    def __bool__(self):
        return any(self.xs)
    def __call__(self, x):
        return x + len(self)
    def __repr__(self):
        return 'Vec' + repr(tuple(self.xs))
v = Vec(1, 2, 3)
v[0] = 10
print(len(v), v[1], list(v), 2 in v, v * 2, 3 * v, -v, bool(v), bool(Vec(0)), v(100), sum(v), sorted(v, reverse=True))
