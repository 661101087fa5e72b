"""The baseline for scripts/bench/peak.py: a bare Sanic app, one process, answering 202 (submit)
or 200 (progress reads) with a small JSON — what one Sanic process can answer on this machine
with no database, queue or authentication."""

from __future__ import annotations

import sys

from sanic import Sanic, json

app = Sanic("bare_bench")


@app.post("/api/v1/applications/<application_id:str>/submit")
async def submit(request, application_id: str):
    return json({"ticket": f"submit:{application_id}:0", "state": "queued"}, status=202)


@app.get("/api/v1/applications/<application_id:str>")
async def detail(request, application_id: str):
    return json({"id": application_id, "status": "pre_review", "status_label": "材料预审中"})


@app.get("/api/v1/tickets/<ticket:str>")
async def ticket(request, ticket: str):
    return json({"ticket": ticket, "state": "done", "position": None})


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
