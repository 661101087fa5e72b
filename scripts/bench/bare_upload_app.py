"""The upload benchmark's baseline: a bare Sanic endpoint that streams a body and discards it."""

from __future__ import annotations

import sys

from sanic import Sanic
from sanic.response import empty

app = Sanic("bare_upload")


@app.patch("/discard", stream=True)
async def discard(request):
    received = 0
    while (chunk := await request.stream.read()) is not None:
        received += len(chunk)
    return empty(status=204, headers={"Upload-Offset": str(received)})


@app.get("/ready")
async def ready(request):
    return empty(status=200)


if __name__ == "__main__":
    app.run(
        host="127.0.0.1", port=int(sys.argv[1]), single_process=True, access_log=False, motd=False
    )
