#!/usr/bin/env bash
# Verifies the Node binary npm installed against the checksum recorded in scripts/node-binary.sha256:
# the lockfile does not cover it (the `node` package's preinstall downloads it), so this is what pins it.
# Run by npm's postinstall and by .ci/run; fails on a mismatch, and on CI's platform when none is recorded.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=node_modules/node/bin/node
record=scripts/node-binary.sha256
[ -x "$bin" ] || { echo "verify-node: $bin is missing; run npm ci." >&2; exit 1; }

version=$("$bin" -p 'process.version')
platform=$("$bin" -p 'process.platform + "-" + process.arch')
expected=$(awk -v v="$version" -v p="$platform" '$1 == v && $2 == p { print $3 }' "$record")
if [ -z "$expected" ]; then
  msg="verify-node: no checksum recorded for Node $version on $platform in $record."
  # CI runs on linux-x64, whose checksum must be there; elsewhere record yours (sha256sum $bin).
  if [ "$platform" = "linux-x64" ] || [ -n "${CI:-}" ]; then echo "$msg" >&2; exit 1; fi
  echo "$msg Not verified." >&2
  exit 0
fi
actual=$(sha256sum "$bin" | awk '{ print $1 }')
if [ "$actual" != "$expected" ]; then
  echo "verify-node: $bin (Node $version, $platform) has SHA-256 $actual, but $record records $expected." >&2
  echo "The binary is not the one this project was tested with: reinstall (rm -rf node_modules && npm ci) or, after a deliberate upgrade, record the new checksum." >&2
  exit 1
fi
echo "verify-node: Node $version ($platform) matches $record."
