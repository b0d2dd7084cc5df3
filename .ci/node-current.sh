#!/usr/bin/env bash
# The two commands on a current toolchain: an official Node.js 24 build and npm 12, both fetched from
# the npm registry (the platform package that the `node` package uses ships bin/node and the headers
# native addons build against). On a fresh clone of this repository: `npm install` (strict about
# unreviewed install scripts, and printing no install-script warnings), `npm start` healthy within
# the start budget, then `npm test` (PGlite for the PostgreSQL dialect, as a newcomer runs it).
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
NODE_LINE="${NODE_LINE:-24}"
NPM_LINE="${NPM_LINE:-12}"
START_BUDGET_S="${START_BUDGET_S:-15}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/offerbook-node${NODE_LINE}.XXXXXX")"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill -- "-$server_pid" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

case "$(uname -m)" in x86_64) arch=x64 ;; aarch64) arch=arm64 ;; *) arch="$(uname -m)" ;; esac
cd "$WORK"
mkdir -p node npm bin data
tar xzf "$(npm pack --silent "node-linux-${arch}@${NODE_LINE}")" -C node --strip-components=1
tar xzf "$(npm pack --silent "npm@${NPM_LINE}")" -C npm --strip-components=1
ln -s "$WORK/node/bin/node" bin/node
printf '#!/bin/sh\nexec "%s/node/bin/node" "%s/npm/bin/npm-cli.js" "$@"\n' "$WORK" "$WORK" > bin/npm
printf '#!/bin/sh\nexec "%s/node/bin/node" "%s/npm/bin/npx-cli.js" "$@"\n' "$WORK" "$WORK" > bin/npx
chmod +x bin/npm bin/npx
export PATH="$WORK/bin:$PATH"
echo "node $(node --version), npm $(npm --version)"

git clone --quiet "$REPO" app
cd app
# Native addons compile against this Node's own headers (nothing is downloaded); only the install needs them.
npm_config_nodedir="$WORK/node" npm install --strict-allow-scripts --no-audit --no-fund 2>&1 | tee "$WORK/install.log"
if grep -q 'install-scripts' "$WORK/install.log"; then
  echo "npm install printed install-script warnings: review them and approve or deny with npm install-scripts" >&2
  exit 1
fi

port=$((20000 + RANDOM % 20000))
started=$(date +%s%N)
setsid env PORT="$port" OFFERBOOK_DATA_DIR="$WORK/data" npm start > "$WORK/start.log" 2>&1 &
server_pid=$!
healthy=""
while [ $(( ($(date +%s%N) - started) / 1000000000 )) -lt "$START_BUDGET_S" ]; do
  if curl -sf "http://127.0.0.1:$port/api/health" > /dev/null; then healthy=1; break; fi
  sleep 0.1
done
if [ -z "$healthy" ]; then
  cat "$WORK/start.log" >&2
  echo "npm start was not healthy within ${START_BUDGET_S} s" >&2
  exit 1
fi
echo "npm start healthy in $(( ($(date +%s%N) - started) / 1000000 )) ms (including npm's own start)"
kill -- "-$server_pid"
server_pid=""

env -u TEST_DATABASE_URL npm test
