# argparse mutually exclusive groups: usage brackets, 'not allowed with', a required group
import argparse
p = argparse.ArgumentParser(prog="train")
p.add_argument("--lr", type=float, default=0.1)
g = p.add_mutually_exclusive_group()
g.add_argument("--cpu", action="store_true")
g.add_argument("--gpu", type=int, metavar="ID")
h = p.add_mutually_exclusive_group(required=True)
h.add_argument("--train", action="store_true")
h.add_argument("--eval", action="store_true")
p.print_usage()
print(p.parse_args(["--train", "--gpu", "1"]))
for bad in (["--train", "--cpu", "--gpu", "0"], ["--cpu"], ["--train", "--eval"]):
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
p.print_help()
