# Rumbo's two commands: `make run` and `make test`. Both install what a fresh Debian machine lacks.
.PHONY: run test web serve desktop cli check-locales clean

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

## The desktop app in a native window (outreach workers' laptops)
desktop:
	scripts/setup.sh desktop
	. scripts/versions.sh && dx run --platform desktop --release

## rumbo-cli, without Dioxus
cli:
	cargo build --release --no-default-features --bin rumbo-cli
	@echo "target/release/rumbo-cli"

check-locales:
	cargo cli l10n check

clean:
	rm -rf dist target/screenshots
	cargo clean
