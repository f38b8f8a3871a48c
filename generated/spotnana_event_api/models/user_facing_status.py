from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import EnumMembers


class UserFacingStatus(StrEnum):
    """Known values at generation time. A value the server added later parses to an
    unknown member (``is_unknown``) that compares unequal to these and round-trips."""

    ACTIVE_STATUS = "ACTIVE_STATUS"
    AIRLINE_CONTROL_STATUS = "AIRLINE_CONTROL_STATUS"
    APPROVAL_DENIED_STATUS = "APPROVAL_DENIED_STATUS"
    APPROVAL_REQUESTED_STATUS = "APPROVAL_REQUESTED_STATUS"
    CANCELLATION_IN_PROGRESS_STATUS = "CANCELLATION_IN_PROGRESS_STATUS"
    CANCELLED_STATUS = "CANCELLED_STATUS"
    COMPLETED_STATUS = "COMPLETED_STATUS"
    CONFIRMED_STATUS = "CONFIRMED_STATUS"
    FLIGHT_UNCONFIRMED_STATUS = "FLIGHT_UNCONFIRMED_STATUS"
    HOLD_STATUS = "HOLD_STATUS"
    INOPERATIVE_STATUS = "INOPERATIVE_STATUS"
    PAYMENT_DECLINED_STATUS = "PAYMENT_DECLINED_STATUS"
    PENDING_STATUS = "PENDING_STATUS"
    PROCESSING_STATUS = "PROCESSING_STATUS"
    REFUNDED_STATUS = "REFUNDED_STATUS"
    SCHEDULE_CHANGE_STATUS = "SCHEDULE_CHANGE_STATUS"
    UNCONFIRMED_STATUS = "UNCONFIRMED_STATUS"
    UNKNOWN_STATUS = "UNKNOWN_STATUS"
    VOIDED_STATUS = "VOIDED_STATUS"

    if TYPE_CHECKING:
        # value -> member, for parsing: a known value costs one dict lookup (set below).
        _members: ClassVar[EnumMembers[Self]]

    @classmethod
    def _from_json(cls, value: Any) -> Self:
        return cls._members[value]

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec did not list when this SDK was generated."""
        return self._value_ not in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)


UserFacingStatus._members = EnumMembers(UserFacingStatus)
