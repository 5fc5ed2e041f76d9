# argparse help formatters: ArgumentDefaultsHelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter
import argparse
p = argparse.ArgumentParser(prog="train", formatter_class=argparse.ArgumentDefaultsHelpFormatter, description="Train.\n  Indented line kept?")
p.add_argument("--lr", type=float, default=0.01, help="learning rate")
p.add_argument("--epochs", type=int, default=10)
p.add_argument("--amp", action="store_true", help="mixed precision")
p.add_argument("--name", default="run", help="run name (%(default)s)")
p.add_argument("files", nargs="*", default=["a"])
p.print_help()
q = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter, description="""Example:
    raw --x 1
    raw --x 2""", epilog="bye\n  bye")
q.add_argument("--x", help="an x value that is explained at quite some length so that the help line has to wrap around")
q.print_help()
r = argparse.ArgumentParser(prog="rt", formatter_class=argparse.RawTextHelpFormatter)
r.add_argument("--mode", help="one of:\n  fast - quick\n  slow - careful")
r.print_help()
