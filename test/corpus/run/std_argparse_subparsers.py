# argparse sub-commands: add_subparsers/add_parser with aliases, set_defaults(func=...), help listing, errors of the parent and of a sub-command
import argparse
def train(args): print("training", args.lr, args.epochs)
def evaluate(args): print("evaluating", args.ckpt)
p = argparse.ArgumentParser(prog="tool", description="A tool with sub-commands.")
p.add_argument("--seed", type=int, default=0)
sub = p.add_subparsers(dest="command", help="what to do")
t = sub.add_parser("train", help="train the model", aliases=["fit"])
t.add_argument("--lr", type=float, default=0.1)
t.add_argument("--epochs", type=int, default=3)
t.set_defaults(func=train)
e = sub.add_parser("eval", help="evaluate a checkpoint")
e.add_argument("ckpt")
e.set_defaults(func=evaluate)
sub.add_parser("hidden")
args = p.parse_args(["--seed", "3", "train", "--lr", "0.5"])
print(args.command, args.seed, args.lr, args.epochs); args.func(args)
args = p.parse_args(["eval", "model.npz"]); args.func(args)
print(p.parse_args([]))
print(p.parse_args(["fit"]).command)
p.print_help()
t.print_help()
for bad in (["nope"], ["eval"], ["train", "--lr", "x"], ["train", "--bogus"]):
    try:
        p.parse_args(bad)
    except SystemExit as ex:
        print("exit", ex.code)
q = argparse.ArgumentParser(prog="q")
qs = q.add_subparsers(title="commands", description="pick one", required=True, dest="cmd")
qs.add_parser("a", help="first")
qs.add_parser("b", help="second")
q.print_help()
try:
    q.parse_args([])
except SystemExit as ex:
    print("exit", ex.code)
