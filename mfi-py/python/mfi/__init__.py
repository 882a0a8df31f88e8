"""mfi: mail flow intelligence.

Turns a mail-delivery failure, in whatever shape a mail system printed it, into a typed
diagnosis: the codes, the Microsoft 365 mail flow intelligence code, likely causes ranked by
the evidence, what to do and who, and what the sending queue does next.

>>> import mfi
>>> d = mfi.classify("450 4.4.316 Connection refused [Message=Socket error code 10061]")
>>> d.mfi_code
<MfiCode.CONNECTION_REFUSED: '4.4.316'>
>>> d.causes[0]
<Cause.CONNECTION_REFUSED: 'connection_refused'>
>>> d.remediations[0].actor
<Actor.DESTINATION_ADMIN: 'destination_admin'>
"""

from ._enums import (
    Actor,
    AttrKey,
    Cause,
    ConnectorTarget,
    MfiCode,
    MfiMatch,
    QueueProfile,
    QueueState,
    Reason,
    RemediationId,
    Severity,
)
from ._mfi import (
    CodeRecord,
    Diagnosis,
    MfiError,
    QueueOutcome,
    Remediation,
    Reply,
    TimeError,
    UnknownNameError,
    __version__,
    cause_text,
    classify,
    classify_many,
    codes,
    queue_outcome,
)

__all__ = [
    "Actor",
    "AttrKey",
    "Cause",
    "CodeRecord",
    "ConnectorTarget",
    "Diagnosis",
    "MfiCode",
    "MfiError",
    "MfiMatch",
    "QueueOutcome",
    "QueueProfile",
    "QueueState",
    "Reason",
    "RemediationId",
    "Remediation",
    "Reply",
    "Severity",
    "TimeError",
    "UnknownNameError",
    "__version__",
    "cause_text",
    "classify",
    "classify_many",
    "codes",
    "queue_outcome",
]
