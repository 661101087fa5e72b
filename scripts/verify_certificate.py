"""Verify a downloaded electronic title certificate without access to our database.

    python scripts/verify_certificate.py certificate.pdf --trust-root root.pem \\
        --head head.json --proof proof.json --log-key "banzheng-log+1a2b3c4d+AQ…"
    python scripts/verify_certificate.py certificate.pdf --trust-root root.pem \\
        --server https://banzheng.example.gov.cn

Three checks, each printed, exit status 0 only when all pass:

1. **the seal**: the PDF's PAdES signatures are intact, cover the whole file and chain to the
   given root (the registry's seal; `signatures.sealing.verify_pdf`, the one signing module);
2. **the leaf**: the log entry sealed into the PDF's metadata (/Keywords) gives the leaf hash
   ``SHA-256(0x00 || "certificate.issued\\n" || payload)`` (RFC 9162 §2.1.1);
3. **the proof**: the signed tree head verifies under the log's public key (a C2SP signed note),
   and the inclusion proof (RFC 9162 §2.1.3.2) leads from that leaf to the head's root.

The head, proof and key are files saved from the public routes (`GET /api/v1/transparency/head`,
`/proof/inclusion?leaf_hash=…`, `/public-key`), or fetched from `--server` (public routes only).
Whether the certificate was later revoked is a question for the verification page (`/v/<token>`)
or for a revocation leaf; this script proves what was issued.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from pypdf import PdfReader

from banzheng.certificates import ledger
from banzheng.signatures import sealing
from banzheng.transparency import checkpoint, merkle


@dataclass
class Report:
    checks: list[tuple[str, bool, str]] = field(default_factory=list)

    def add(self, name: str, ok: bool, detail: str) -> bool:
        self.checks.append((name, ok, detail))
        return ok

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(ok for _, ok, _ in self.checks)


def load_roots(paths: list[Path]) -> list[asn1_x509.Certificate]:
    roots = []
    for path in paths:
        data = path.read_bytes()
        if pem.detect(data):
            for _, _, der in pem.unarmor(data, multiple=True):
                roots.append(asn1_x509.Certificate.load(der))
        else:
            roots.append(asn1_x509.Certificate.load(data))
    return roots


def sealed_payload(pdf: bytes) -> bytes | None:
    metadata = PdfReader(io.BytesIO(pdf)).metadata or {}
    return ledger.payload_from_keywords(str(metadata.get("/Keywords", "")))


def verify(
    pdf: bytes,
    *,
    roots: list[asn1_x509.Certificate],
    head: dict,
    proof: dict | None,
    log_key: str,
) -> Report:
    report = Report()
    seal = sealing.verify_pdf(pdf, trust_roots=roots)
    signers = ", ".join(f"{s.signer} ({s.field})" for s in seal.signatures) or "none"
    report.add(
        "seal",
        seal.valid and all(s.covers_whole_document for s in seal.signatures[-1:]),
        f"signatures: {signers}" + (f"; {seal.problem}" if seal.problem else ""),
    )
    payload = sealed_payload(pdf)
    if payload is None:
        report.add("leaf", False, "no log entry in the PDF's metadata")
        return report
    leaf = ledger.leaf_hash(ledger.ISSUED, payload)
    fields = json.loads(payload)
    report.add("leaf", True, f"{fields.get('number')} v{fields.get('version')} leaf {leaf}")
    try:
        signed = checkpoint.verify(head["checkpoint"], log_key)
    except (checkpoint.BadCheckpoint, KeyError, ValueError) as exc:
        report.add("tree head", False, f"signed tree head does not verify: {exc}")
        return report
    report.add("tree head", True, f"size {signed.size}, root {signed.root.hex()}")
    if proof is None:
        report.add("inclusion", False, "no inclusion proof given")
        return report
    path = [bytes.fromhex(h) for h in proof.get("proof", [])]
    included = (
        proof.get("leaf_hash", leaf) == leaf
        and int(proof["tree_size"]) == signed.size
        and merkle.verify_inclusion(
            bytes.fromhex(leaf), int(proof["leaf_index"]), signed.size, path, signed.root
        )
    )
    report.add(
        "inclusion",
        included,
        f"leaf {proof.get('leaf_index')} of {proof.get('tree_size')} "
        + ("leads to the signed root" if included else "does NOT lead to the signed root"),
    )
    return report


def _get(server: str, path: str, **query: object) -> dict:
    url = server.rstrip("/") + path + ("?" + urllib.parse.urlencode(query) if query else "")
    with urllib.request.urlopen(url, timeout=15) as resp:  # the URL the user gave
        return json.loads(resp.read())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("--trust-root", type=Path, action="append", required=True)
    parser.add_argument("--head", type=Path, help="signed tree head (JSON of /transparency/head)")
    parser.add_argument("--proof", type=Path, help="inclusion proof (JSON of /proof/inclusion)")
    parser.add_argument("--log-key", help="the log's verifier key name+id+base64")
    parser.add_argument("--server", help="fetch head, proof and key from this service")
    args = parser.parse_args(argv)

    pdf = args.pdf.read_bytes()
    head = json.loads(args.head.read_text()) if args.head else None
    proof = json.loads(args.proof.read_text()) if args.proof else None
    log_key = args.log_key
    if args.server:
        payload = sealed_payload(pdf)
        head = head or _get(args.server, "/api/v1/transparency/head")
        log_key = log_key or _get(args.server, "/api/v1/transparency/public-key")["verifier_key"]
        if proof is None and payload is not None:
            proof = _get(
                args.server,
                "/api/v1/transparency/proof/inclusion",
                leaf_hash=ledger.leaf_hash(ledger.ISSUED, payload),
                tree_size=head["tree_size"],
            )
    if head is None or not log_key:
        parser.error("give --head and --log-key (or --server)")
    report = verify(pdf, roots=load_roots(args.trust_root), head=head, proof=proof, log_key=log_key)
    for name, ok, detail in report.checks:
        print(f"{'OK  ' if ok else 'FAIL'} {name}: {detail}")
    print("certificate verified" if report.ok else "certificate NOT verified")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
