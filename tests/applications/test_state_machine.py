"""Random action sequences never reach a state the transition table forbids (hypothesis)."""

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from banzheng.applications.lifecycle import _create
from banzheng.applications.models import Application, ApplicationEvent, ApplicationKind, Status
from banzheng.applications.workflow import SYSTEM, TERMINAL, TRANSITIONS, Action, transition
from banzheng.common.errors import Conflict
from banzheng.security.roles import Role
from tests import factories

ACTORS = [Role.owner, Role.clerk, Role.department_reviewer, Role.supervisor, SYSTEM]
examples = itertools.count()  # one function-scoped database serves every example: unique names
steps = st.lists(st.tuples(st.sampled_from(list(Action)), st.sampled_from(ACTORS)), max_size=14)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(walk=steps)
async def test_random_walks_only_take_allowed_transitions(app, walk):
    n = next(examples)
    orgs = await factories.org_tree()
    people = {
        role: await factories.staff(f"{role}-{n}", role, orgs.heping)
        for role in ACTORS
        if role is not SYSTEM
    }
    house = await factories.house(orgs.heping, room=str(n))
    application = await _create(
        house=house,
        kind=ApplicationKind.transfer_registration,
        applicant_id=None,
        actor=people[Role.clerk],
    )
    seen = [application.status]
    for action, actor in walk:
        before = application.status
        rule = TRANSITIONS[action]
        allowed = (
            before in rule.sources and (actor if actor is SYSTEM else actor.value) in rule.actors
        )
        try:
            await transition(application, action, actor=None if actor is SYSTEM else people[actor])
        except Conflict:
            assert not allowed, f"{action} by {actor} from {before} was refused but is allowed"
            assert application.status is before
        else:
            assert allowed, f"{action} by {actor} from {before} went through but is forbidden"
            assert application.status is rule.target
        stored = await Application.get(id=application.id)
        assert stored.status is application.status  # memory and database agree
        if before in TERMINAL:
            assert application.status is before  # nothing leaves a terminal state
        seen.append(application.status)
    changes = await ApplicationEvent.filter(
        application=application, to_status__isnull=False
    ).count()
    assert changes == sum(1 for a, b in itertools.pairwise(seen) if a is not b)
    assert set(seen) <= set(Status)
