#!/usr/bin/env bash
# Regenerate requirements.lock: every package the project and its dev tools need, pinned with hashes.
# Run after changing a dependency in pyproject.toml; the set-up installs from the lock, not from pyproject.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
.venv/bin/python -m venv "$tool/venv"
"$tool/venv/bin/pip" install --quiet pip-tools==7.6.2
"$tool/venv/bin/pip-compile" --quiet --extra dev --generate-hashes --strip-extras --allow-unsafe \
  --no-emit-index-url --no-emit-find-links --output-file requirements.lock pyproject.toml
