#!/usr/bin/env bash
# One encrypted backup of the database and the object store, written to a second location.
#   scripts/backup.sh                      # to BACKUP_TARGET (a directory or s3://bucket/prefix/)
#   scripts/backup.sh --to /mnt/offsite    # or name the location here
# Settings come from the environment, as for the service: DATABASE_URL, VAR_DIR or STORAGE_*/S3_*,
# BACKUP_KEYS (the archive's key; keep a copy OFF this machine: without it nothing restores).
# What the archive holds and how it is sealed: backend/banzheng/ops/backup.py. Run it daily
# (cron, a Kubernetes CronJob: docker/kubernetes/backup-cronjob.yaml); restore with scripts/restore.sh.
source "$(dirname "$0")/_env.sh"
source "$(dirname "$0")/_debian.sh"
ensure_debian pg_dump postgresql-client
exec python -m banzheng.ops.backup create "$@"
