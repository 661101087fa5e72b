"""scripts/verify_certificate.py checks a downloaded certificate with what anyone can get: the
PDF, the registry's root certificate, and the log's public routes (saved to files), in a process
of its own with no database settings."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

from banzheng.certificates.models import Certificate
from banzheng.settings import REPO_ROOT
from banzheng.transparency import service as transparency
from tests.certificates.conftest import another_registered_house, issue, mine, registered

SCRIPT = REPO_ROOT / "scripts" / "verify_certificate.py"


def run(*args: object) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_", "REDIS_", "VAR_DIR"))
    }
    env["DATABASE_URL"] = "postgres://nobody@127.0.0.1:1/no-database-here"
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


async def test_a_downloaded_certificate_verifies_offline_and_a_forgery_does_not(
    act, world, drain, client, settings, tmp_path
):
    await issue(act, await registered(world))
    await issue(act, await another_registered_house(world, "402"))
    await drain()
    await transparency.integrate()
    first, second = sorted(await mine(act), key=lambda c: c["number"])
    alice = await act("alice")
    pdf = (await alice.get(first["pdf_url"])).content
    (tmp_path / "cert.pdf").write_bytes(pdf)
    head = (await client.get("/api/v1/transparency/head")).json()
    key = (await client.get("/api/v1/transparency/public-key")).json()["verifier_key"]
    (tmp_path / "head.json").write_text(json.dumps(head))
    root = settings.VAR_DIR / "signing" / "root.pem"

    stored = await Certificate.get(id=first["id"])
    proof = await client.get(
        "/api/v1/transparency/proof/inclusion",
        params={"leaf_hash": stored.leaf_hash, "tree_size": head["tree_size"]},
    )
    assert proof.status_code == 200, proof.text
    (tmp_path / "proof.json").write_text(proof.text)

    common = ["--trust-root", root, "--head", tmp_path / "head.json", "--log-key", key]
    good = await asyncio.to_thread(
        run, tmp_path / "cert.pdf", *common, "--proof", tmp_path / "proof.json"
    )
    assert good.returncode == 0, good.stdout + good.stderr
    assert "OK   seal" in good.stdout and "OK   inclusion" in good.stdout
    assert first["number"] in good.stdout and "OK   tree head" in good.stdout

    # the other certificate's proof does not lead from this certificate's leaf
    other = await Certificate.get(id=second["id"])
    wrong = await client.get(
        "/api/v1/transparency/proof/inclusion",
        params={"leaf_hash": other.leaf_hash, "tree_size": head["tree_size"]},
    )
    (tmp_path / "wrong.json").write_text(wrong.text)
    bad = await asyncio.to_thread(
        run, tmp_path / "cert.pdf", *common, "--proof", tmp_path / "wrong.json"
    )
    assert bad.returncode == 1 and "FAIL inclusion" in bad.stdout, bad.stdout + bad.stderr

    # one character of the sealed leaf changed in the PDF: the seal no longer holds
    at = pdf.index(b"contents_sha256") + len(b'contents_sha256":"')
    forged = pdf[:at] + (b"0" if pdf[at : at + 1] != b"0" else b"1") + pdf[at + 1 :]
    (tmp_path / "forged.pdf").write_bytes(forged)
    tampered = await asyncio.to_thread(
        run, tmp_path / "forged.pdf", *common, "--proof", tmp_path / "proof.json"
    )
    assert tampered.returncode == 1 and "FAIL seal" in tampered.stdout, tampered.stdout

    # a tree head whose size was changed after signing is refused
    lines = head["checkpoint"].split("\n")
    lines[1] = str(int(lines[1]) + 1)
    (tmp_path / "head2.json").write_text(json.dumps({**head, "checkpoint": "\n".join(lines)}))
    altered = await asyncio.to_thread(
        run,
        tmp_path / "cert.pdf",
        *["--trust-root", root, "--head", tmp_path / "head2.json", "--log-key", key],
        *["--proof", tmp_path / "proof.json"],
    )
    assert altered.returncode == 1 and "FAIL tree head" in altered.stdout, altered.stdout
