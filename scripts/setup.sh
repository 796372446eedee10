#!/usr/bin/env bash
# Installs what Rumbo needs on a fresh Debian machine, skipping whatever is already there.
#   scripts/setup.sh run    tools to build and serve the web app
#   scripts/setup.sh desktop  the above, plus the GTK and WebKitGTK libraries of the desktop app
#   scripts/setup.sh test     all of the above, plus chromium and the browser-test packages
# Nothing is downloaded from outside Debian, crates.io, npm and rustup: dx is told to use the tools on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/versions.sh

purpose=${1:-run}
# clang and llvm (llvm-ar) compile SQLite to WebAssembly for the web build; zip packs the release bundle.
debs=(build-essential pkg-config libssl-dev clang llvm zip)
# Node.js may come from elsewhere than Debian (with its own npm): only install Debian's if there is none.
command -v node >/dev/null && command -v npm >/dev/null || debs+=(nodejs npm)
case "$purpose" in
  run) ;;
  # zenity: the desktop app's file picker where the desktop has no file-chooser portal (see README).
  desktop) debs+=(libwebkit2gtk-4.1-dev libgtk-3-dev libxdo-dev dpkg-dev zenity) ;;
  test) debs+=(libwebkit2gtk-4.1-dev libgtk-3-dev libxdo-dev chromium unzip curl) ;;
  *) echo "usage: scripts/setup.sh run|desktop|test" >&2; exit 2 ;;
esac

missing=()
for deb in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "ok installed" || missing+=("$deb")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
if [ "$purpose" = test ]; then
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
fi

# dx takes 12–18 minutes to build on two cores: only when the pinned version is not already on PATH.
if [ "$(dx --version 2>/dev/null | awk '{print $2}')" != "$DX_VERSION" ]; then
  echo "Installing dioxus-cli $DX_VERSION (this takes a while)"
  cargo install dioxus-cli --version "$DX_VERSION" --locked
fi

# wasm-bindgen must be exactly the version in Cargo.lock. --locked fails on a yanked dependency of its own.
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  echo "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# esbuild and wasm-opt (binaryen) for dx, playwright-core and axe-core for the tests, pinned by the lockfile.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
