#!/usr/bin/env bash
# Every check, in order, each step timed. `make test` runs this; so does CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/versions.sh

step() {
  local name=$1
  shift
  local start=$SECONDS
  echo "::: $name"
  "$@"
  echo "::: $name: $((SECONDS - start)) s"
}

step "setup (installs what is missing)" scripts/setup.sh test
step "cargo fmt --check" cargo fmt --all -- --check
step "clippy (web, default)" cargo clippy --all-targets -- -D warnings
step "clippy (web code, wasm32)" cargo clippy --target wasm32-unknown-unknown --bin rumbo -- -D warnings
step "clippy (rumbo-cli without Dioxus)" cargo clippy --all-targets --no-default-features -- -D warnings
step "clippy (rumbo-cli with the one-file export)" cargo clippy --no-default-features --features export --bin rumbo-cli -- -D warnings
step "cargo build (desktop app)" cargo build --no-default-features --features desktop --bin rumbo
step "cargo test" cargo test
step "cargo test (one-file editions)" cargo test --features export --lib app::export
step "cargo test (rumbo-cli with export: editions from a content pack, the static pages and texts files)" cargo test --no-default-features --features export --test cli_pack --test cli_static
step "locales (rumbo-cli l10n check)" cargo cli l10n check
step "release build: web bundle, zip, one-file editions (make dist)" scripts/dist.sh
step "reproducible zip (scripts/test-zip.sh)" scripts/test-zip.sh
step "browser tests (chromium, 320x640)" npm run --silent e2e
step "browser test: applying a content pack (a bundle trusting a key made for this run)" scripts/test-packs.sh
echo "All checks passed in $SECONDS s."
