#!/usr/bin/env bash
# README command 2: install what is missing, then run every check and test:
# formatting, clippy (host and wasm32), host tests, browser component tests, release build,
# end-to-end tests in Chromium with axe-core. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (host)"
cargo clippy --all-targets --locked -- -D warnings

step "clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

step "host tests (domain core)"
cargo test --locked

step "component tests (wasm-bindgen-test, headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web

step "release build"
trunk build --release
node scripts/one-file.mjs   # dist/vitaal-samenwerken.html, the one-file edition

step "end-to-end tests (Playwright + Debian Chromium + axe-core)"
node --test --test-concurrency=1 e2e/

step "all tests passed"
