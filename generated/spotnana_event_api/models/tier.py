from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import EnumMembers


class Tier(StrEnum):
    """Known values at generation time. A value the server added later parses to an
    unknown member (``is_unknown``) that compares unequal to these and round-trips."""

    BASIC = "BASIC"
    SEAT1A = "SEAT1A"

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


Tier._members = EnumMembers(Tier)
