#!/usr/bin/env bash
# Builds the release web bundle into dist/web/ and writes its offline service worker.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/versions.sh

out=dist/web
built=target/dx/rumbo/release/web/public

# --debug-symbols false: dx 0.7.10 otherwise keeps debug symbols in release builds (~100 KB brotli).
dx build --release --platform web --debug-symbols false

# A wasm-opt failure is only logged by dx: make sure the shipped wasm really is optimized (wasm-opt strips
# the name section that rustc leaves in).
wasm=$(find "$built/assets" -name '*.wasm' | head -n 1)
if ! node -e '
  const mod = new WebAssembly.Module(require("fs").readFileSync(process.argv[1]));
  process.exit(WebAssembly.Module.customSections(mod, "name").length > 0 ? 1 : 0);
' "$wasm"; then
  echo "error: $wasm still has its name section: wasm-opt did not run (is node_modules/.bin/wasm-opt there?)" >&2
  exit 1
fi

rm -rf "$out"
mkdir -p dist
cp -r "$built" "$out"
cargo build --quiet --no-default-features --bin rumbo-cli
target/debug/rumbo-cli precache "$out"
echo "Release web bundle: $out/ ($(du -sh "$out" | cut -f1)). Serve it from any web server; browsers will not run it from file://."
