"""Remote video identity check (远程视频核验身份, plan requirement 7).

An owner gives a separate consent to the processing of face data (PIPL art. 28–29), receives a
random challenge (digits to read aloud and one action), records a short video and uploads it
through the resumable upload; the worker pre-checks it by decoding it (`precheck`), and a
provider decides: a registry clerk (`manual`, the default) or an external liveness / face-match
service (`providers.faceid`). A passed check is bound to the owner for `IDENTITY_PASS_TTL` and is
what the e-signature domain asks for before an owner may sign.
"""
