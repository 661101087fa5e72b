"""The CPU pool (common/cpu.py) runs below the API's priority, so a submission peak is answered
before the queue's decoding work."""

import os

from banzheng.common import cpu


async def test_the_pool_runs_at_a_lower_priority_than_its_caller():
    caller = os.nice(0)
    assert await cpu.run_cpu(os.nice, 0) == min(19, caller + cpu.POOL_NICENESS)
    assert os.nice(0) == caller  # the caller itself keeps its priority
