"""Who may do what to which object: the role × action × object matrix, written once.

Least privilege (issue #13 item 3, MISSION requirement 13 "three-level permissions"): every cell
says how far a role reaches for one action on one kind of object —

- `own`: the owner's own objects (their applications, houses, documents);
- `region`: staff whose organisation's region covers the object (street ⊂ district ⊂ city);
- `company`: a company's representative, for estates of their company only (a developer's
  representative for the estates it developed, a property manager for the estates it manages),
  and only inside their organisation's region;
- absent: never.

The checks are derived from `MATRIX`: `reach()` for one cell, `can_see()` for one object, and
`roles_for()` gives the roles an endpoint admits. Callers answer 404 for anything out of reach,
never 403, so ids of other people's data reveal nothing. `matrix_markdown()` renders the table
that README.md shows (tests/test_readme.py keeps the two equal).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from tortoise.expressions import Q

from banzheng.accounts.models import User
from banzheng.security.roles import Role


class Reach(StrEnum):
    own = "own"
    region = "region"
    company = "company"


class Action(StrEnum):
    read = "read"  # see the object's data
    download = "download"  # get a link to its stored file and fetch it


class Subject(StrEnum):
    """The kinds of object the matrix speaks of (the API's nouns)."""

    application = "application"  # an application, its timeline, fees and notices
    house = "house"
    estate = "estate"  # the estate's archive (一小区一档案) and its house list
    estate_document = "estate_document"  # materials a developer provides (licence, land, plans…)
    personal_document = "personal_document"  # an owner's materials: ID card, contract, marriage…
    identity_video = "identity_video"  # the video of a remote identity check


SUBJECT_LABELS = {
    Subject.application: "办证申请",
    Subject.house: "房屋",
    Subject.estate: "小区档案",
    Subject.estate_document: "小区/开发企业材料",
    Subject.personal_document: "业主个人材料（身份证等）",
    Subject.identity_video: "视频核验录像",
}

_R, _O, _C = Reach.region, Reach.own, Reach.company

MATRIX: dict[tuple[Subject, Action], dict[Role, Reach]] = {
    (Subject.application, Action.read): {
        Role.owner: _O,
        Role.clerk: _R,
        Role.department_reviewer: _R,
        Role.property_manager: _C,
        Role.developer_rep: _C,
        Role.supervisor: _R,
        Role.admin: _R,
    },
    (Subject.house, Action.read): {
        Role.owner: _O,
        Role.clerk: _R,
        Role.department_reviewer: _R,
        Role.property_manager: _C,
        Role.developer_rep: _C,
        Role.supervisor: _R,
        Role.admin: _R,
    },
    (Subject.estate, Action.read): {
        Role.clerk: _R,
        Role.department_reviewer: _R,
        Role.property_manager: _C,
        Role.developer_rep: _C,
        Role.supervisor: _R,
        Role.admin: _R,
    },
    # A developer's own filings: its representative may fetch them back; a property manager may not.
    (Subject.estate_document, Action.download): {
        Role.owner: _O,
        Role.clerk: _R,
        Role.department_reviewer: _R,
        Role.developer_rep: _C,
    },
    # ID cards, contracts, marriage certificates: the owner and the officials who decide on them.
    # Supervisors see figures, administrators run the system: neither needs the scans.
    (Subject.personal_document, Action.download): {
        Role.owner: _O,
        Role.clerk: _R,
        Role.department_reviewer: _R,
    },
    # Faces and voices (PIPL art. 28 sensitive data): the owner and the clerk who reviews it.
    (Subject.identity_video, Action.download): {
        Role.owner: _O,
        Role.clerk: _R,
    },
}

# Which of an estate's companies a company-bound role speaks for.
COMPANY_FIELD = {
    Role.developer_rep: "developer_id",
    Role.property_manager: "property_manager_id",
}

# Materials that carry no owner's personal data: what a developer files for its estate.
ESTATE_DOCUMENTS = frozenset(
    {
        "developer_license",
        "land_certificate",
        "planning_acceptance",
        "completion_record",
        "survey_report",
    }
)


def document_subject(requirement_code: str) -> Subject:
    """Every material not known to be the estate's is treated as the owner's personal data."""
    if requirement_code in ESTATE_DOCUMENTS:
        return Subject.estate_document
    return Subject.personal_document


def reach(role: Role, action: Action, subject: Subject) -> Reach | None:
    return MATRIX.get((subject, action), {}).get(role)


def roles_for(action: Action, subject: Subject) -> frozenset[Role]:
    """The roles an endpoint for this action admits at all (the rest answer 403)."""
    return frozenset(MATRIX[(subject, action)])


def staff_scope(user: User) -> str | None:
    """The scope path a staff member answers for (None for owners and unattached accounts)."""
    if user.role is Role.owner or user.organisation is None:
        return None
    return user.organisation.scope_path


def _company_id(user: User) -> str | None:
    company_id = getattr(user, "company_id", None)
    return str(company_id) if company_id is not None else None


def can_see(
    user: User,
    *,
    scope_path: str | None = None,
    owner_ids: Iterable[object] = (),
    estate: Any = None,
    action: Action = Action.read,
    subject: Subject | None = None,
) -> bool:
    """Whether `user` reaches one object. `estate` (the object's Community) is needed for
    company-bound roles; without it they see nothing. With `subject` the matrix decides; without
    it (objects the matrix does not list) owners reach their own, company-bound roles nothing,
    other staff their region."""
    if subject is not None:
        how = reach(user.role, action, subject)
    elif user.role is Role.owner:
        how = Reach.own
    elif user.role in COMPANY_FIELD:
        how = None
    else:
        how = Reach.region
    if how is None:
        return False
    if how is Reach.own:
        return any(str(owner_id) == str(user.id) for owner_id in owner_ids)
    scope = staff_scope(user)
    in_region = scope is not None and scope_path is not None and scope_path.startswith(scope)
    if how is Reach.region:
        return in_region
    company = _company_id(user)
    linked = getattr(estate, COMPANY_FIELD[user.role], None) if estate is not None else None
    return in_region and company is not None and str(linked) == company


def visible(
    user: User,
    subject: Subject,
    *,
    estate_path: str,
    owner_field: str | None,
    scope_field: str | None = None,
) -> Q:
    """The filter of a list query: the rows of `subject` that `user` may read.

    `estate_path` leads from the listed model to its Community ("" for estates themselves,
    "house__building__community__" for applications); `owner_field` names the owner column
    (None when owners never list this subject); `scope_field` is the listed model's own copy
    of the scope path when it has one (an indexed column, no join).
    """
    how = reach(user.role, Action.read, subject)
    nothing = Q(pk__in=[])
    if how is Reach.own:
        return Q(**{owner_field: user.id}) if owner_field else nothing
    scope = staff_scope(user)
    if how is None or scope is None:
        return nothing
    in_region = Q(**{f"{scope_field or estate_path + 'scope_path'}__startswith": scope})
    if how is Reach.region:
        return in_region
    company = _company_id(user)
    if company is None:
        return nothing
    return in_region & Q(**{f"{estate_path}{COMPANY_FIELD[user.role]}": company})


_REACH_TEXT = {Reach.own: "own", Reach.region: "region", Reach.company: "company"}


def matrix_markdown() -> str:
    """The matrix as the README's table: one row per (object, action), one column per role."""
    roles = list(Role)
    header = "| object · action | " + " | ".join(f"{r.value}" for r in roles) + " |"
    lines = [header, "|---|" + "---|" * len(roles)]
    for (subject, action), cells in MATRIX.items():
        row = [_REACH_TEXT[cells[r]] if r in cells else "—" for r in roles]
        lines.append(f"| {subject.value} · {action.value} | " + " | ".join(row) + " |")
    return "\n".join(lines)
