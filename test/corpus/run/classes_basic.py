class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(3, 4)
print(p, p.norm2(), p + Point(1, 1), p == Point(3, 4), p != Point(0, 0), Point.dims, p.dims, [p])
p.z = 5
print(p.z, hasattr(p, 'z'), getattr(p, 'w', 'none'), isinstance(p, Point), type(p).__name__)
