"""What the object store can refuse or detect; routes map these to HTTP answers."""

from __future__ import annotations


class StorageError(Exception):
    """Base of every object-store failure."""


class InvalidObjectId(StorageError, ValueError):
    """An id that is not one of ours (`^[A-Za-z0-9_-]{16,64}$`): never reaches a path or key."""


class ObjectNotFound(StorageError):
    """No committed object under this id (an interrupted upload leaves none)."""


class ObjectExists(StorageError):
    """Ids are server-generated and single-use; writing one twice is a bug, not an update."""


class StorageIntegrityError(StorageError):
    """The stored bytes or their envelope were changed, cut, reordered or swapped.

    Raised instead of ever returning unauthenticated plaintext.
    """


class MasterKeyMissing(StorageIntegrityError):
    """The object's data key is wrapped under a master key id that is no longer configured."""
