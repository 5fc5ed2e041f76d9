#!/usr/bin/env python3
"""Golden outputs of the tutorial examples (examples/**/*.py) for the interpreter: the same
recorder as run_corpus.py, writing test/interpreter/golden/run_examples.json."""
import os, sys
sys.argv.append('--examples')
sys.path.insert(0, os.path.dirname(__file__))
import run_corpus  # noqa: E402
run_corpus.main()
