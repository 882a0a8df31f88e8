"""mfi's enums: ``str``-valued :class:`enum.Enum` classes built from the Rust core's names.

Each member's value is its snake_case name in the diagnosis contract, so members compare
equal to those strings and serialise as them (``json.dumps``, pandas).
"""

from __future__ import annotations

import enum

from ._mfi import vocabulary as _vocabulary


class _Name(str, enum.Enum):
    """Base of mfi's enums: a ``str`` whose value is the contract's name."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


_names = _vocabulary()


def _make(name: str, doc: str) -> type[_Name]:
    cls = _Name(name, _names[name], module=__name__, qualname=name)  # type: ignore[call-overload]
    cls.__doc__ = doc
    return cls  # type: ignore[no-any-return]


MfiCode = _make("MfiCode", "The six mail flow intelligence codes; values are the codes ('4.4.316').")
MfiMatch = _make("MfiMatch", "How the MFI code was found: literal, expired or equivalent.")
Severity = _make("Severity", "The delivery outcome the text states.")
Reason = _make("Reason", "Cross-vendor reason of a failure (Sisimai's names).")
Cause = _make("Cause", "A likely cause of a failure.")
RemediationId = _make("RemediationId", "A remediation: something someone can do.")
Actor = _make("Actor", "Who must act on a remediation.")
ConnectorTarget = _make("ConnectorTarget", "Who is behind the connector that failed.")
QueueProfile = _make("QueueProfile", "A mail system's queue and its retry window.")
QueueState = _make("QueueState", "What the sending queue does with the message.")
AttrKey = _make("AttrKey", "Keys of the values pulled out of a text.")

del _names

__all__ = [
    "Actor",
    "AttrKey",
    "Cause",
    "ConnectorTarget",
    "MfiCode",
    "MfiMatch",
    "QueueProfile",
    "QueueState",
    "Reason",
    "RemediationId",
    "Severity",
]
