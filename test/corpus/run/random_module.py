import random
random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 10), random.randrange(0, 100, 5), random.choice(['a', 'b', 'c']), random.uniform(1, 2))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.sample(range(100), 5), random.choices('abc', k=4))
random.seed(0)
print(random.gauss(0, 1), random.getrandbits(16))
