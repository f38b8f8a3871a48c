from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.card import Card
    from ..models.date_time_range import DateTimeRange


T = TypeVar("T", bound="UATPInformation")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "card",
        "ticketingValidity",
        "travelValidity",
    }
)


@_attrs_define
class UATPInformation:
    """
    Attributes:
        card (Card):
        ticketing_validity (DateTimeRange):
        travel_validity (DateTimeRange):
    """

    card: Card
    ticketing_validity: DateTimeRange
    travel_validity: DateTimeRange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card = self.card.to_dict()

        ticketing_validity = self.ticketing_validity.to_dict()

        travel_validity = self.travel_validity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card": card,
                "ticketingValidity": ticketing_validity,
                "travelValidity": travel_validity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.card import Card  # noqa: PLC0415
        from ..models.date_time_range import DateTimeRange  # noqa: PLC0415

        d = src_dict
        try:
            card = Card.from_dict(d["card"])

            ticketing_validity = DateTimeRange.from_dict(d["ticketingValidity"])

            travel_validity = DateTimeRange.from_dict(d["travelValidity"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("UATPInformation", str(exc.args[0])) from None
        uatp_information = cls(
            card=card,
            ticketing_validity=ticketing_validity,
            travel_validity=travel_validity,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            uatp_information.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return uatp_information

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
