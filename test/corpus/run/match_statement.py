# The match statement: literal, capture, wildcard, value, sequence, mapping, class, or, as, guards
from collections import namedtuple
from dataclasses import dataclass
import numpy as np

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello" | "hi":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true"
        case 2.5:
            return "two and a half"
        case [] | ():
            return "empty sequence"
        case [a]:
            return f"one item {a}"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long, starts {first}, {len(rest)} more"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"type": "point", "x": px, "y": py}:
            return f"point dict {px},{py}"
        case {"type": t, **others}:
            return f"typed {t} with {sorted(others)}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float():
            return f"number {x}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return f"other {type(x).__name__}"

for v in [0, 2, -1, "hi", None, True, 2.5, [], (), [7], (1, 2), [1, 2, 3, 4, 5], [1, 2, 3],
          {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 3, "h": 4}, 1000, 42, 3.25, "text", {1, 2}, range(2)]:
    print(repr(v), "->", describe(v))

Point = namedtuple("Point", "x y")
@dataclass
class Circle:
    center: Point
    r: float

class Color:
    RED = "red"
    GREEN = "green"

def shape_info(s):
    match s:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=x, y=y):
            return f"point {x} {y}"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=c, r=r) if r > 10:
            return f"big circle at {c}"
        case Circle():
            return "circle"
        case Color.RED:
            return "the red color"
        case (Color.GREEN | "blue") as col:
            return f"cool color {col}"
    return "no match"

for s in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(0, 0), 2.0), Circle(Point(1, 1), 20), Circle(Point(1, 1), 1),
          "red", "green", "blue", 7]:
    print(s, "->", shape_info(s))

def command(text):
    match text.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return "picking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case _:
            return "empty"

for c in ["go north", "pick up sword shield", "pick up", "quit", "exit", "dance wildly", ""]:
    print(repr(c), "->", command(c))

def shape_kind(a):
    match a.shape:
        case (n,):
            return f"vector of {n}"
        case (r, c) if r == c:
            return f"square {r}x{c}"
        case (r, c):
            return f"matrix {r}x{c}"
        case (b, *rest):
            return f"batch of {b} with {rest}"

for arr in [np.zeros(3), np.eye(2), np.ones((2, 5)), np.zeros((4, 3, 2))]:
    print(shape_kind(arr))
match np.float64(1.0):
    case float(v):
        print("np.float64 is a float:", v)
match 5:
    case x:
        print("captured", x)
print("x after match:", x)
match (1, [2, 3]):
    case (a, [b, c]):
        print(a, b, c)
match {"k": {"inner": [1, 2]}}:
    case {"k": {"inner": [_, second]}}:
        print("nested", second)
try:
    match 3:
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 3:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
