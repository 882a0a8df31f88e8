"""Type stubs of mfi's native module (written by hand; checked by mypy.stubtest)."""

import datetime
from typing import Iterable, Optional, Union, final

from ._enums import (
    Actor,
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

__all__ = [
    "__version__",
    "CodeRecord",
    "Diagnosis",
    "MfiError",
    "QueueOutcome",
    "Remediation",
    "Reply",
    "TimeError",
    "UnknownNameError",
    "cause_text",
    "classify",
    "classify_many",
    "codes",
    "queue_outcome",
    "vocabulary",
    "_core_time_ns",
]

__version__: str


class MfiError(ValueError):
    """Base class of mfi's errors."""

class UnknownNameError(MfiError):
    """A queue profile or connector target name that mfi does not know."""

class TimeError(MfiError):
    """A naive datetime (no time zone), or one out of range."""

@final
class Remediation:
    """What to do (``text``) and who (``actor``)."""

    @property
    def id(self) -> RemediationId: ...
    @property
    def actor(self) -> Actor: ...
    @property
    def text(self) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Reply:
    """One reply of a chain."""

    @property
    def reply_code(self) -> Optional[int]: ...
    @property
    def enhanced_status(self) -> Optional[str]: ...
    @property
    def text(self) -> str: ...

@final
class QueueOutcome:
    """What the sending queue does next."""

    @property
    def profile(self) -> QueueProfile: ...
    @property
    def state(self) -> QueueState: ...
    @property
    def retry_window(self) -> datetime.timedelta: ...
    @property
    def first_attempt(self) -> datetime.datetime: ...
    @property
    def now(self) -> datetime.datetime: ...
    @property
    def expires_at(self) -> datetime.datetime: ...
    @property
    def remaining(self) -> datetime.timedelta: ...
    @property
    def next_delay_notice(self) -> Optional[datetime.datetime]: ...
    def to_dict(self) -> dict[str, object]: ...

@final
class Diagnosis:
    """The diagnosis of one failure text (immutable)."""

    @property
    def text(self) -> str: ...
    @property
    def reply_code(self) -> Optional[int]: ...
    @property
    def enhanced_status(self) -> Optional[str]: ...
    @property
    def severity(self) -> Severity: ...
    @property
    def mfi_code(self) -> Optional[MfiCode]: ...
    @property
    def mfi_match(self) -> Optional[MfiMatch]: ...
    @property
    def expired(self) -> bool: ...
    @property
    def reason(self) -> Reason: ...
    @property
    def causes(self) -> list[Cause]: ...
    @property
    def remediations(self) -> list[Remediation]: ...
    @property
    def chain(self) -> list[Reply]: ...
    @property
    def attributes(self) -> dict[str, str]: ...
    @property
    def queue(self) -> Optional[QueueOutcome]: ...
    @property
    def title(self) -> Optional[str]: ...
    @property
    def meaning(self) -> Optional[str]: ...
    def to_dict(self) -> dict[str, object]: ...
    def to_json(self) -> str: ...
    def render(self, number: int = 1, color: bool = False) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class CodeRecord:
    """One row of the knowledge table."""

    @property
    def code(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def meaning(self) -> str: ...
    @property
    def reason(self) -> Reason: ...
    @property
    def causes(self) -> tuple[Cause, ...]: ...
    def to_json(self) -> str: ...

def classify(
    text: Union[str, bytes],
    *,
    connector: Union[ConnectorTarget, str, None] = None,
    profile: Union[QueueProfile, str, None] = None,
    first_attempt: Optional[datetime.datetime] = None,
    now: Optional[datetime.datetime] = None,
) -> Diagnosis: ...
def classify_many(
    texts: Iterable[Union[str, bytes]],
    *,
    connector: Union[ConnectorTarget, str, None] = None,
    profile: Union[QueueProfile, str, None] = None,
    first_attempt: Optional[datetime.datetime] = None,
    now: Optional[datetime.datetime] = None,
) -> list[Diagnosis]: ...
def queue_outcome(
    diagnosis: Diagnosis,
    profile: Union[QueueProfile, str],
    first_attempt: datetime.datetime,
    now: datetime.datetime,
) -> QueueOutcome: ...
def codes() -> list[CodeRecord]: ...
def cause_text(cause: Union[Cause, str]) -> str: ...
def vocabulary() -> dict[str, list[tuple[str, str]]]: ...
def _core_time_ns(text: str, n: int) -> float: ...
