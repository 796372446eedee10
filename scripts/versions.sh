# Pinned tool versions, sourced by the other scripts.
# dx must match the dioxus version in Cargo.toml; wasm-bindgen must match Cargo.lock exactly.
DX_VERSION=0.7.10
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export DX_VERSION WASM_BINDGEN_VERSION
# dx looks up wasm-bindgen, wasm-opt and esbuild on PATH instead of downloading them.
export NO_DOWNLOADS=1
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
