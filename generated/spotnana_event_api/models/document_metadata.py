from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError, UnknownVariantError
from ..models.document_type import DocumentType
from ..models.entity_type import EntityType
from ..types import (
    UnknownVariant,
    check_request_json,
    enum_field,
    lazy_variant,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.event_metadata_wrapper import EventMetadataWrapper
    from ..models.pnr_metadata_wrapper import PnrMetadataWrapper


T = TypeVar("T", bound="DocumentMetadata")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "documentType",
        "entityType",
        "entityId",
        "entityMetadata",
        "name",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "documentType",
        "entityType",
        "entityId",
        "entityMetadata",
        "name",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "documentType": ("document_type", True, ("enum", "document_type", "DocumentType"), None),
    "entityType": ("entity_type", True, ("enum", "entity_type", "EntityType"), None),
    "entityId": ("entity_id", True, ("str",), None),
    "entityMetadata": (
        "entity_metadata",
        True,
        (
            "union",
            (
                ("model", "pnr_metadata_wrapper", "PnrMetadataWrapper"),
                ("model", "event_metadata_wrapper", "EventMetadataWrapper"),
            ),
        ),
        None,
    ),
    "name": ("name", True, ("str",), None),
}


def _enum_document_type(value: DocumentType | str) -> DocumentType:
    converted: DocumentType = enum_field(value, DocumentType, "DocumentMetadata", "document_type", required=True)
    return converted


def _enum_entity_type(value: EntityType | str) -> EntityType:
    converted: EntityType = enum_field(value, EntityType, "DocumentMetadata", "entity_type", required=True)
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class DocumentMetadata:
    """
    Attributes:
        document_type (DocumentType): JSON ``documentType``; example VISA; one of BOARDING_PASS, CONFIRMATION, INVOICE,
            VISA, MISCELLANEOUS, OTHERS, TASK_PROCESSOR, EVENT_COVER_IMAGE, LOGO_IMAGE.
        entity_type (EntityType): JSON ``entityType``; example PNR; one of PNR, COMPANY, AIR_ITINERARY, EVENT,
            LOCATION_IMAGE, AIR_COMMISSION_CONTRACT.
        entity_id (str): JSON ``entityId``; example 123124.
        entity_metadata (EventMetadataWrapper | PnrMetadataWrapper): JSON ``entityMetadata``.
        name (str): JSON ``name``; example BoardingPass.pdf.
    """

    document_type: DocumentType = _attrs_field(converter=_enum_document_type)
    entity_type: EntityType = _attrs_field(converter=_enum_entity_type)
    entity_id: str
    entity_metadata: EventMetadataWrapper | PnrMetadataWrapper | UnknownVariant
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON document of an instance from from_dict while some fields are not parsed yet
    # (see types.LazyDocument, types.PartialDocument); None once they are, and for an
    # instance built by the caller.
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _json_fields = _JSON_FIELDS  # the request direction's check (types.check_request_json)
    # attribute -> (JSON key, parser) of each field, and the keys whose null is absent, for
    # types.PartialDocument (set below).
    _field_parsers: ClassVar[dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]]]
    _null_means_absent: ClassVar[frozenset[str]]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the spec's keys in spec order, then any key the spec does not list.
        An instance from ``from_dict`` whose fields were never read or set writes back the
        document it was parsed from, in the server's order (a copy, less ``null`` optional
        fields)."""
        try:
            document_type = self.document_type.value

            entity_type = self.entity_type.value

            entity_id = self.entity_id

            entity_metadata: dict[str, Any]
            if isinstance(self.entity_metadata, PnrMetadataWrapper):
                entity_metadata = self.entity_metadata.to_dict()
            else:
                entity_metadata = self.entity_metadata.to_dict()

            name = self.name

            field_dict: dict[str, Any] = {}
            field_dict["documentType"] = document_type
            field_dict["entityType"] = entity_type
            field_dict["entityId"] = entity_id
            field_dict["entityMetadata"] = entity_metadata
            field_dict["name"] = name
            if self.additional_properties:
                for prop_name, prop in self.additional_properties.items():
                    field_dict.setdefault(prop_name, prop)
            return field_dict

        except AttributeError as exc:  # a value set in another form than the field's type
            return to_dict_prepared(self, exc)

    # The fields that are set, in spec order (types.model_repr); to_json(indent=2) is the JSON text.
    __repr__ = model_repr
    to_json = model_to_json

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object; its fields are parsed when one is first read or set.

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"DocumentMetadata: expected a JSON object, got {type(src_dict).__name__}")
        if not (
            "documentType" in src_dict
            and "entityType" in src_dict
            and "entityId" in src_dict
            and "entityMetadata" in src_dict
            and "name" in src_dict
        ):
            raise MissingRequiredFieldError("DocumentMetadata", min(_REQUIRED_KEYS - src_dict.keys()))
        if cls is DocumentMetadata:
            lazy: T = _LAZY.__new__(_LAZY)
            _set_raw(lazy, src_dict)
            return lazy
        # A subclass of the caller's is parsed now, as a model of scalars is.
        instance = cls.__new__(cls)
        instance._raw = src_dict  # while parsing: a deprecated field set now is not the caller's
        try:
            _parse_document(instance, src_dict)
        except Exception:  # only reading the malformed field will raise (types.PartialDocument)
            parsed_in_part(instance, src_dict)
            return instance
        instance._raw = None
        return instance

    @classmethod
    def from_request(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a request body after checking it strictly, as the SDK checks bodies it sends:
        ``RequestValidationError`` names an unknown key (and the closest known one), a
        value of the wrong JSON type, an enum value the spec does not list, a broken
        pattern or bound. Responses go through the tolerant ``from_dict``."""
        check_request_json(cls, src_dict)
        return cls.from_dict(src_dict)

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


def _parse_document_type(d: Mapping[str, Any]) -> DocumentType:
    document_type = DocumentType._members[d["documentType"]]

    return document_type


def _parse_entity_type(d: Mapping[str, Any]) -> EntityType:
    entity_type = EntityType._members[d["entityType"]]

    return entity_type


def _parse_entity_id(d: Mapping[str, Any]) -> str:
    entity_id: str = d["entityId"]
    if type(entity_id) is not str:
        entity_id = read_as("str", entity_id, "DocumentMetadata", "entityId")

    return entity_id


def _parse_entity_metadata(d: Mapping[str, Any]) -> EventMetadataWrapper | PnrMetadataWrapper | UnknownVariant:
    _entity_metadata_data = d["entityMetadata"]
    entity_metadata: EventMetadataWrapper | PnrMetadataWrapper | UnknownVariant
    if not isinstance(_entity_metadata_data, dict):
        raise UnknownVariantError("EventMetadataWrapper | PnrMetadataWrapper", _entity_metadata_data)
    elif "travelType" in _entity_metadata_data:
        entity_metadata = PnrMetadataWrapper.from_dict(_entity_metadata_data)
    elif "eventMetadata" in _entity_metadata_data:
        entity_metadata = EventMetadataWrapper.from_dict(_entity_metadata_data)
    else:
        entity_metadata = UnknownVariant(_entity_metadata_data)

    return entity_metadata


def _parse_name(d: Mapping[str, Any]) -> str:
    name: str = d["name"]
    if type(name) is not str:
        name = read_as("str", name, "DocumentMetadata", "name")

    return name


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: DocumentMetadata, d: Mapping[str, Any]) -> None:
    document_type = DocumentType._members[d["documentType"]]

    self.document_type = document_type
    entity_type = EntityType._members[d["entityType"]]

    self.entity_type = entity_type
    entity_id: str = d["entityId"]
    if type(entity_id) is not str:
        entity_id = read_as("str", entity_id, "DocumentMetadata", "entityId")

    self.entity_id = entity_id
    _entity_metadata_data = d["entityMetadata"]
    entity_metadata: EventMetadataWrapper | PnrMetadataWrapper | UnknownVariant
    if not isinstance(_entity_metadata_data, dict):
        raise UnknownVariantError("EventMetadataWrapper | PnrMetadataWrapper", _entity_metadata_data)
    elif "travelType" in _entity_metadata_data:
        entity_metadata = PnrMetadataWrapper.from_dict(_entity_metadata_data)
    elif "eventMetadata" in _entity_metadata_data:
        entity_metadata = EventMetadataWrapper.from_dict(_entity_metadata_data)
    else:
        entity_metadata = UnknownVariant(_entity_metadata_data)

    self.entity_metadata = entity_metadata
    name: str = d["name"]
    if type(name) is not str:
        name = read_as("str", name, "DocumentMetadata", "name")

    self.name = name
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "document_type": ("documentType", _parse_document_type),
    "entity_type": ("entityType", _parse_entity_type),
    "entity_id": ("entityId", _parse_entity_id),
    "entity_metadata": ("entityMetadata", _parse_entity_metadata),
    "name": ("name", _parse_name),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
DocumentMetadata._field_parsers = _PARSERS
DocumentMetadata._null_means_absent = _NULL_MEANS_ABSENT


_LAZY: Any = lazy_variant(DocumentMetadata, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = DocumentMetadata.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.event_metadata_wrapper import EventMetadataWrapper
from ..models.pnr_metadata_wrapper import PnrMetadataWrapper
