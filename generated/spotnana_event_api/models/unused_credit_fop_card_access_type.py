from enum import StrEnum
from typing import Any, Self


class UnusedCreditFopCardAccessType(StrEnum):
    """Known values at generation time. A value the server added later parses to an
    unknown member (``is_unknown``) that compares unequal to these and round-trips."""

    CARD_ACCESS_CENTRAL = "CARD_ACCESS_CENTRAL"
    CARD_ACCESS_CORPORATE = "CARD_ACCESS_CORPORATE"
    CARD_ACCESS_PERSONAL = "CARD_ACCESS_PERSONAL"

    @classmethod
    def _from_json(cls, value: Any) -> Self:
        # A dict lookup first: parsing a response is the hot path.
        member = _BY_VALUE.get(value)
        return member if member is not None else cls(value)

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


# value -> member, for _from_json.
_BY_VALUE: dict[Any, UnusedCreditFopCardAccessType] = {
    member._value_: member for member in UnusedCreditFopCardAccessType
}
