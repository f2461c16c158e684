#!/usr/bin/env bash
# README command 1: install what is missing, build the app and serve it on http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh
trunk build --release
node scripts/one-file.mjs   # dist/vitaal-samenwerken.html, the one-file edition
echo "Vitaal Samenwerken: open http://127.0.0.1:8080 (Ctrl+C stops the server)"
exec trunk serve --release --port "${PORT:-8080}"
