#!/usr/bin/env bash
# The browser test of content packs with the apply path: a bundle built to trust a key made for this run only
# (outside the repository, deleted afterwards), so a pack signed with it is applied, used after a reload, returned
# from, set aside when altered, and deleted by "Delete my data"; and a one-file edition signed with it is checked as
# Rumbo's. The ordinary bundle trusts no such key, and the main browser run checks that it refuses the same pack
# and edition.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
out=dist/web-trusted
trap 'rm -rf "$dir" "$out"' EXIT
cargo build --quiet --no-default-features --features export --bin rumbo-cli
target/debug/rumbo-cli pack keygen --out "$dir/e2e.key" >/dev/null
RUMBO_TRUSTED_KEYS=$(cat "$dir/e2e.key.pub") scripts/build-web.sh "$out" >/dev/null
RUMBO_WEB_DIR=$out RUMBO_E2E_PACK_KEY=$dir/e2e.key \
  node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/content-packs.test.mjs tests/e2e/edition-check.test.mjs
