"""Every rate limit the API declares, with the reason for its number (issue #13 item 2).

Routes name these in `endpoint(rate_limits=…)`; the mechanism is `common/ratelimit.py` (Redis,
sliding window, 429 `RATE_LIMITED` with `Retry-After`). Limits by source (`By.ip`) count an IPv4
address or an IPv6 /64; behind nginx the address comes from X-Forwarded-For (TRUSTED_PROXIES).

Two populations shape the numbers:
- owners on phones come through carrier-grade NAT, where hundreds of subscribers can share one
  public IPv4 address, so limits by source for owner routes are generous and the tight ones are
  per account;
- staff work from a few office networks, one NAT address per building.

A route that is open to the public (`roles=PUBLIC`) must declare at least one limit: the
authorisation matrix test (`tests/security/test_authorisation_matrix.py`) fails otherwise.
"""

from __future__ import annotations

from banzheng.common.ratelimit import By, Limit

# --- logging in ---------------------------------------------------------------------------------

STAFF_LOGIN_PER_SOURCE = Limit("20/minute", scope="staff_login:ip")
"""Password attempts from one address: a street office of 30 clerks logging in at 08:30 stays
well under it; a guesser gets 20 a minute before the per-account lockout (5) even matters.
The API's and the console's login forms count in the same buckets (the named scopes)."""

STAFF_LOGIN_PER_SOURCE_DAILY = Limit("300/day", scope="staff_login_daily:ip")
"""…and at most this many a day from one address (ten logins per clerk of a large office), so a
patient guesser who stays under the minute limit still gets nowhere."""

MFA_STEP_PER_SOURCE = Limit("20/minute", scope="mfa_step:ip")
"""Second-factor requests (codes, enrolment) from one address: one per staff login, as for the
password; guessing is bounded anyway by the lockout the codes share with the password. The API's
code and enrolment routes and the console's code page count in this one bucket."""

OWNER_LOGIN_PER_SOURCE = Limit("60/minute")
"""WeChat logins from one address. Each costs a call to WeChat's server API (itself limited per
appid); 60 a minute covers a carrier NAT full of owners while refusing a script."""

DEV_LOGIN_PER_SOURCE = Limit("60/minute")
"""Demo logins (never in production): the tests and the demo log in a few dozen times a run."""

REFRESH_PER_SOURCE = Limit("120/minute")
"""Token refreshes from one address. 1,000 concurrent owners with 15-minute access tokens
refresh about once a second in all; a NAT address carrying a hundred of them, twice a minute."""

REFRESH_PER_SESSION = Limit("10/minute", scope="refresh:family")
"""Refreshes of one login (token family), counted in the service: a phone refreshes every 15
minutes, or a few times at once when several requests meet an expired token together."""

# --- uploads and submissions ---------------------------------------------------------------------

UPLOAD_START_PER_USER = Limit("30/minute", By.user)
"""Resumable uploads one owner may start: a checklist has at most 8 items (requirement 1), so 30
a minute allows every item several retries; 60 starts in 0.3 s (the penetration test) do not."""

UPLOAD_START_PER_USER_DAILY = Limit("200/day", By.user)
"""…and a day: a careful owner re-photographs each of 8 items a few times."""

UPLOAD_CHUNK_PER_USER = Limit("600/minute", By.user)
"""Chunks of resumable uploads: a 30 MB video in 256 KiB chunks is 120 requests; 600 a minute
lets a fast network finish several files while bounding the request rate of one account."""

UPLOAD_ONCE_PER_USER = Limit("30/minute", By.user, scope="upload_once:user")
"""One-shot uploads, as for starting a resumable one; the console's window scans count here too."""

SUBMIT_PER_USER = Limit("30/minute", By.user, scope="submit:user")
"""Submissions: an owner submits once, then again after each supplement request. A phone on a bad
network re-sends one tap many times at once (tests/applications/test_submission_queue.py sends
20): the job key and Idempotency-Key absorb those, and they must not be refused, so the limit sits
above a burst of retries and far below a script. The console's window submissions count here too."""

DOWNLOAD_LINK_PER_USER = Limit("120/minute", By.user)
"""Download links of materials: a clerk checking an application opens each of its ≤ 8 files,
perhaps twice; 120 a minute is a busy window, far below a bulk export of ID scans."""

# --- binding a house (communities/binding.py) ------------------------------------------------------

HOUSE_BIND_PER_USER = Limit("5/hour", By.user)
"""Attempts to bind a house by real name and ID number (+ 网签 contract number): a real owner
copying from the ID card gets it right within two or three tries; five an hour bounds guessing
with a known name to a few numbers, and the answer then sends them to the window anyway."""

HOUSE_BIND_PER_USER_DAILY = Limit("10/day", By.user)
"""…and a day: co-owners bind from their own accounts, so one account never needs more."""

HOUSE_BIND_PER_SOURCE = Limit("60/hour")
"""Attempts from one address across accounts (new WeChat accounts are cheap to a script): a
carrier NAT address shared by hundreds of owners sees a few binds an hour at most, as each owner
binds once in their life; a farm of accounts behind one address is stopped at 60."""

BINDING_CODE_PER_USER = Limit("10/hour", By.user)
"""Window binding codes an owner asks for: one per visit, a few more if the queue is long and
the 10-minute code runs out; more is not someone standing at a window."""

WINDOW_BIND_PER_USER = Limit("120/hour", By.user)
"""Window bindings by one clerk: one owner every 30 s is a fast window; an 8-digit code (10^8)
cannot be guessed at 120 an hour within its 10 minutes."""

ESTATE_DIRECTORY_PER_USER = Limit("30/minute", By.user)
"""Estate name searches while an owner types: a keystroke pause each; the directory holds only
public names and addresses, the limit keeps it from being scraped in bulk."""

# --- public routes ------------------------------------------------------------------------------

PUBLIC_PROBE_PER_SOURCE = Limit("120/minute")
"""Readiness probes (they touch the database and Redis): a load balancer probes every few
seconds; anything faster from one address is not a load balancer."""

METRICS_SCRAPE_PER_SOURCE = Limit("120/minute")
"""GET /metrics (operators only, token or allowed networks): Prometheus scrapes every 15–30 s
from one address per server; a handful of servers stays far below this."""
