#!/usr/bin/env bash
# Everything an outreach worker shares, in dist/: the release web bundle (web/ and a versioned zip for any
# static host), the one-file edition of each language (rumbo-<lang>.html), and SHA256SUMS.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/versions.sh

scripts/build-web.sh
cargo build --quiet --no-default-features --features export --bin rumbo-cli
cli=target/debug/rumbo-cli
version=$("$cli" --version | awk '{print $2}')

rm -f dist/rumbo-*.html dist/rumbo-web-*.zip dist/SHA256SUMS dist/SHA256SUMS.sig
for lang in $(awk -F'"' '/pub const LANGUAGES/ { for (i = 2; i <= NF; i += 2) print $i }' src/i18n/languages.rs); do
  "$cli" export html --lang "$lang" --out "dist/rumbo-$lang.html"
done
# The same dist/web always gives the same bytes (fixed times and modes, sorted entries): see zip-web.sh.
scripts/zip-web.sh dist/web "dist/rumbo-web-$version.zip"
(cd dist && sha256sum rumbo-web-"$version".zip rumbo-*.html > SHA256SUMS)
# The publisher signs the list on their own machine (the key never enters the repository or CI): then anyone can
# run `rumbo-cli pack check-file dist/rumbo-es.html`. Without the key the list is left unsigned, and said so.
if [[ -n "${RUMBO_SIGNING_KEY:-}" ]]; then
  "$cli" pack sign-sums dist/SHA256SUMS --key "$RUMBO_SIGNING_KEY"
else
  echo "dist/SHA256SUMS is not signed (RUMBO_SIGNING_KEY names the publisher's key file; see README)"
fi
echo "dist/: rumbo-web-$version.zip, $(ls dist/rumbo-*.html | wc -l) one-file editions, SHA256SUMS ($("$cli" --version))"
