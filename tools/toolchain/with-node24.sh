#!/usr/bin/env bash
# Runs a command with Node 24 first on PATH.
# Machines that carry an older Node (< 22.22) get Node 24 from the npm registry
# (package node-<os>-<arch>, the binary the `node` package installs) into a cache
# outside the work tree, so CI on a clean clone needs nothing but npm.
# Usage: tools/toolchain/with-node24.sh <command> [args...]
#        source tools/toolchain/with-node24.sh   (only adjusts PATH)
set -euo pipefail

NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
HOTLINE_CACHE="${HOTLINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hotline}"

node_is_recent_enough() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=22)?0:1)'
}

install_node24() {
  local os arch dir tmp
  os="$(uname -s | tr '[:upper:]' '[:lower:]')"
  case "$(uname -m)" in
    x86_64|amd64) arch=x64 ;;
    aarch64|arm64) arch=arm64 ;;
    *) echo "with-node24: unsupported CPU $(uname -m)" >&2; return 1 ;;
  esac
  dir="$HOTLINE_CACHE/node-v$NODE24_VERSION-$os-$arch"
  if [ ! -x "$dir/bin/node" ]; then
    echo "with-node24: installing Node $NODE24_VERSION from the npm registry into $dir" >&2
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-$os-$arch@$NODE24_VERSION" >/dev/null)
    mkdir -p "$tmp/x" && tar -xzf "$tmp"/node-*.tgz -C "$tmp/x"
    mkdir -p "$(dirname "$dir")" && rm -rf "$dir" && mv "$tmp/x/package" "$dir"
    rm -rf "$tmp"
    chmod +x "$dir/bin/node"
  fi
  export PATH="$dir/bin:$PATH"
}

if ! node_is_recent_enough; then
  install_node24
fi

# When sourced, stop here: the caller only wanted PATH.
if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  return 0
fi
exec "$@"
