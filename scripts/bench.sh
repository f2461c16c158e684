#!/usr/bin/env bash
# Prints the release build's sizes (raw and brotli, per kind and in total) against the budget
# of 250 KB brotli for the whole app, and the keystroke handler time with a large workspace
# (budget 16 ms), and Lighthouse mobile scores. Builds first unless --no-build is given.
# Figures are printed, not asserted by a timed test; the script exits 1 when over budget.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
BUDGET_KB=250

if [ "${1:-}" != "--no-build" ]; then
  trunk build --release >/dev/null 2>&1 || trunk build --release
  node scripts/one-file.mjs >/dev/null
fi

command -v brotli >/dev/null || { echo "brotli is missing: run scripts/setup.sh" >&2; exit 2; }

printf '%-6s %10s %12s\n' kind raw brotli
total_raw=0
total_br=0
for kind in wasm js css html; do
  raw=0
  br=0
  while IFS= read -r -d '' f; do
    raw=$((raw + $(stat -c%s "$f")))
    br=$((br + $(brotli -c -q 11 "$f" | wc -c)))
  done < <(find dist -maxdepth 1 -name "*.$kind" ! -name vitaal-samenwerken.html -print0)
  awk -v k="$kind" -v r="$raw" -v b="$br" 'BEGIN { printf "%-6s %9.1fK %11.1fK\n", k, r / 1024, b / 1024 }'
  total_raw=$((total_raw + raw))
  total_br=$((total_br + br))
done
awk -v r="$total_raw" -v b="$total_br" -v budget="$BUDGET_KB" \
  'BEGIN { printf "%-6s %9.1fK %11.1fK   (budget %sK brotli; K = 1024 bytes)\n", "total", r / 1024, b / 1024, budget;
           printf "total brotli: %d bytes = %.1f kB (1000 bytes) = %.1f KiB\n", b, b / 1000, b / 1024 }'
# The one-file edition holds the whole app again (wasm as gzip + base64): shown, not in the budget.
if [ -f dist/vitaal-samenwerken.html ]; then
  one=dist/vitaal-samenwerken.html
  printf 'one-file edition (not counted above): %d bytes raw, %d bytes brotli\n' \
    "$(stat -c%s "$one")" "$(brotli -c -q 11 "$one" | wc -c)"
fi
status=0
if [ "$total_br" -gt $((BUDGET_KB * 1024)) ]; then
  echo "OVER BUDGET"
  status=1
else
  echo "within budget"
fi

echo
node e2e/bench-keystroke.mjs || status=1

echo
if [ ! -x node_modules/.bin/lighthouse ]; then
  echo "(installing lighthouse for this measurement; it is not needed by the tests)"
  npm install --no-save --no-audit --no-fund --loglevel=error lighthouse@13.5.0
fi
node e2e/lighthouse.mjs || status=1
exit $status
