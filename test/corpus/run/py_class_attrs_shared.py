class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
b1, b2 = Bag(), Bag()
b1.add(1); b2.add(2)
print(b1.items, b2.items, Bag.items)
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.total)
