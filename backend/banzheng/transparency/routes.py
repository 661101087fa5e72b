"""Public transparency routes (no login, rate-limited): the signed tree head, proofs, the key.

Anyone — an owner, a bank, an auditor — checks a certificate's leaf against a head we signed,
and that a later head extends an earlier one, without trusting this service (RFC 9162 §2).
"""

from __future__ import annotations

import base64

from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from banzheng.common.http import PUBLIC, endpoint, parse_query, query_parameters, respond
from banzheng.common.ratelimit import Limit
from banzheng.common.workdays import OFFICE_TZ
from banzheng.transparency import service
from banzheng.transparency.schemas import (
    ConsistencyProofPublic,
    ConsistencyQuery,
    InclusionProofPublic,
    InclusionQuery,
    LogKeyPublic,
    TreeHeadPublic,
)

bp = Blueprint("transparency", url_prefix="/api/v1/transparency")
TAG = "透明日志"
READS_PER_SOURCE = Limit("120/minute")
"""A proof costs a few tile reads (≈ 1–5 ms): two a second from one address serves a verifier
checking a batch of certificates, and keeps a scraper from monopolising the database."""


@bp.get("/head")
@endpoint(
    summary="最新签名树头（树大小、根哈希、时间、签名）",
    roles=PUBLIC,
    response=TreeHeadPublic,
    errors=(404,),
    rate_limits=(READS_PER_SOURCE,),
    tag=TAG,
)
async def head(request: Request) -> HTTPResponse:
    sth = await service.latest_head()
    return respond(
        TreeHeadPublic(
            origin=sth.origin,
            tree_size=sth.tree_size,
            root_hash=sth.root_hash,
            timestamp=sth.timestamp.astimezone(OFFICE_TZ).isoformat(timespec="milliseconds"),
            key_name=sth.key_name,
            signature=sth.signature,
            checkpoint=sth.checkpoint,
        )
    )


@bp.get("/proof/inclusion")
@endpoint(
    summary="包含证明：某叶子在某树大小的日志中",
    roles=PUBLIC,
    response=InclusionProofPublic,
    errors=(400, 404, 422),
    rate_limits=(READS_PER_SOURCE,),
    parameters=query_parameters(InclusionQuery),
    tag=TAG,
)
async def inclusion(request: Request) -> HTTPResponse:
    query = parse_query(request, InclusionQuery)
    proof = await service.inclusion_proof(query.leaf_hash.lower(), query.tree_size)
    return respond(
        InclusionProofPublic(
            leaf_hash=proof.leaf_hash,
            leaf_index=proof.leaf_index,
            tree_size=proof.tree_size,
            proof=proof.hashes,
        )
    )


@bp.get("/proof/consistency")
@endpoint(
    summary="一致性证明：较新的树包含较早的树（只追加）",
    roles=PUBLIC,
    response=ConsistencyProofPublic,
    errors=(400, 422),
    rate_limits=(READS_PER_SOURCE,),
    parameters=query_parameters(ConsistencyQuery),
    tag=TAG,
)
async def consistency(request: Request) -> HTTPResponse:
    query = parse_query(request, ConsistencyQuery)
    hashes = await service.consistency_proof(query.first, query.second)
    return respond(ConsistencyProofPublic(first=query.first, second=query.second, proof=hashes))


@bp.get("/public-key")
@endpoint(
    summary="日志签名公钥（Ed25519）",
    roles=PUBLIC,
    response=LogKeyPublic,
    rate_limits=(READS_PER_SOURCE,),
    tag=TAG,
)
async def public_key(request: Request) -> HTTPResponse:
    key = service.signing().key
    return respond(
        LogKeyPublic(
            key_name=key.name,
            key_id=key.key_id.hex(),
            public_key=base64.b64encode(key.public).decode(),
            verifier_key=key.verifier_key,
            public_key_pem=key.public_pem,
        )
    )
