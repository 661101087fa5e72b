"""The transparency log: an append-only Merkle tree (RFC 9162 §2) shared by the whole service —
certificate issuance, revocation and registration (登簿) are leaves of the public log, audit
events are leaves of the audit log; one implementation (`merkle`, `store`, `sequencer`)."""
