"""The one place that signs and checks JWTs (python-jose 3.5).

python-jose decodes with whatever algorithm the token names unless told otherwise, and accepts
a DER/PEM public key as an HMAC secret (python-jose #398, #414, #419). So every decode here:
- inspects the header first and accepts exactly `{"alg": "HS256", "typ": "JWT"}` — no `kid`,
  `jku`, `jwk`, `x5u`, `x5c` or `crit` that could steer key selection;
- passes a one-algorithm allowlist and our own secret as `bytes` (the only key type used);
- requires exp, nbf, iat, iss, aud, sub, jti and our `typ` claim.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Any

from jose import jwt
from jose.exceptions import JOSEError

ALGORITHM = "HS256"
ALLOWED_HEADER = {"alg": ALGORITHM, "typ": "JWT"}
REQUIRED_CLAIMS = ("exp", "nbf", "iat", "iss", "aud", "sub", "jti", "typ", "fam")


class InvalidToken(Exception):
    """Any reason a token is not ours, not valid now, or not of the expected type."""


@dataclass(frozen=True)
class TokenSigner:
    secret: bytes
    issuer: str
    audience: str

    def issue(
        self,
        *,
        subject: str,
        token_type: str,
        family: str,
        ttl: int,
        jti: str | None = None,
        **claims: Any,
    ) -> tuple[str, str]:
        """Return (token, jti); a new random jti unless one is given (a refresh retried
        within its grace window is answered with the current rotation's)."""
        now = int(time.time())
        jti = jti or uuid.uuid4().hex
        payload = {
            "iss": self.issuer,
            "aud": self.audience,
            "sub": subject,
            "iat": now,
            "nbf": now,
            "exp": now + ttl,
            "jti": jti,
            "typ": token_type,
            "fam": family,
            **claims,
        }
        return jwt.encode(payload, self.secret, algorithm=ALGORITHM), jti

    def verify(self, token: str, *, token_type: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
        except JOSEError as exc:
            raise InvalidToken("malformed header") from exc
        if header != ALLOWED_HEADER:
            raise InvalidToken("header is not exactly HS256/JWT")
        try:
            claims = jwt.decode(
                token,
                self.secret,
                algorithms=[ALGORITHM],
                audience=self.audience,
                issuer=self.issuer,
                options={
                    "require_exp": True,
                    "require_nbf": True,
                    "require_iat": True,
                    "require_iss": True,
                    "require_aud": True,
                    "require_sub": True,
                    "require_jti": True,
                    "leeway": 0,
                },
            )
        except JOSEError as exc:
            raise InvalidToken(str(exc)) from exc
        if any(claim not in claims for claim in REQUIRED_CLAIMS) or claims["typ"] != token_type:
            raise InvalidToken("wrong token type")
        return claims
