"""The baseline for scripts/bench/peak.py: a bare Sanic app, one process, answering 202 with a
small JSON — what one Sanic process can acknowledge on this machine with no database or queue."""

from __future__ import annotations

import sys

from sanic import Sanic, json

app = Sanic("bare_bench")


@app.post("/api/v1/applications/<application_id:str>/submit")
async def submit(request, application_id: str):
    return json({"ticket": f"submit:{application_id}:0", "state": "queued"}, status=202)


@app.get("/readyz")
async def ready(request):
    return json({"ok": True})


if __name__ == "__main__":
    app.run(
        host="127.0.0.1",
        port=int(sys.argv[1]),
        single_process=True,
        access_log=False,
        motd=False,
    )
