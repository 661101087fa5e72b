"""Job plumbing: a running job keeps its heartbeat fresh, and stops beating before it ends."""

import asyncio

from banzheng.queue import beating


class FakeJob:
    heartbeat = 0.3

    def __init__(self):
        self.beats = 0
        self.finished = False

    async def update(self):
        assert not self.finished, "a beat after the job returned could overwrite its final state"
        self.beats += 1


async def test_a_long_job_beats_and_stops_beating_when_done():
    job = FakeJob()

    @beating
    async def slow(ctx, *, seconds):
        await asyncio.sleep(seconds)
        return "ok"

    assert await slow({"job": job}, seconds=0.5) == "ok"
    job.finished = True
    beats = job.beats
    assert beats >= 3  # every 0.1 s for 0.5 s
    await asyncio.sleep(0.3)
    assert job.beats == beats


async def test_the_job_keeps_its_name_for_the_worker_registry():
    @beating
    async def submit_application(ctx):
        return None

    assert submit_application.__qualname__.endswith("submit_application")
