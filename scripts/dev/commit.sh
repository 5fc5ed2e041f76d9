#!/usr/bin/env bash
# Commits only the named paths, safely while several developers share one work tree:
# stages exactly those paths, commits them alone (--only), and retries while another commit
# holds git's index lock. Usage: scripts/dev/commit.sh "message" path [path...]
set -u
msg="$1"; shift
[ "$#" -gt 0 ] || { echo "usage: $0 message path..." >&2; exit 2; }
for attempt in $(seq 1 30); do
  if git add -A -- "$@" 2>/tmp/commit-err.$$ && git commit -q --only -m "$msg" -- "$@" 2>>/tmp/commit-err.$$; then
    rm -f /tmp/commit-err.$$; git log --oneline -1; exit 0
  fi
  if grep -q "index.lock" /tmp/commit-err.$$; then sleep $((RANDOM % 3 + 1)); continue; fi
  if grep -q "nothing to commit\|no changes added" /tmp/commit-err.$$; then echo "nothing to commit"; rm -f /tmp/commit-err.$$; exit 0; fi
  cat /tmp/commit-err.$$ >&2; rm -f /tmp/commit-err.$$; exit 1
done
echo "commit: gave up waiting for the index lock" >&2; exit 1
