# string, types.SimpleNamespace, heapq (CPython's heap order), bisect with lo/hi/key
import string, types, heapq, bisect, random
print(string.ascii_letters, string.digits, repr(string.punctuation), repr(string.whitespace), len(string.printable), string.hexdigits, string.octdigits)
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"), string.Template("$who likes ${what} $$").substitute(who="tim", what="kung pao"))
print(string.Template("$a $b").safe_substitute({"a": 1}))
try: string.Template("$a").substitute()
except KeyError as e: print("KeyError", e)
ns = types.SimpleNamespace(lr=0.1, epochs=3); ns.extra = [1]
print(ns, ns.lr, ns == types.SimpleNamespace(lr=0.1, epochs=3, extra=[1]), types.SimpleNamespace(), isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType))
random.seed(1)
h = []
for x in [random.randint(0, 100) for _ in range(15)]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(5)], h)
l = [9, 3, 7, 1, 8, 2, 6, 5, 4, 0]; heapq.heapify(l); print(l)
print(heapq.heappushpop(l, 5), heapq.heapreplace(l, 11), l)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
pq = []; heapq.heappush(pq, (2, "b")); heapq.heappush(pq, (1, "a")); heapq.heappush(pq, (2, "a")); print(pq, heapq.heappop(pq))
try: heapq.heappop([])
except IndexError as e: print(e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 0, hi=2))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
recs = [(1, "x"), (5, "y"), (9, "z")]
print(bisect.bisect_left(recs, 5, key=lambda r: r[0])); bisect.insort(recs, (7, "w"), key=lambda r: r[0]); print(recs)
grades = "FDCBA"; print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
