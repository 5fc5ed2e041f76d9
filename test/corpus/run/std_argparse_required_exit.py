# argparse: a required option missing when run without arguments: usage + error on stderr, exit status 2
import argparse
p = argparse.ArgumentParser()
p.add_argument("--n", type=int, required=True)
print("parsing")
args = p.parse_args()
print("never")
