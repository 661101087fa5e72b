# The application world (owners, clerks, an estate) and the per-login HTTP actor.
from tests.applications.conftest import act, world  # noqa: F401
