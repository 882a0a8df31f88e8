"""Type stubs of mfi's native module, checked by ``mypy.stubtest``.

The ``Diagnosis`` properties between the generated markers are written by
``cargo run -p mfi-codegen`` from the core's contract; the rest is written by hand.
"""

import datetime
import os
from typing import Any, Iterable, Iterator, Literal, Optional, Sequence, Union, final

from ._enums import (
    Action,
    Actor,
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

__all__ = [
    "__version__",
    "CONTRACT_VERSION",
    "CONTRACT_FIELDS",
    "DEFAULT_MAX_LEN",
    "MfiError",
    "UnknownNameError",
    "TimeError",
    "Diagnosis",
    "Remediation",
    "Reply",
    "QueueOutcome",
    "CodeRecord",
    "Report",
    "Recipient",
    "ReportIter",
    "classify",
    "classify_many",
    "classify_arrow",
    "read_messages_arrow",
    "queue_outcome",
    "codes",
    "cause_text",
    "read_message",
    "read_mailbox",
    "Event",
    "EventIter",
    "Incident",
    "read_log",
    "incidents",
    "_cli_main",
    "_restore_diagnosis",
    "_restore_remediation",
    "_restore_reply",
    "_restore_queue",
    "_restore_code_record",
    "_core_time_ns",
    "_ArrowRows",
    "_ArrowSchema",
    "_arrow_schema",
]

__version__: str
CONTRACT_VERSION: str
"""The version of the diagnosis contract (``"1.1"``)."""
CONTRACT_FIELDS: tuple[str, ...]
"""The names of the contract's fields, in the order of the JSON object."""
DEFAULT_MAX_LEN: int
"""How many bytes of a text are classified unless ``max_len`` says otherwise (1 MiB)."""

class MfiError(ValueError):
    """Base class of mfi's errors (a ValueError)."""

class UnknownNameError(MfiError):
    """A name (queue profile, connector target, cause) that mfi does not know."""

class TimeError(MfiError):
    """A time mfi cannot use: a naive datetime (no time zone), or one out of range."""

@final
class Remediation:
    """A remediation: what to do (``text``) and who must do it (``actor``)."""

    @property
    def id(self) -> RemediationId:
        """The typed remediation."""
    @property
    def actor(self) -> Actor:
        """Who must act."""
    @property
    def text(self) -> str:
        """What to do, in English."""
    def to_dict(self) -> dict[str, str]:
        """The contract's remediation object: ``{"id", "actor", "text"}``."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[object, tuple[str]]: ...

@final
class Reply:
    """One reply of a chain: basic code, enhanced status and words."""

    @property
    def reply_code(self) -> Optional[int]:
        """The basic reply code (``550``), or None."""
    @property
    def enhanced_status(self) -> Optional[str]:
        """The enhanced status code (``"5.4.300"``), or None."""
    @property
    def text(self) -> str:
        """The reply's words, without nested replies and attribute brackets."""
    def to_dict(self) -> dict[str, object]:
        """The contract's reply object: ``{"reply_code", "enhanced_status", "text"}``."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[object, tuple[Optional[int], Optional[str], str]]: ...

@final
class QueueOutcome:
    """What the sending queue does next."""

    @property
    def profile(self) -> QueueProfile:
        """The queue profile applied."""
    @property
    def state(self) -> QueueState:
        """What happens next."""
    @property
    def retry_window(self) -> datetime.timedelta:
        """How long the queue retries."""
    @property
    def retry_window_s(self) -> int:
        """How long the queue retries, in seconds."""
    @property
    def first_attempt(self) -> datetime.datetime:
        """When delivery was first attempted (UTC)."""
    @property
    def now(self) -> datetime.datetime:
        """The time the outcome was judged at (UTC)."""
    @property
    def expires_at(self) -> datetime.datetime:
        """When the message expires: ``first_attempt`` plus the window (UTC)."""
    @property
    def remaining(self) -> datetime.timedelta:
        """Time left until then (zero unless retrying)."""
    @property
    def remaining_s(self) -> int:
        """Time left until then, in seconds."""
    @property
    def next_delay_notice(self) -> Optional[datetime.datetime]:
        """When the sender gets a delay notice, if the profile sends one and it is ahead."""
    def to_dict(self) -> dict[str, object]:
        """The contract's ``queue`` object (times as RFC 3339 strings)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[object, tuple[str]]: ...

@final
class Diagnosis:
    """The diagnosis of one failure text: what ``mfi.classify`` returns.

    Every field of the diagnosis contract is a property; ``to_dict()`` and ``to_json()``
    give the contract's JSON object, the same as ``mfi classify --json``. Immutable;
    compares by value; hashable; pickles.
    """

    @property
    def text(self) -> str:
        """The text that was classified (line ending dropped, decoded, cut to max_len)."""
    # --- generated by mfi-codegen from mfi_core::contract::FIELDS: do not edit ---
    @property
    def reply_code(self) -> Optional[int]:
        """The basic SMTP reply code (RFC 5321) of the primary (outermost) reply."""
    @property
    def enhanced_status(self) -> Optional[str]:
        """The enhanced status code (RFC 3463) of the primary reply."""
    @property
    def severity(self) -> Severity:
        """The delivery outcome the text states: an expiry or a 5xx is permanent, a 4xx transient."""
    @property
    def mfi_code(self) -> Optional[MfiCode]:
        """The mail flow intelligence code the failure amounts to."""
    @property
    def mfi_match(self) -> Optional[MfiMatch]:
        """How mfi_code was found: in the text (literal), named by an expiry (expired), or told in other words (equivalent)."""
    @property
    def expired(self) -> bool:
        """Whether the message expired in a queue and was (or will be) returned to the sender."""
    @property
    def reason(self) -> Reason:
        """The cross-vendor reason (Sisimai's reason names)."""
    @property
    def origin(self) -> Origin:
        """Which system reported the failure, from the text's shape or as the caller said; remediations are in its terms."""
    @property
    def title(self) -> Optional[str]:
        """A short title of the primary code (the MFI code's, else the Exchange table's, else the IANA registry's)."""
    @property
    def meaning(self) -> Optional[str]:
        """What the primary code means, in a sentence or two."""
    @property
    def causes(self) -> list[Cause]:
        """Likely causes, most likely first, ranked by the evidence in the text."""
    @property
    def remediations(self) -> list[Remediation]:
        """What to do and who must act, most useful first."""
    @property
    def chain(self) -> list[Reply]:
        """Every reply found in the text, outermost (primary) first."""
    @property
    def attributes(self) -> dict[str, str]:
        """Values pulled out of the text (servers, addresses, Exchange fields), by key."""
    @property
    def truncated(self) -> bool:
        """Whether the text was longer than the options' max_len and only its start was classified."""
    @property
    def queue(self) -> Optional[QueueOutcome]:
        """What the sending queue does next, when a queue profile and times were given."""
    # --- end of generated part ---
    def to_dict(self, fields: Optional[Sequence[str]] = None) -> dict[str, object]:
        """The contract's JSON object as a dict: the same as ``mfi classify --json``.

        With ``fields``, only those contract fields, in that order (as ``mfi classify
        --json --fields`` prints them).
        """
    def to_json(self, fields: Optional[Sequence[str]] = None) -> str:
        """The contract's JSON object as a str: the same as ``mfi classify --json``;
        ``fields`` as for ``to_dict``."""
    def render(self, number: int = 1, color: bool = False) -> str:
        """The report ``mfi classify`` prints for input line ``number``."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[object, tuple[str, str, bool, Optional[str]]]: ...

@final
class CodeRecord:
    """One row of mfi's knowledge table: a code or range, its title, meaning and causes."""

    @property
    def code(self) -> str:
        """The code or codes (``"4.4.316"``, ``"5.7.606-649"``, ``"X.1.X"``)."""
    @property
    def source(self) -> str:
        """The table: ``"mfi"``, ``"exchange"`` or ``"iana"``."""
    @property
    def title(self) -> str:
        """A short title."""
    @property
    def meaning(self) -> str:
        """What it means."""
    @property
    def reason(self) -> Reason:
        """The cross-vendor reason."""
    @property
    def causes(self) -> tuple[Cause, ...]:
        """The usual causes, most likely first."""
    def to_json(self) -> str:
        """The record as a JSON object (what ``mfi codes --json`` prints per line)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[object, tuple[int]]: ...

@final
class Recipient:
    """What a report says about one recipient, with the ``Diagnosis`` of its failure."""

    @property
    def recipient(self) -> str:
        """The address (``Final-Recipient``, or the address the error text names)."""
    @property
    def original_recipient(self) -> Optional[str]:
        """``Original-Recipient``, when the report gives one."""
    @property
    def action(self) -> Optional[Action]:
        """What the reporting system did, when it says or the shape tells."""
    @property
    def status(self) -> Optional[str]:
        """The enhanced status judged right for this recipient (``"5.1.1"``)."""
    @property
    def reported_status(self) -> Optional[str]:
        """The ``Status`` field as the report gives it."""
    @property
    def remote_mta(self) -> Optional[str]:
        """``Remote-MTA``, or the host the error text names."""
    @property
    def diagnostic_code(self) -> Optional[str]:
        """The failure text."""
    @property
    def last_attempt(self) -> Optional[datetime.datetime]:
        """``Last-Attempt-Date`` (UTC)."""
    @property
    def will_retry_until(self) -> Optional[datetime.datetime]:
        """``Will-Retry-Until`` (UTC)."""
    @property
    def hardbounce(self) -> bool:
        """Whether retrying this address is pointless."""
    @property
    def diagnosis(self) -> Diagnosis:
        """The diagnosis of this recipient's failure."""
    def to_dict(self) -> dict[str, object]:
        """The recipient's JSON object as a dict (as in ``mfi bounce --json``)."""
    def __eq__(self, other: object, /) -> bool: ...

@final
class Report:
    """A message read as a report about deliveries (what ``read_message`` returns)."""

    @property
    def source(self) -> Optional[str]:
        """``path`` or ``path#N`` for reports of ``read_mailbox``; else ``None``."""
    @property
    def kind(self) -> ReportKind:
        """What kind of message it is."""
    @property
    def reporting_mta(self) -> Optional[str]:
        """``Reporting-MTA``, or the host the report comes from."""
    @property
    def arrival_date(self) -> Optional[datetime.datetime]:
        """``Arrival-Date`` (UTC)."""
    @property
    def original(self) -> dict[str, object]:
        """The returned original's ``message_id``, ``from``, ``to``, ``subject``, ``date``.

        The strings, like ``reporting_mta``, are at most 2,048 bytes (every recipient row
        repeats them).
        """
    @property
    def recipients(self) -> list[Recipient]:
        """One entry per recipient, in the order given."""
    def to_dict(self) -> dict[str, object]:
        """The JSON object ``mfi bounce --json`` prints."""
    def to_json(self) -> str:
        """The JSON object ``mfi bounce --json`` prints, as a str."""
    def render(self, color: bool = False) -> str:
        """The summary ``mfi bounce`` prints."""
    def rows(self) -> list[dict[str, object]]:
        """One flat dict per recipient, for tables (pandas)."""
    def __eq__(self, other: object, /) -> bool: ...

@final
class ReportIter:
    """The reports of a mailbox, one message at a time."""

    def __iter__(self) -> "ReportIter": ...
    def __next__(self) -> Report: ...


@final
class Event:
    """One delivery as a log line (or export row) tells it (what ``read_log`` yields)."""

    @property
    def source(self) -> str:
        """The input it was read from (a path, or ``"-"``)."""
    @property
    def line(self) -> int:
        """Its line number there (1-based)."""
    @property
    def time(self) -> Optional[datetime.datetime]:
        """When the line was written (UTC)."""
    @property
    def system(self) -> str:
        """The mail system that wrote it (``"postfix"``, ``"exim"``, ...)."""
    @property
    def queue_id(self) -> Optional[str]:
        """The message's id in that system."""
    @property
    def sender(self) -> Optional[str]:
        """The envelope sender (``""`` for the null sender)."""
    @property
    def recipient(self) -> Optional[str]:
        """The recipient, lower-cased."""
    @property
    def domain(self) -> Optional[str]:
        """The recipient's domain."""
    @property
    def host(self) -> Optional[str]:
        """The next-hop host."""
    @property
    def ip(self) -> Optional[str]:
        """Its IP address."""
    @property
    def connector(self) -> Optional[str]:
        """The connector, transport or router."""
    @property
    def kind(self) -> str:
        """``"delivered"``, ``"deferred"``, ``"bounced"`` or ``"expired"``."""
    @property
    def delay_s(self) -> Optional[float]:
        """How long the message had been queued (seconds), as the line says."""
    @property
    def first_seen(self) -> Optional[datetime.datetime]:
        """When the message was first seen in the log (UTC)."""
    @property
    def text(self) -> str:
        """The failure text that was classified."""
    @property
    def diagnosis(self) -> Optional[Diagnosis]:
        """The diagnosis of a failure (``None`` for a delivery)."""
    def to_dict(self) -> dict[str, object]:
        """The event as ``mfi report --events`` prints it."""

@final
class EventIter:
    """The events of logs, one at a time."""

    def __iter__(self) -> "EventIter": ...
    def __next__(self) -> Event: ...

@final
class Incident:
    """One failure at one destination, over the events that tell it."""

    @property
    def destination(self) -> str:
        """The recipient domain."""
    @property
    def hosts(self) -> list[str]:
        """The next-hop hosts seen failing."""
    @property
    def mfi_code(self) -> Optional[MfiCode]:
        """The MFI code, if the failure has one."""
    @property
    def reason(self) -> Reason:
        """The failure's reason."""
    @property
    def severity(self) -> Severity:
        """The worst severity seen."""
    @property
    def events(self) -> int:
        """How many failure events."""
    @property
    def messages(self) -> int:
        """How many distinct messages failed."""
    @property
    def recipients(self) -> int:
        """How many distinct recipients failed."""
    @property
    def first_seen(self) -> Optional[datetime.datetime]:
        """The first failure (UTC)."""
    @property
    def last_seen(self) -> Optional[datetime.datetime]:
        """The last failure (UTC)."""
    @property
    def expired(self) -> int:
        """How many recipients the queue already gave up on."""
    @property
    def expiring(self) -> int:
        """How many waiting recipients expire within the window asked for."""
    @property
    def state(self) -> str:
        """``"ongoing"`` or ``"resolved"``."""
    @property
    def causes(self) -> list[Cause]:
        """The likely causes, most often named first."""
    @property
    def remediations(self) -> list[RemediationId]:
        """The first remediations."""
    @property
    def example(self) -> str:
        """One failure text, as logged."""
    def to_dict(self) -> dict[str, object]:
        """The incident as ``mfi report --json`` prints it."""

def read_log(
    path: Union[str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]],
    *,
    format: Optional[str] = None,
    year: Optional[int] = None,
    profile: Union[QueueProfile, str, None] = None,
    connector: Union[ConnectorTarget, str, None] = None,
    locale: Optional[str] = None,
    origin: Union[Origin, str, None] = None,
) -> EventIter:
    """Reads mail logs and message traces into delivery events, correlated per message."""

def incidents(
    events: Iterable[Event],
    *,
    now: Optional[datetime.datetime] = None,
    within_hours: int = 24,
) -> list[Incident]:
    """Groups events into incidents, worst first."""

def classify(
    text: Union[str, bytes],
    *,
    connector: Union[ConnectorTarget, str, None] = None,
    profile: Union[QueueProfile, str, None] = None,
    first_attempt: Optional[datetime.datetime] = None,
    now: Optional[datetime.datetime] = None,
    max_len: Optional[int] = None,
    origin: Union[Origin, str, None] = None,
    locale: Optional[str] = None,
    stated_severity: Union[Severity, str, None] = None,
) -> Diagnosis:
    """Classifies one failure text (str or bytes; one line).

    ``connector`` (``"on_premises"``, ``"partner"``) changes the causes and remediations;
    ``origin`` (``"postfix"``, ``"exchange_online"``, ...) says which system reported the
    failure when the text does not show it (remediations are in its terms); ``locale``
    (``"en"``, ``"de"``, ``"zh-CN"``, ``"ru"``) is the language of the human texts;
    ``profile`` with ``first_attempt`` (and ``now``, timezone-aware) adds the queue outcome;
    ``max_len`` bounds how many bytes are classified (default 1 MiB); ``stated_severity``
    is the outcome the text's source states beside it (a log's status column): the
    severity of a text whose own codes and words state none (a stated transient also
    outweighs a quoted 5xx reply: the message is still queued).

    Raises TypeError for a wrong type, ``mfi.UnknownNameError`` for an unknown name,
    ``mfi.TimeError`` for a naive datetime.
    """

def classify_many(
    texts: Iterable[Union[str, bytes, None, float]],
    *,
    connector: Union[ConnectorTarget, str, None] = None,
    profile: Union[QueueProfile, str, None] = None,
    first_attempt: Optional[datetime.datetime] = None,
    now: Optional[datetime.datetime] = None,
    max_len: Optional[int] = None,
    errors: Literal["raise", "unknown"] = "raise",
    origin: Union[Origin, str, None] = None,
    locale: Optional[str] = None,
    stated_severity: Union[Severity, str, None] = None,
) -> list[Diagnosis]:
    """Classifies many texts, one diagnosis per item, in order (GIL released, every core).

    Each item is one line: a trailing newline is ignored, so
    ``classify_many(open(path, "rb"))`` equals ``mfi classify --json < path``. With
    ``errors="unknown"``, None, NaN and pandas NA give an unknown diagnosis instead of a
    TypeError naming the item's index.
    """

def classify_arrow(
    texts: object,
    *,
    connector: Union[ConnectorTarget, str, None] = None,
    profile: Union[QueueProfile, str, None] = None,
    first_attempt: Optional[datetime.datetime] = None,
    now: Optional[datetime.datetime] = None,
    max_len: Optional[int] = None,
    origin: Union[Origin, str, None] = None,
    locale: Optional[str] = None,
    threads: Optional[int] = None,
    columns: Optional[Sequence[str]] = None,
    rechunk: bool = True,
    stated_severity: Union[Severity, str, None] = None,
) -> Any:
    """Classifies a column of texts given as Arrow data (a pyarrow array or chunked array, a
    Polars series, a pandas Series of ``pd.ArrowDtype``, any object of the Arrow PyCapsule
    interface, a table of one column, or a sequence of str/bytes/None): a
    ``pyarrow.StructArray`` of ``mfi.ARROW_SCHEMA``, one row per text, a null row for a null
    text. Zero-copy in, GIL released, ``threads`` cores (default: all). ``columns`` names
    the fields to build, in the order wanted (default: all); the others are not written.
    ``rechunk=False`` returns the threads' rows as a ``pyarrow.ChunkedArray`` without
    joining them (no copy). Rows with more text in a column than one array holds (2 GiB)
    come as a ``pyarrow.ChunkedArray`` in any case, as ``pyarrow.array`` does."""

@final
class _ArrowRows:
    def __arrow_c_array__(self, requested_schema: object = None) -> tuple[object, object]: ...
    def __len__(self) -> int: ...

@final
class _ArrowSchema:
    def __arrow_c_schema__(self) -> object: ...

def read_messages_arrow(
    messages: object,
    *,
    connector: Union[ConnectorTarget, str, None] = None,
    profile: Union[QueueProfile, str, None] = None,
    first_attempt: Optional[datetime.datetime] = None,
    now: Optional[datetime.datetime] = None,
    max_len: Optional[int] = None,
    max_message_len: Optional[int] = None,
    origin: Union[Origin, str, None] = None,
    locale: Optional[str] = None,
    threads: Optional[int] = None,
    diagnosis_columns: Optional[Sequence[str]] = None,
    rechunk: bool = True,
) -> Any:
    """Reads a column of whole messages (a binary or string Arrow array, or anything
    ``classify_arrow`` takes): a ``pyarrow.StructArray`` of ``mfi.MESSAGE_ARROW_SCHEMA``,
    one row per recipient (with ``message``, the input row's index, the report's and the
    recipient's fields, and its ``diagnosis`` struct); one row without a recipient for a
    message about no one or a null row. GIL released, ``threads`` cores (default: all).
    ``diagnosis_columns`` names the fields of ``diagnosis`` to build (default: all).
    ``rechunk=False``, or more text in a column than one array holds, gives a
    ``pyarrow.ChunkedArray``."""

def _arrow_schema(
    messages: bool = False, columns: Optional[Sequence[str]] = None
) -> _ArrowSchema: ...

def queue_outcome(
    diagnosis: Diagnosis,
    profile: Union[QueueProfile, str],
    first_attempt: datetime.datetime,
    now: datetime.datetime,
) -> QueueOutcome:
    """What the sending queue does with a diagnosed message under ``profile`` at ``now``."""

def codes() -> list[CodeRecord]:
    """Every code mfi knows: the MFI codes, the Exchange table, the IANA registry."""

def cause_text(cause: Union[Cause, str], locale: Optional[str] = None) -> str:
    """The description of a cause, in ``locale`` (default English)."""

def read_message(
    data: Union[bytes, bytearray, memoryview, str],
    *,
    connector: Union[ConnectorTarget, str, None] = None,
    profile: Union[QueueProfile, str, None] = None,
    first_attempt: Optional[datetime.datetime] = None,
    now: Optional[datetime.datetime] = None,
    max_len: Optional[int] = None,
    max_message_len: Optional[int] = None,
    origin: Union[Origin, str, None] = None,
    locale: Optional[str] = None,
) -> Report:
    """Reads one message (bounce, delay notice, NDR, auto-reply, feedback report) into a
    ``Report`` with one diagnosis per recipient."""

def read_mailbox(
    path: Union[str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]],
    *,
    connector: Union[ConnectorTarget, str, None] = None,
    profile: Union[QueueProfile, str, None] = None,
    first_attempt: Optional[datetime.datetime] = None,
    now: Optional[datetime.datetime] = None,
    max_len: Optional[int] = None,
    max_message_len: Optional[int] = None,
    origin: Union[Origin, str, None] = None,
    locale: Optional[str] = None,
) -> Iterator[Report]:
    """Reads the messages of an mbox, a Maildir, a folder or a file, one at a time."""

def _cli_main(args: list[str]) -> int: ...
def _restore_diagnosis(
    text: str,
    connector: str,
    truncated: bool,
    queue: Optional[str],
    origin: str = "unknown",
    locale: str = "en",
    stated: str = "unknown",
) -> Diagnosis: ...
def _restore_remediation(
    id: str, actor: Optional[str] = None, locale: str = "en"
) -> Remediation: ...
def _restore_reply(
    reply_code: Optional[int], enhanced_status: Optional[str], text: str
) -> Reply: ...
def _restore_queue(json: str) -> QueueOutcome: ...
def _restore_code_record(index: int) -> CodeRecord: ...
def _core_time_ns(text: str, n: int) -> float: ...
