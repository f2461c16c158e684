#!/usr/bin/env bash
# The budget (docs/design.md, "Budget"): prints what users feel and what the app weighs.
#  1. Size, brotli, per file and per part (wasm, js, css, html) against the figures recorded in
#     docs/size.txt, then records the current ones there (check in the change, and say why when
#     they grew). The whole app must stay <= 450 KB brotli.
#  2. Keystroke handler time with a large workspace (budget 16 ms).
#  3. Lighthouse, mobile and desktop presets, 3 runs each, medians; dist/ served with brotli and
#     a static host's cache headers (e2e/lighthouse.mjs). Mobile: performance >= 95,
#     LCP <= 2.0 s, TBT <= 100 ms, CLS <= 0.02; desktop: performance 100; accessibility 100 on both.
# Builds first unless --no-build is given. Exits 1 when a rule is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# The pages Lighthouse measures, name=path: the overview, and the participant page a phone opens
# from the invitation QR (`#/doe-mee/<payload>`, payload as `domain::meedoen::invitation_payload`
# writes it: "2" + base64url of the raw-deflated JSON; see e2e/invitation.mjs).
INVITATION_PATH="/#/doe-mee/$(node e2e/invitation.mjs)"
LIGHTHOUSE_PAGES=(overview=/ "participant=$INVITATION_PATH")

if [ "${1:-}" != "--no-build" ]; then
  trunk build --release >/dev/null 2>&1 || trunk build --release
  node scripts/one-file.mjs >/dev/null
fi

status=0
echo "== size (brotli, quality 11) =="
node scripts/size-check.mjs --write || status=1
# The one-file edition holds the whole app again (wasm as gzip + base64): shown, not counted.
if [ -f dist/vitaal-samenwerken.html ]; then
  node -e '
    const fs = require("fs"), zlib = require("zlib");
    const b = fs.readFileSync("dist/vitaal-samenwerken.html");
    console.log(`one-file edition (not counted above): ${b.length} bytes raw, ${zlib.brotliCompressSync(b).length} bytes brotli`);'
fi

echo
echo "== keystroke =="
node e2e/bench-keystroke.mjs || status=1

echo
echo "== lighthouse =="
if [ ! -x node_modules/.bin/lighthouse ]; then
  echo "(installing lighthouse for this measurement; it is not needed by the tests)"
  npm install --no-save --no-audit --no-fund --loglevel=error lighthouse@13.5.0
fi
node e2e/lighthouse.mjs "${LIGHTHOUSE_PAGES[@]}" || status=1
exit $status
