# Rumbo's two commands: `make run` and `make test`. Both install what a fresh Debian machine lacks.
.PHONY: run test web dist share desktop package bench abuse cli check-locales clean

PORT ?= 8080

## Set up, build the release web bundle into dist/web/ and serve it on http://127.0.0.1:$(PORT)
run: web
	cargo build --quiet --no-default-features --bin rumbo-cli
	target/debug/rumbo-cli serve --dir dist/web --port $(PORT)

## Set up and run every check: format, clippy, cargo tests, locales, release build, browser tests
test:
	scripts/test.sh

## The release web bundle only (dist/web/), ready for any static web server
web:
	scripts/setup.sh run
	scripts/build-web.sh

## Everything to share, in dist/: the web bundle and its versioned zip, the one-file editions, SHA256SUMS
dist:
	scripts/setup.sh run
	scripts/dist.sh

## Share dist/ with the phones on this Wi-Fi (prints the address and a QR code)
share: dist
	target/debug/rumbo-cli share --dir dist --port $(PORT)

## The desktop app in a native window (outreach workers' laptops)
desktop:
	scripts/setup.sh desktop
	. scripts/versions.sh && dx run --platform desktop --release

## A .deb of the desktop app, with the web bundle and one-file editions to share (target/debian/)
package: dist
	scripts/setup.sh desktop
	cargo build --release --no-default-features --features desktop --bin rumbo
	cargo build --release --no-default-features --bin rumbo-cli
	command -v cargo-deb >/dev/null || cargo install cargo-deb --locked
	cargo deb --no-build

## Size and speed figures (tables on stdout, JSON in target/bench/): the core natively, the bundle's bytes, and
## start and interactions in chromium with the CPU slowed 4x. See bench/README.md. About 20 minutes.
bench: dist
	scripts/setup.sh test
	cargo bench --bench core
	node bench/size.mjs dist/web 'dist/rumbo-*.html'
	node bench/web.mjs
	$(MAKE) abuse

## The share server under the reliability audit's attacks, on 127.0.0.1 (release rumbo-cli): connections held,
## latency of a normal request during each attack, memory (VmHWM), attacks survived. About 3 minutes.
abuse:
	cargo build --release --no-default-features --bin rumbo-cli
	cargo run --quiet --profile bench --no-default-features --example share_abuse -- "$${CARGO_TARGET_DIR:-target}/release/rumbo-cli"

## rumbo-cli, without Dioxus
cli:
	cargo build --release --no-default-features --bin rumbo-cli
	@echo "target/release/rumbo-cli"

check-locales:
	cargo cli l10n check

clean:
	rm -rf dist target/screenshots
	cargo clean
