"""One time rule for the whole API: ISO 8601 with the service's offset (TIME_ZONE,
Asia/Shanghai by default) — for a moment just made (UTC in memory) and one read back alike."""

import importlib
import inspect
import pkgutil
import typing
from datetime import UTC, datetime
from typing import Annotated

from pydantic import BaseModel, TypeAdapter
from pydantic_settings import BaseSettings

import banzheng
from banzheng.common import times
from tests.applications.conftest import submitted

MOMENT = datetime(2026, 1, 1, 0, 30, tzinfo=UTC)
SHOWN = "2026-01-01T08:30:00+08:00"


def _api_models() -> list[type[BaseModel]]:
    models = []
    for module_info in pkgutil.walk_packages(banzheng.__path__, "banzheng."):
        if module_info.name.startswith(("banzheng.__main__", "banzheng.migrations")):
            continue
        module = importlib.import_module(module_info.name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(obj, BaseModel)
                and not issubclass(obj, BaseSettings)
                and obj.__module__ == module.__name__
            ):
                models.append(obj)
    return models


def _holds_a_moment(name: str, annotation: object) -> bool:
    if name == "at" or name.endswith(("_at", "_expire_at")):
        return True
    return datetime in {annotation, *typing.get_args(annotation)}


def test_every_response_field_holding_a_moment_answers_in_the_service_offset():
    checked, wrong = 0, []
    for model in _api_models():
        for name, field in model.model_fields.items():
            if not _holds_a_moment(name, field.annotation):
                continue
            kind = field.annotation
            adapter = TypeAdapter(Annotated[(kind, *field.metadata)] if field.metadata else kind)
            try:
                shown = adapter.dump_python(adapter.validate_python(MOMENT), mode="json")
            except ValueError as exc:  # a str field refuses a datetime
                shown = repr(exc)
            checked += 1
            if shown != SHOWN:
                wrong.append(f"{model.__module__}.{model.__name__}.{name}: {shown!r}")
    assert checked > 40
    assert not wrong, wrong


def test_the_rule_reads_strings_in_any_offset():
    adapter = TypeAdapter(times.Instant)
    for text in ("2026-01-01T00:30:00Z", "2026-01-01T00:30:00+00:00", SHOWN):
        assert adapter.dump_python(adapter.validate_python(text), mode="json") == SHOWN
    assert times.iso(MOMENT) == SHOWN


async def test_acceptance_answers_the_same_time_as_a_later_read(act, world, drain):
    detail = await submitted(act, world, drain)
    clerk = await act("clerk")
    accepted = (await clerk.post(f"/api/v1/applications/{detail['id']}/accept", json={})).json()
    again = (await clerk.get(f"/api/v1/applications/{detail['id']}")).json()
    assert accepted["accepted_at"].endswith("+08:00")
    assert accepted["accepted_at"] == again["accepted_at"]
    assert all(e["at"].endswith("+08:00") for e in again["events"])
    assert all(s["started_at"].endswith("+08:00") for s in again["steps"])
    estates = (await clerk.get("/api/v1/communities")).json()["items"]
    community = (await clerk.get(f"/api/v1/communities/{estates[0]['id']}")).json()
    assert community["created_at"].endswith("+08:00"), community["created_at"]
