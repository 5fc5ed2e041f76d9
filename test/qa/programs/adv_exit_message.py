# Exiting with a message
import sys
print("before")
sys.exit("fatal: bad config")
