"""Signed tree heads as C2SP checkpoints in signed-note form, the log key, and where they are kept.

Formats (https://c2sp.org/tlog-checkpoint, https://c2sp.org/signed-note):

    <origin>\\n<tree size>\\n<base64 root hash>\\n[extension lines]\\n\\n— <key name> <base64(key id ‖ sig)>\\n

The signature is Ed25519 over the body (everything before the blank line); the key id is the
first 4 bytes of SHA-256(key name ‖ "\\n" ‖ 0x01 ‖ public key). We add one extension line,
`timestamp <unix milliseconds>`, so the signed head carries its time as RFC 9162 tree heads do.

The key (`TLOG_SIGNING_KEY`, the signed-note private key format `PRIVATE+KEY+name+id+base64`)
lives in a setting, never in the database: whoever can write the database cannot sign a head.
Development and tests generate one under `VAR_DIR/transparency/`, named `….dev.invalid`;
production refuses such a key, and refuses to start without one.

Checkpoints are also published off the database (`CheckpointStore`: a directory, meant to be
another disk or a mounted remote): every head signed is appended to `<log>/checkpoints.jsonl`
and the newest copied to `<log>/checkpoint`. `audit verify` checks the rows against them.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ED25519 = b"\x01"  # signed-note signature type
DEV_KEY_SUFFIX = ".dev.invalid"
DEV_KEY_NAME = "banzheng" + DEV_KEY_SUFFIX
SIGNATURE_DASH = "\u2014"  # the note's signature lines start with an em dash


class KeyRefused(Exception):
    """The log key cannot be used (malformed, missing in production, a development key)."""


class BadCheckpoint(Exception):
    """A checkpoint that does not parse or whose signature does not verify."""


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes
    timestamp: datetime

    def body(self) -> str:
        millis = int(self.timestamp.timestamp() * 1000)
        root = base64.b64encode(self.root).decode()
        return f"{self.origin}\n{self.size}\n{root}\ntimestamp {millis}\n"


def _key_id(name: str, public: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + ED25519 + public).digest()[:4]


def _check_name(name: str) -> str:
    if not name or any(c.isspace() or c == "+" for c in name):
        raise KeyRefused(f"log key name {name!r} must be non-empty, without spaces or '+'")
    return name


@dataclass(frozen=True)
class LogKey:
    name: str
    private: Ed25519PrivateKey

    @property
    def public(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def key_id(self) -> bytes:
        return _key_id(self.name, self.public)

    @property
    def development(self) -> bool:
        return self.name.endswith(DEV_KEY_SUFFIX)

    @property
    def verifier_key(self) -> str:
        return f"{self.name}+{self.key_id.hex()}+{base64.b64encode(ED25519 + self.public).decode()}"

    @property
    def signer_key(self) -> str:
        seed = self.private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        encoded = base64.b64encode(ED25519 + seed).decode()
        return f"PRIVATE+KEY+{self.name}+{self.key_id.hex()}+{encoded}"

    @property
    def public_pem(self) -> str:
        return (
            self.private.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode()
        )

    def sign(self, checkpoint: Checkpoint) -> tuple[str, bytes]:
        """The signed note and the bare signature over its body."""
        body = checkpoint.body()
        signature = self.private.sign(body.encode())
        line = base64.b64encode(self.key_id + signature).decode()
        return f"{body}\n{SIGNATURE_DASH} {self.name} {line}\n", signature

    @classmethod
    def generate(cls, name: str) -> LogKey:
        return cls(_check_name(name), Ed25519PrivateKey.generate())

    @classmethod
    def parse(cls, text: str) -> LogKey:
        parts = text.strip().split("+", 4)
        if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"]:
            raise KeyRefused(
                "TLOG_SIGNING_KEY must be a signed-note key PRIVATE+KEY+name+id+base64"
            )
        name, key_id, encoded = parts[2], parts[3], parts[4]
        try:
            raw = base64.b64decode(encoded, validate=True)
        except ValueError:
            raise KeyRefused("TLOG_SIGNING_KEY: the key is not base64") from None
        if len(raw) != 33 or raw[:1] != ED25519:
            raise KeyRefused("TLOG_SIGNING_KEY: not an Ed25519 key (type 0x01 + 32-byte seed)")
        key = cls(_check_name(name), Ed25519PrivateKey.from_private_bytes(raw[1:]))
        if key.key_id.hex() != key_id.lower():
            raise KeyRefused("TLOG_SIGNING_KEY: the key id does not match the key")
        return key


def parse_verifier_key(text: str) -> tuple[str, bytes, Ed25519PublicKey]:
    name, key_id, encoded = text.strip().split("+", 2)
    raw = base64.b64decode(encoded)
    if raw[:1] != ED25519 or len(raw) != 33:
        raise BadCheckpoint("not an Ed25519 verifier key")
    if _key_id(name, raw[1:]).hex() != key_id.lower():
        raise BadCheckpoint("the verifier key's id does not match its key")
    return name, bytes.fromhex(key_id), Ed25519PublicKey.from_public_bytes(raw[1:])


def verify(note: str, verifier_key: str) -> Checkpoint:
    """Parse a signed checkpoint and check its signature by `verifier_key`; raise BadCheckpoint."""
    name, key_id, public = parse_verifier_key(verifier_key)
    body, sep, signatures = note.partition("\n\n")
    if not sep:
        raise BadCheckpoint("no signature block")
    body += "\n"
    for line in signatures.splitlines():
        dash, _, rest = line.partition(" ")
        signer, _, encoded = rest.partition(" ")
        if dash != SIGNATURE_DASH or signer != name:
            continue
        raw = base64.b64decode(encoded)
        if raw[:4] != key_id:
            continue
        try:
            public.verify(raw[4:], body.encode())
        except InvalidSignature:
            raise BadCheckpoint("the signature does not verify") from None
        return _parse_body(body)
    raise BadCheckpoint(f"not signed by {name}")


def _parse_body(body: str) -> Checkpoint:
    lines = body.split("\n")
    try:
        origin, size, root = lines[0], int(lines[1]), base64.b64decode(lines[2], validate=True)
        stamps = [int(x.split(" ", 1)[1]) for x in lines[3:] if x.startswith("timestamp ")]
    except (IndexError, ValueError):
        raise BadCheckpoint("malformed checkpoint body") from None
    if len(root) != 32 or size < 0 or len(stamps) != 1:
        raise BadCheckpoint("malformed checkpoint body")
    return Checkpoint(origin, size, root, datetime.fromtimestamp(stamps[0] / 1000, UTC))


# --- the key from the settings -----------------------------------------------------------------


def load_log_key(settings) -> LogKey:
    from banzheng.settings import Env

    if settings.TLOG_SIGNING_KEY:
        key = LogKey.parse(settings.TLOG_SIGNING_KEY)
        if settings.ENV is Env.production and key.development:
            raise KeyRefused("ENV=production refuses a development log key (TLOG_SIGNING_KEY)")
        return key
    if settings.ENV is Env.production:
        raise KeyRefused("ENV=production needs TLOG_SIGNING_KEY (the transparency log's key)")
    return development_key(Path(settings.VAR_DIR) / "transparency")


def development_key(folder: Path) -> LogKey:
    """Created once; API and worker processes starting together take turns on a file lock."""
    path = folder / "log-key"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not path.exists():
                fresh = path.with_suffix(".tmp")
                fresh.write_text(LogKey.generate(DEV_KEY_NAME).signer_key)
                fresh.chmod(0o600)
                fresh.replace(path)
    return LogKey.parse(path.read_text())


# --- publication off the database -------------------------------------------------------------


@dataclass(frozen=True)
class CheckpointStore:
    """A directory per log: `checkpoints.jsonl` (every head, append-only) and `checkpoint`."""

    root: Path

    def publish(self, log: str, size: int, note: str) -> None:
        folder = self.root / log
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            with open(folder / "checkpoints.jsonl", "a", encoding="utf-8") as history:
                history.write(json.dumps({"size": size, "note": note}, ensure_ascii=False) + "\n")
                history.flush()
                os.fsync(history.fileno())
            if size >= self.latest_size(log):
                fresh = folder / "checkpoint.tmp"
                fresh.write_text(note, encoding="utf-8")
                fresh.replace(folder / "checkpoint")

    def latest_size(self, log: str) -> int:
        path = self.root / log / "checkpoint"
        with contextlib.suppress(FileNotFoundError, ValueError, IndexError):
            return int(path.read_text(encoding="utf-8").split("\n")[1])
        return 0

    def history(self, log: str) -> list[str]:
        """Every checkpoint published, in publication order (the notes, unverified)."""
        path = self.root / log / "checkpoints.jsonl"
        if not path.exists():
            return []
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line)["note"] for line in lines if line.strip()]


def checkpoint_store(settings) -> CheckpointStore:
    return CheckpointStore(
        Path(
            settings.TLOG_CHECKPOINT_DIR or Path(settings.VAR_DIR) / "transparency" / "checkpoints"
        )
    )
