"""Certificate numbers in the official pattern and the gap-free per-year counter.

Pattern (《不动产权证书和登记证明》样式, 国土资源部 2015): ``X(2026)某市不动产权第0000001号`` —
province abbreviation, year, city or county, then a seven-digit serial that restarts every year.
The province abbreviation and the place name are settings (`CERTIFICATE_NUMBER_PREFIX`,
`CERTIFICATE_REGION`).
"""

from __future__ import annotations

import re

from tortoise.expressions import F

from banzheng.certificates.models import CertificateCounter

SERIAL_DIGITS = 7
PATTERN = re.compile(
    r"^(?P<prefix>.+?)\((?P<year>\d{4})\)(?P<region>.+?)不动产权第(?P<serial>\d{7})号$"
)


def format_number(*, prefix: str, region: str, year: int, serial: int) -> str:
    if not 0 < serial < 10**SERIAL_DIGITS:
        raise ValueError(f"certificate serial {serial} does not fit {SERIAL_DIGITS} digits")
    return f"{prefix}({year}){region}不动产权第{serial:0{SERIAL_DIGITS}d}号"


async def next_serial(year: int) -> int:
    """The next serial of `year`; call inside the transaction that creates the certificate.

    One atomic ``UPDATE … SET last_serial = last_serial + 1`` takes the year's row lock (PostgreSQL) or the
    write lock (SQLite) until COMMIT, so concurrent issuers queue on it for the rest of their
    short transaction and each reads its own increment: numbers are unique, and a rolled back
    issuance rolls its increment back with it, so there are no gaps."""
    await CertificateCounter.bulk_create(
        [CertificateCounter(year=year, last_serial=0)], ignore_conflicts=True
    )
    await CertificateCounter.filter(year=year).update(last_serial=F("last_serial") + 1)
    counter = await CertificateCounter.get(year=year)
    return counter.last_serial
