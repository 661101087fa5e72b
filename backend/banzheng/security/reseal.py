"""Re-seal encrypted columns in place: bind older values to their cell, move old keys forward.

Every value of every column a model lists in `ENCRYPTED_COLUMNS` ends up sealed by
`security.fieldcrypt` for its own cell (table, primary key, column) under the key that encrypts
now (the first of FIELD_KEYS):

- a value from before row binding (`<kid>$…`, the field name as associated data) is decrypted
  with that old associated data and sealed again for its cell (issue #13 item 9);
- a bound value under an older key is sealed again under the current one, which is the
  "re-encrypt" step of a key rotation (README, keys and their rotation).

`python -m banzheng migrate` runs it after the schema migrations, under the migration lock; it
is idempotent, and costs one scan per column when nothing is left. `python -m banzheng
rebind-fields` runs it alone (after adding a key, or restoring an old backup).
Decision and alternatives: docs/decisions/0005-field-encryption-bound-to-the-row.md.

No request waits on it: rows are read in batches by primary key, and each value is written by
its own compare-and-set UPDATE (`WHERE id = … AND column = <the value read>`), so a value the
service rewrote meanwhile is left as the service wrote it.

A value that is not unique is never bound. Nonces are random, so the same ciphertext in two
cells means one was copied from the other before this step existed — exactly the attack the
binding stops — and binding both would make the copy readable for good. Such values and values
that fail to decrypt stay as they are (refused on read) and are reported by cell, for an
operator to correct from the source (the register, the owner).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from tortoise import Tortoise
from tortoise.models import Model

from banzheng.security.fieldcrypt import BOUND, Cell, DecryptionError, FieldCipher

BATCH = 500
log = logging.getLogger(__name__)


@dataclass
class ResealReport:
    bound: int = 0  # values from before row binding, now sealed for their cell
    rekeyed: int = 0  # bound values moved to the current key
    refused: list[str] = field(default_factory=list)  # cells left as they were, and why

    def summary(self) -> str:
        text = f"{self.bound} bound to their row, {self.rekeyed} moved to the current key"
        return text + (f", {len(self.refused)} left unreadable" if self.refused else "")


def encrypted_columns() -> list[tuple[type[Model], str, str]]:
    """(model, column, legacy field name) of every encrypted column of every model."""
    return [
        (model, column, legacy)
        for model in Tortoise.apps["models"].values()
        for column, legacy in getattr(model, "ENCRYPTED_COLUMNS", {}).items()
    ]


async def reseal_all(cipher: FieldCipher) -> ResealReport:
    report = ResealReport()
    columns = encrypted_columns()
    copied = await _copied_unbound_values(columns)
    for model, column, legacy in columns:
        await _reseal_column(model, column, legacy, cipher, copied, report)
    for cell in report.refused:
        log.warning("encrypted value left unreadable", extra={"cell": cell})
    return report


async def _copied_unbound_values(columns: list[tuple[type[Model], str, str]]) -> set[str]:
    """Unbound ciphertexts stored in more than one cell sharing their associated data."""
    by_legacy: dict[str, list[str]] = {}
    for model, column, legacy in columns:
        by_legacy.setdefault(legacy, []).append(
            f'SELECT "{column}" AS v FROM "{model._meta.db_table}"'  # noqa: S608 - model names
        )
    copied: set[str] = set()
    conn = Tortoise.get_connection("default")
    for selects in by_legacy.values():
        rows = await conn.execute_query_dict(
            f"SELECT v FROM ({' UNION ALL '.join(selects)}) AS sealed "  # noqa: S608 - model names
            f"WHERE v IS NOT NULL AND v NOT LIKE '{BOUND}$%' GROUP BY v HAVING COUNT(*) > 1"
        )
        copied.update(row["v"] for row in rows)
    return copied


async def _reseal_column(
    model: type[Model],
    column: str,
    legacy: str,
    cipher: FieldCipher,
    copied: set[str],
    report: ResealReport,
) -> None:
    done = f"{BOUND}${cipher.current_kid}$"
    table, after = model._meta.db_table, None
    while True:
        query = model.filter(**{f"{column}__isnull": False}).exclude(
            **{f"{column}__startswith": done}
        )
        if after is not None:
            query = query.filter(id__gt=after)
        rows = await query.order_by("id").limit(BATCH).values_list("id", column)
        if not rows:
            return
        for pk, stored in rows:
            cell = Cell(table, str(pk), column)
            if cipher.is_current(stored):
                continue
            unbound = stored.count("$") == 1
            if unbound and stored in copied:
                report.refused.append(f"{cell}: the same ciphertext is stored in another cell")
                continue
            try:
                plain = (
                    cipher.decrypt_unbound(stored, field=legacy)
                    if unbound
                    else cipher.decrypt(stored, at=cell)
                )
            except DecryptionError as exc:
                report.refused.append(f"{cell}: {exc}")
                continue
            sealed = cipher.encrypt(plain, at=cell)
            if await model.filter(id=pk, **{column: stored}).update(**{column: sealed}):
                if unbound:
                    report.bound += 1
                else:
                    report.rekeyed += 1
        after = rows[-1][0]
