# argparse: actions (append/extend/count/const/BooleanOptionalAction/version), nargs, groups, --help layout, type errors
import argparse
p = argparse.ArgumentParser(prog="train", description="A much longer description of the training script that has to be wrapped across several lines because it is long.", epilog="Example: train --lr 0.1")
p.add_argument("--lr", type=float, default="0.01", help="learning rate (default: %(default)s)")
p.add_argument("--batch-size", type=int, default=32, metavar="N", help="a very long help text that goes on and on about the batch size and why it matters for the gradient noise scale")
p.add_argument("--tag", action="append", default=None)
p.add_argument("--mode", nargs="?", const="fast", default="slow")
p.add_argument("--amp", action=argparse.BooleanOptionalAction, default=True)
p.add_argument("--seed", required=True, type=int)
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--ext", action="extend", nargs="+", type=int)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
g = p.add_argument_group("model", "model options")
g.add_argument("--hidden", type=int, nargs=2, default=[8, 8])
p.add_argument("files", nargs="*", default=["a.txt"])
a = p.parse_args(["--seed", "1"])
print(a, a.lr, a.batch_size)
a = p.parse_args(["--seed=2", "--tag", "x", "--tag", "y", "--mode", "--no-amp", "--const", "--ext", "1", "2", "--ext", "3", "--hidden", "3", "4", "f1", "f2", "--batch-size", "-5"])
print(a)
print(p.parse_known_args(["--seed", "3", "--what", "z"]))
print(p.format_help())
ns = argparse.Namespace(a=1, b="x"); print(ns, ns.a, "a" in ns, ns == argparse.Namespace(a=1, b="x"), vars(ns))
for bad in (["--seed"], ["--seed", "1", "--hidden", "1"], ["--seed", "1", "--lr"], ["--seed", "1", "--batch-size", "1.5"], ["--version"], ["--seed", "1", "--he"], ["-h"]):
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
q = argparse.ArgumentParser()
q.add_argument("n", type=int)
q.add_argument("--flag", action="store_true")
print(q.parse_args(["5"]), q.parse_args(["--flag", "7"]))
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{s} is not positive")
    return v
q.add_argument("--k", type=positive, default=1)
for bad in (["1", "--k", "0"], ["1", "--k", "z"]):
    try: q.parse_args(bad)
    except SystemExit as e: print("exit", e.code)
print(q.parse_args([]) if False else "skip")
