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

# A release of content without a new app: RUMBO_PACK names a signed content pack, and the editions are made from
# it (checked as the app checks an import; a refused pack stops the build with its reason). RUMBO_PACK_TRUST adds
# a public key file to the keys this rumbo-cli trusts, for a private or test release.
from_pack=()
if [[ -n "${RUMBO_PACK:-}" ]]; then
  from_pack=(--pack "$RUMBO_PACK")
  [[ -n "${RUMBO_PACK_TRUST:-}" ]] && from_pack+=(--trust "$RUMBO_PACK_TRUST")
fi
# The editions are made aside and replace the previous release's files only when all of them were made: a refused
# pack leaves dist/'s editions, zip and checksums as they were, still matching one another.
editions=$(mktemp -d dist/.editions.XXXXXX)
trap 'rm -rf "$editions"' EXIT
for lang in $(awk -F'"' '/pub const LANGUAGES/ { for (i = 2; i <= NF; i += 2) print $i }' src/i18n/languages.rs); do
  "$cli" export html --lang "$lang" --out "$editions/rumbo-$lang.html" "${from_pack[@]}"
done
rm -f dist/rumbo-*.html dist/rumbo-web-*.zip dist/SHA256SUMS dist/SHA256SUMS.sig
mv "$editions"/rumbo-*.html dist/
# The publisher signs each edition inside itself (its second line), on their own machine, so that a single file
# received by WhatsApp can be checked alone: `rumbo-cli pack check-file rumbo-es.html`. Before the checksums, which
# cover the signed files. Without the key the editions say `rumbo-signature: none`, and the build says so.
if [[ -n "${RUMBO_SIGNING_KEY:-}" ]]; then
  "$cli" pack sign-edition dist/rumbo-*.html --key "$RUMBO_SIGNING_KEY"
else
  echo "the one-file editions are not signed (RUMBO_SIGNING_KEY names the publisher's key file; see README)"
fi
# The same dist/web always gives the same bytes (fixed times and modes, sorted entries): see zip-web.sh.
scripts/zip-web.sh dist/web "dist/rumbo-web-$version.zip"
(cd dist && sha256sum rumbo-web-"$version".zip rumbo-*.html > SHA256SUMS)
# The publisher signs the list on their own machine (the key never enters the repository or CI): then anyone can
# check the zip too, `rumbo-cli pack check-file dist/rumbo-web-VERSION.zip`. Without the key it is left unsigned.
if [[ -n "${RUMBO_SIGNING_KEY:-}" ]]; then
  "$cli" pack sign-sums dist/SHA256SUMS --key "$RUMBO_SIGNING_KEY"
else
  echo "dist/SHA256SUMS is not signed (RUMBO_SIGNING_KEY names the publisher's key file; see README)"
fi
echo "dist/: rumbo-web-$version.zip, $(ls dist/rumbo-*.html | wc -l) one-file editions, SHA256SUMS ($("$cli" --version))"
