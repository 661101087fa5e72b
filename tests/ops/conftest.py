"""The applications' small world (estate, owners, staff) serves here too: failing submissions."""

from tests.applications.conftest import act, world  # noqa: F401  (fixtures)
from tests.faults.conftest import processes  # noqa: F401  (fixture)
from tests.storage.test_storage import s3_endpoint  # noqa: F401  (fixture)
