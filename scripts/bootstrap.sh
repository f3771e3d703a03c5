#!/usr/bin/env bash
# Find a Python 3.12 or 3.13, create .venv and install the project into it.
# Idempotent: a second run installs nothing unless pyproject.toml or requirements.lock changed.
set -euo pipefail
cd "$(dirname "$0")/.."

suitable() {  # suitable PYTHON: prints its path when it runs and is 3.12 <= version < 3.14
  "$1" -c 'import sys; sys.exit(0 if (3, 12) <= sys.version_info[:2] < (3, 14) else 1)' >/dev/null 2>&1 \
    && command -v "$1"
}

find_python() {
  local c root
  for c in "${PYTHON:-}" python3.12 python3.13 python3; do
    [ -n "$c" ] && suitable "$c" && return 0
  done
  root=$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")
  for c in "$root"/versions/3.12*/bin/python3 "$root"/versions/3.13*/bin/python3 \
           /usr/local/bin/python3.12 /usr/bin/python3.12 /usr/local/bin/python3.13 /usr/bin/python3.13; do
    [ -x "$c" ] && suitable "$c" && return 0
  done
  return 1
}

if [ ! -x .venv/bin/python ] || ! suitable .venv/bin/python >/dev/null; then
  py=$(find_python) || {
    echo "error: Amar-bot needs Python 3.12 or 3.13 (hazm 0.12 requires it) and none was found." >&2
    echo "       Install one (for example 'pyenv install 3.12') or set PYTHON=/path/to/python3.12." >&2
    exit 1
  }
  echo "setup: creating .venv with $py ($("$py" --version))"
  rm -rf .venv
  "$py" -m venv .venv
fi

stamp=.venv/.installed-$(cat pyproject.toml requirements.lock | sha1sum | cut -c1-12)
if [ ! -f "$stamp" ]; then
  echo "setup: installing dependencies (requirements.lock, hashes checked)"
  { .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock \
    && .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e . ; } 2>&1 \
    | grep -v "is ignored: it is neither a file nor a directory" || true
  .venv/bin/python -c "import hazm, telegram, aiosqlite, jdatetime, matplotlib, fontpkg_noto_sans_arabic" \
    || { echo "error: dependencies did not install; see the pip output above." >&2; exit 1; }
  rm -f .venv/.installed-*
  touch "$stamp"
fi
