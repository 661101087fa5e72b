"""A local RFC 3161 time-stamping authority on loopback, for tests.

pyHanko ships `DummyTimeStamper` (its own test TSA: it answers any `TimeStampReq` with a token
signed by the certificate it is given). Here it sits behind a real HTTP server, so the code under
test talks to it exactly as to a production TSA (`application/timestamp-query` over HTTP). Its
certificate is issued by the development root, with the critical timeStamping extended key usage
that RFC 3161 §2.3 requires.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from banzheng.signatures import keys


def _tsa_identity(signing_folder: Path) -> tuple[asn1_x509.Certificate, asn1_keys.PrivateKeyInfo]:
    root = x509.load_pem_x509_certificate((signing_folder / "root.pem").read_bytes())
    cert, key = keys.issue_development_certificate(
        common_name="小区办证 测试时间戳服务",
        issuer_cert=root,
        issuer_key=keys.development_root_key(signing_folder),
        key=keys.new_rsa_key(),
        extended_usage=x509.oid.ExtendedKeyUsageOID.TIME_STAMPING,
        days=30,
    )
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return (
        asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        asn1_keys.PrivateKeyInfo.load(der_key),
    )


class LocalTSA:
    def __init__(self, signing_folder: Path) -> None:
        keys.ensure_development_keys(signing_folder)
        cert, key = _tsa_identity(signing_folder)
        stamper = DummyTimeStamper(tsa_cert=cert, tsa_key=key)
        self.requests = 0
        tsa = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                return

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if self.headers.get("Content-Type") != "application/timestamp-query":
                    self.send_response(415)
                    self.end_headers()
                    return
                tsa.requests += 1
                answer = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/tsa"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LocalTSA:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
