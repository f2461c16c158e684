#!/usr/bin/env bash
# Installs whatever is missing to build and test Vitaal Samenwerken. Idempotent: each step
# checks first and skips what is already there at the right version. Everything comes from the
# package registries (crates.io, npm, Debian); nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14"
# leptosfmt formats the view! bodies (leptosfmt.toml); test.sh checks them with it.
LEPTOSFMT_VERSION="0.1.33"
# The wasm-bindgen CLI must equal the version pinned in Cargo.toml (`wasm-bindgen = "=X"`).
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)"

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    log "adding rustup component $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (takes about 6 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(leptosfmt --version 2>/dev/null || true)" != "leptosfmt $LEPTOSFMT_VERSION" ]; then
  log "installing leptosfmt $LEPTOSFMT_VERSION (takes a few minutes)"
  cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes about 5 minutes)"
  # Without --locked: its lock file names a crate version the registry here does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
command -v node >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

# wasm-opt (npm binaryen), sass (Trunk's Sass pipeline finds it on PATH and, offline, never
# downloads one), Playwright's driver (for Debian Chromium) and axe-core.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/sass ] || [ ! -d node_modules/playwright-core ] \
  || [ ! -d node_modules/axe-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm tools (binaryen, sass, playwright-core, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

log "ready: trunk $(trunk --version | cut -d' ' -f2), leptosfmt $(leptosfmt --version | cut -d' ' -f2), wasm-bindgen $(wasm-bindgen --version | cut -d' ' -f2), wasm-opt $(node_modules/.bin/wasm-opt --version | cut -d' ' -f3), $(chromium --version 2>/dev/null | head -1)"
