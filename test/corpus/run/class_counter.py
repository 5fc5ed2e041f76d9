class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.count = 0
    def tick(self, n=1):
        self.count += n
        return self
c1 = Counter().tick().tick(5)
c2 = Counter()
print(c1.count, c2.count, Counter.instances)
