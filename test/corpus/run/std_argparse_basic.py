# argparse: parsing a list, Namespace, wrapped usage, errors with exit status 2
import argparse
p = argparse.ArgumentParser(description="train a tiny model")
p.add_argument("data", help="path to data")
p.add_argument("--lr", type=float, default=0.1, help="learning rate")
p.add_argument("--epochs", "-e", type=int, default=3)
p.add_argument("--verbose", action="store_true", help="print more")
p.add_argument("--opt", choices=["sgd", "adam"], default="sgd", help="optimizer")
p.add_argument("--layers", nargs="+", type=int, default=[64])
p.add_argument("--no-bias", dest="bias", action="store_false")
p.add_argument("-v", action="count", default=0)
a = p.parse_args(["d.csv", "--lr", "0.5", "-e", "7", "--layers", "1", "2", "-vv", "--no-bias", "--opt=adam"])
print(a)
print(vars(a))
p.print_help()
p.print_usage()
print(p.format_usage())
try:
    p.parse_args(["d", "--lr", "x"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_args([])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_args(["d", "--opt", "rmsprop"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_args(["d", "--bogus"])
except SystemExit as e:
    print("exit", e.code)
