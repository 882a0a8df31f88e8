"""mfi: mail flow intelligence.

Turns a mail-delivery failure, in whatever shape a mail system printed it (an SMTP reply, an
Exchange queue error, a message-trace detail, an NDR line, a DSN field, an MTA log line),
into a typed diagnosis: the codes, the Microsoft 365 mail flow intelligence code, the likely
causes ranked by the evidence, what to do and who must do it, and what the sending queue
does next.

>>> import mfi
>>> d = mfi.classify("450 4.4.316 Connection refused [Message=Socket error code 10061]")
>>> d.mfi_code
<MfiCode.CONNECTION_REFUSED: '4.4.316'>
>>> d.causes[0]
<Cause.CONNECTION_REFUSED: 'connection_refused'>
>>> d.remediations[0].actor
<Actor.DESTINATION_ADMIN: 'destination_admin'>

Functions: :func:`classify`, :func:`classify_many`, :func:`queue_outcome`, :func:`codes`,
:func:`cause_text`; columns of texts in data engines (Spark, DuckDB, Polars, pandas):
:func:`classify_arrow` gives Arrow rows of :data:`ARROW_SCHEMA` (or of the columns asked
for: :func:`arrow_schema`), and :func:`read_messages_arrow` a row per recipient of a column
of messages (:data:`MESSAGE_ARROW_SCHEMA`); whole messages (bounces, delay notices, NDRs, auto-replies, feedback
reports): :func:`read_message` and :func:`read_mailbox` give :class:`Report` objects with one
:class:`Recipient` (and its :class:`Diagnosis`) per address; mail logs and message traces:
:func:`read_log` gives :class:`Event` objects (one per delivery line, correlated per
message) and :func:`incidents` groups them into :class:`Incident` objects. Results: :class:`Diagnosis` (its properties are the fields of the
diagnosis contract, :data:`CONTRACT_FIELDS`), :class:`Remediation`, :class:`Reply`,
:class:`QueueOutcome`, :class:`CodeRecord`. Enums: ``str``-valued :class:`enum.Enum`
classes whose values are the contract's names. Errors derive from :class:`MfiError`
(a ``ValueError``). ``python -m mfi`` is the ``mfi`` command.
"""

from typing import TYPE_CHECKING, Any, Optional, Sequence

from ._enums import (
    Action,
    Actor,
    AttrKey,
    Cause,
    ConnectorTarget,
    MfiCode,
    MfiMatch,
    Origin,
    QueueProfile,
    QueueState,
    Reason,
    RemediationId,
    ReportKind,
    Severity,
)
from ._mfi import (
    CONTRACT_FIELDS,
    CONTRACT_VERSION,
    DEFAULT_MAX_LEN,
    CodeRecord,
    Diagnosis,
    Event,
    Incident,
    MfiError,
    QueueOutcome,
    Recipient,
    Remediation,
    Reply,
    Report,
    TimeError,
    UnknownNameError,
    __version__,
    cause_text,
    classify,
    classify_arrow,
    classify_many,
    codes,
    incidents,
    queue_outcome,
    read_log,
    read_mailbox,
    read_message,
    read_messages_arrow,
)

__all__ = [
    "CONTRACT_FIELDS",
    "CONTRACT_VERSION",
    "DEFAULT_MAX_LEN",
    "Action",
    "Actor",
    "AttrKey",
    "Cause",
    "CodeRecord",
    "ConnectorTarget",
    "Diagnosis",
    "Event",
    "Incident",
    "MfiCode",
    "MfiError",
    "MfiMatch",
    "Origin",
    "QueueOutcome",
    "QueueProfile",
    "QueueState",
    "Reason",
    "Recipient",
    "Remediation",
    "RemediationId",
    "Reply",
    "Report",
    "ReportKind",
    "Severity",
    "TimeError",
    "UnknownNameError",
    "__version__",
    "arrow_schema",
    "cause_text",
    "classify",
    "classify_arrow",
    "classify_many",
    "codes",
    "incidents",
    "queue_outcome",
    "read_log",
    "read_mailbox",
    "read_message",
    "read_messages_arrow",
]

if TYPE_CHECKING:
    #: The ``pyarrow.Schema`` of :func:`classify_arrow`'s rows: the contract's fields, typed
    #: for data engines (versioned by the schema metadata's ``mfi.contract``).
    ARROW_SCHEMA: Any
    #: The ``pyarrow.Schema`` of :func:`read_messages_arrow`'s rows.
    MESSAGE_ARROW_SCHEMA: Any


def arrow_schema(columns: Optional[Sequence[str]] = None, *, messages: bool = False) -> Any:
    """The ``pyarrow.Schema`` of ``classify_arrow(texts, columns=columns)``'s rows: the
    fields of :data:`ARROW_SCHEMA` named by ``columns``, in that order (all of them for
    ``None``), with the schema's metadata. With ``messages``, the schema of
    ``read_messages_arrow(messages, diagnosis_columns=columns)``'s rows. For engines that
    declare a function's return type before calling it (DuckDB, Spark, Polars).

    >>> mfi.arrow_schema(["mfi_code", "reason"]).names
    ['mfi_code', 'reason']

    Raises ``mfi.UnknownNameError`` for a name the schema does not have, ``ValueError`` for
    no names or one named twice, ``ImportError`` without pyarrow.
    """
    import importlib

    from ._mfi import _arrow_schema

    return importlib.import_module("pyarrow").schema(
        _arrow_schema(messages=messages, columns=columns)
    )


def __getattr__(name: str) -> Any:
    # The Arrow schemas are pyarrow.Schema objects, built on first use, so that `import mfi` does not
    # import pyarrow (an optional dependency: pip install 'mfi[arrow]').
    if name in ("ARROW_SCHEMA", "MESSAGE_ARROW_SCHEMA"):
        import importlib

        from ._mfi import _arrow_schema

        schema = importlib.import_module("pyarrow").schema(
            _arrow_schema(messages=name == "MESSAGE_ARROW_SCHEMA")
        )
        globals()[name] = schema
        return schema
    raise AttributeError(f"module 'mfi' has no attribute {name!r}")
