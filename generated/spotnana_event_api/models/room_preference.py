from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.room_preference_bed_count import RoomPreferenceBedCount
from ..models.room_preference_most_important_fact import RoomPreferenceMostImportantFact
from ..models.room_preference_pillow_type import RoomPreferencePillowType
from ..models.room_preference_room_amenity_prefs_item import RoomPreferenceRoomAmenityPrefsItem
from ..models.room_preference_room_location import RoomPreferenceRoomLocation
from ..models.room_preference_room_type import RoomPreferenceRoomType
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="RoomPreference")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "isMobilityAccessible",
        "bedCount",
        "roomType",
        "mostImportantFact",
        "roomLocation",
        "pillowType",
        "roomAmenityPrefs",
    }
)


@_attrs_define
class RoomPreference:
    """
    Attributes:
        is_mobility_accessible (bool | Unset):  Default: False. Example: False.
        bed_count (RoomPreferenceBedCount | Unset):  Example: ONE_BED.
        room_type (RoomPreferenceRoomType | Unset):  Example: SMOKING.
        most_important_fact (RoomPreferenceMostImportantFact | Unset):  Example: BED_COUNT.
        room_location (RoomPreferenceRoomLocation | Unset):  Example: HIGH_FLOOR.
        pillow_type (RoomPreferencePillowType | Unset):  Example: FOAM.
        room_amenity_prefs (list[RoomPreferenceRoomAmenityPrefsItem] | Unset):
    """

    is_mobility_accessible: bool | Unset = False
    bed_count: RoomPreferenceBedCount | Unset = UNSET
    room_type: RoomPreferenceRoomType | Unset = UNSET
    most_important_fact: RoomPreferenceMostImportantFact | Unset = UNSET
    room_location: RoomPreferenceRoomLocation | Unset = UNSET
    pillow_type: RoomPreferencePillowType | Unset = UNSET
    room_amenity_prefs: list[RoomPreferenceRoomAmenityPrefsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_mobility_accessible = self.is_mobility_accessible

        bed_count: str | Unset = UNSET
        if not isinstance(self.bed_count, Unset):
            bed_count = self.bed_count.value

        room_type: str | Unset = UNSET
        if not isinstance(self.room_type, Unset):
            room_type = self.room_type.value

        most_important_fact: str | Unset = UNSET
        if not isinstance(self.most_important_fact, Unset):
            most_important_fact = self.most_important_fact.value

        room_location: str | Unset = UNSET
        if not isinstance(self.room_location, Unset):
            room_location = self.room_location.value

        pillow_type: str | Unset = UNSET
        if not isinstance(self.pillow_type, Unset):
            pillow_type = self.pillow_type.value

        room_amenity_prefs: list[str] | Unset = UNSET
        if not isinstance(self.room_amenity_prefs, Unset):
            room_amenity_prefs = []
            for room_amenity_prefs_item_data in self.room_amenity_prefs:
                room_amenity_prefs_item = room_amenity_prefs_item_data.value
                room_amenity_prefs.append(room_amenity_prefs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_mobility_accessible is not UNSET:
            field_dict["isMobilityAccessible"] = is_mobility_accessible
        if bed_count is not UNSET:
            field_dict["bedCount"] = bed_count
        if room_type is not UNSET:
            field_dict["roomType"] = room_type
        if most_important_fact is not UNSET:
            field_dict["mostImportantFact"] = most_important_fact
        if room_location is not UNSET:
            field_dict["roomLocation"] = room_location
        if pillow_type is not UNSET:
            field_dict["pillowType"] = pillow_type
        if room_amenity_prefs is not UNSET:
            field_dict["roomAmenityPrefs"] = room_amenity_prefs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            is_mobility_accessible = _v if (_v := d.get("isMobilityAccessible")) is not None else PARSED_UNSET

            _bed_count = _v if (_v := d.get("bedCount")) is not None else PARSED_UNSET
            bed_count: RoomPreferenceBedCount | Unset
            if isinstance(_bed_count, Unset):
                bed_count = UNSET
            else:
                bed_count = RoomPreferenceBedCount(_bed_count)

            _room_type = _v if (_v := d.get("roomType")) is not None else PARSED_UNSET
            room_type: RoomPreferenceRoomType | Unset
            if isinstance(_room_type, Unset):
                room_type = UNSET
            else:
                room_type = RoomPreferenceRoomType(_room_type)

            _most_important_fact = _v if (_v := d.get("mostImportantFact")) is not None else PARSED_UNSET
            most_important_fact: RoomPreferenceMostImportantFact | Unset
            if isinstance(_most_important_fact, Unset):
                most_important_fact = UNSET
            else:
                most_important_fact = RoomPreferenceMostImportantFact(_most_important_fact)

            _room_location = _v if (_v := d.get("roomLocation")) is not None else PARSED_UNSET
            room_location: RoomPreferenceRoomLocation | Unset
            if isinstance(_room_location, Unset):
                room_location = UNSET
            else:
                room_location = RoomPreferenceRoomLocation(_room_location)

            _pillow_type = _v if (_v := d.get("pillowType")) is not None else PARSED_UNSET
            pillow_type: RoomPreferencePillowType | Unset
            if isinstance(_pillow_type, Unset):
                pillow_type = UNSET
            else:
                pillow_type = RoomPreferencePillowType(_pillow_type)

            _room_amenity_prefs = _v if (_v := d.get("roomAmenityPrefs")) is not None else PARSED_UNSET
            room_amenity_prefs: list[RoomPreferenceRoomAmenityPrefsItem] | Unset = UNSET
            if _room_amenity_prefs is not UNSET:
                room_amenity_prefs = []
                for room_amenity_prefs_item_data in _room_amenity_prefs:
                    room_amenity_prefs_item = RoomPreferenceRoomAmenityPrefsItem(room_amenity_prefs_item_data)

                    room_amenity_prefs.append(room_amenity_prefs_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("RoomPreference", str(exc.args[0])) from None
        room_preference = cls(
            is_mobility_accessible=is_mobility_accessible,
            bed_count=bed_count,
            room_type=room_type,
            most_important_fact=most_important_fact,
            room_location=room_location,
            pillow_type=pillow_type,
            room_amenity_prefs=room_amenity_prefs,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            room_preference.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return room_preference

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
