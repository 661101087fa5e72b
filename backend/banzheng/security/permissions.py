"""Roles × organisation scope (city ⊃ district ⊃ street).

Staff see objects whose scope path starts with their organisation's; owners see only their own.
Callers answer 404 for anything out of reach, never 403, so ids of other people's data reveal nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from banzheng.accounts.models import User
from banzheng.security.roles import Role


def staff_scope(user: User) -> str | None:
    """The scope path a staff member answers for (None for owners and unattached accounts)."""
    if user.role is Role.owner or user.organisation is None:
        return None
    return user.organisation.scope_path


def can_see(user: User, *, scope_path: str | None = None, owner_ids: Iterable[object] = ()) -> bool:
    if user.role is Role.owner:
        return any(str(owner_id) == str(user.id) for owner_id in owner_ids)
    scope = staff_scope(user)
    return scope is not None and scope_path is not None and scope_path.startswith(scope)
