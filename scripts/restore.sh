#!/usr/bin/env bash
# Restore a backup into a FRESH database and object store, then verify it.
#   scripts/restore.sh                                   # the newest archive in BACKUP_TARGET
#   scripts/restore.sh --from /mnt/offsite --backup ID   # a given one (list: --list)
# The environment names the instance restored INTO (DATABASE_URL of an empty database, VAR_DIR
# or STORAGE_*/S3_* of an empty store, the same STORAGE_KEYS and BACKUP_KEYS as the backup).
# Verification (exit status 1 when any fails): every table's row count equals the backup's,
# every object decrypts and hashes to the backup's SHA-256, the audit log verifies.
source "$(dirname "$0")/_env.sh"
source "$(dirname "$0")/_debian.sh"
ensure_debian pg_restore postgresql-client
if [ "${1:-}" = "--list" ]; then shift; exec python -m banzheng.ops.backup list "$@"; fi
exec python -m banzheng.ops.backup restore "$@"
