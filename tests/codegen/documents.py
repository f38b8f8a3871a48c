"""Small OpenAPI documents, one per feature the pinned spec does not use (yet).

Each is run through the real pipeline by ``conftest.py``. Cases name what the generated
code must do with a payload; everything else (model round trips) is derived from the
schemas.
"""

from __future__ import annotations

from typing import Any

REF = "#/components/schemas/"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": REF + name}


def _doc(version: str, schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "feature", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def _ok(schema: dict[str, Any], content_type: str = "application/json") -> dict[str, Any]:
    return {"200": {"description": "", "content": {content_type: {"schema": schema}}}}


_PETS = {
    "Cat": {
        "type": "object",
        "required": ["petType", "lives"],
        "properties": {"petType": {"type": "string"}, "lives": {"type": "integer"}},
    },
    "Dog": {
        "type": "object",
        "required": ["petType", "bark"],
        "properties": {"petType": {"type": "string"}, "bark": {"type": "string"}},
    },
}
_PET_MAPPING = {"propertyName": "petType", "mapping": {"cat": REF + "Cat", "dog": REF + "Dog"}}

# name -> (document, cases). A union case: (model, payload, attribute, expected class
# name, or "None"/"UNSET"/"UnknownVariant"). An endpoint case: (module, arguments built
# from the package, expected request content type, response status, response body,
# expected parsed class name).
DOCUMENTS: dict[str, dict[str, Any]] = {
    "nullable_union_30": {
        "document": _doc(
            "3.0.3",
            {
                **_PETS,
                "Owner": {
                    "type": "object",
                    "required": ["pet"],
                    "properties": {
                        "pet": {"oneOf": [_ref("Cat"), _ref("Dog")], "discriminator": _PET_MAPPING, "nullable": True},
                        "name": {"type": "string", "nullable": True},
                    },
                },
            },
        ),
        "unions": [
            ("Owner", {"pet": {"petType": "dog", "bark": "woof"}}, "pet", "Dog"),
            ("Owner", {"pet": {"petType": "cat", "lives": 9}}, "pet", "Cat"),
            ("Owner", {"pet": None}, "pet", "None"),
            ("Owner", {"pet": {"petType": "bird", "wings": 2}}, "pet", "UnknownVariant"),
        ],
    },
    "nullable_union_31": {
        "document": _doc(
            "3.1.0",
            {
                **_PETS,
                "Level": {"type": "string", "enum": ["low", "high"]},
                "Owner": {
                    "type": "object",
                    "required": ["pet", "best"],
                    "properties": {
                        "pet": {"oneOf": [_ref("Cat"), _ref("Dog"), {"type": "null"}], "discriminator": _PET_MAPPING},
                        "best": {"oneOf": [_ref("Dog"), {"type": "null"}]},
                        "level": {"oneOf": [_ref("Level"), {"type": "null"}]},
                        "anything": {"oneOf": [{}, {"type": "integer"}]},
                        "scalar": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
                    },
                },
            },
        ),
        "unions": [
            ("Owner", {"pet": {"petType": "dog", "bark": "w"}, "best": None}, "pet", "Dog"),
            ("Owner", {"pet": {"petType": "cat", "lives": 1}, "best": None}, "pet", "Cat"),
            ("Owner", {"pet": None, "best": {"petType": "dog", "bark": "w"}}, "pet", "None"),
            ("Owner", {"pet": None, "best": {"petType": "dog", "bark": "w"}}, "best", "Dog"),
            ("Owner", {"pet": None, "best": None}, "best", "None"),
        ],
        "fallbacks": ["schemas.Owner.properties.anything", "schemas.Owner.properties.scalar"],
    },
    "allof_variants": {
        "document": _doc(
            "3.0.3",
            {
                "Base": {
                    "type": "object",
                    "required": ["kind"],
                    "properties": {"kind": {"type": "string"}, "id": {"type": "string"}},
                },
                "Circle": {
                    "allOf": [
                        _ref("Base"),
                        {"type": "object", "required": ["radius"], "properties": {"radius": {"type": "number"}}},
                    ]
                },
                "Square": {
                    "allOf": [
                        _ref("Base"),
                        {"type": "object", "required": ["side"], "properties": {"side": {"type": "number"}}},
                    ]
                },
                "Shape": {"oneOf": [_ref("Circle"), _ref("Square")], "discriminator": {"propertyName": "kind"}},
                "Drawing": {"type": "object", "required": ["shape"], "properties": {"shape": _ref("Shape")}},
            },
        ),
        "unions": [
            ("Drawing", {"shape": {"kind": "Circle", "radius": 1.5}}, "shape", "Circle"),
            ("Drawing", {"shape": {"kind": "Square", "side": 2.0}}, "shape", "Square"),
            ("Drawing", {"shape": {"kind": "Hexagon", "side": 2.0}}, "shape", "UnknownVariant"),
        ],
    },
    "inline_union_operation": {
        "document": _doc(
            "3.0.3",
            _PETS,
            {
                "/pets": {
                    "post": {
                        "operationId": "addPet",
                        "requestBody": {
                            "required": True,
                            "content": {"application/json": {"schema": {"oneOf": [_ref("Cat"), _ref("Dog")]}}},
                        },
                        "responses": _ok({"oneOf": [_ref("Cat"), _ref("Dog")], "discriminator": _PET_MAPPING}),
                    }
                }
            },
        ),
        "endpoints": [
            (
                "add_pet",
                lambda p: {"body": p.models.Dog(pet_type="dog", bark="w")},
                "application/json",
                200,
                {"petType": "dog", "bark": "w"},
                "Dog",
            ),
            (
                "add_pet",
                lambda p: {"body": p.models.Cat(pet_type="cat", lives=3)},
                "application/json",
                200,
                {"petType": "cat", "lives": 3},
                "Cat",
            ),
            (
                "add_pet",
                lambda p: {"body": p.models.Cat(pet_type="cat", lives=3)},
                "application/json",
                200,
                {"petType": "emu", "x": 1},
                "UnknownVariant",
            ),
        ],
    },
    "bodies_and_binary": {
        "document": _doc(
            "3.0.3",
            {
                "Upload": {
                    "type": "object",
                    "required": ["file", "label"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "label": {"type": "string"},
                        "count": {"type": "integer"},
                    },
                },
                "Form": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
                },
            },
            {
                "/upload": {
                    "post": {
                        "operationId": "upload",
                        "requestBody": {
                            "required": True,
                            "content": {"multipart/form-data": {"schema": _ref("Upload")}},
                        },
                        "responses": _ok({"type": "string", "format": "binary"}, "application/octet-stream"),
                    }
                },
                "/raw": {
                    "post": {
                        "operationId": "sendRaw",
                        "requestBody": {
                            "required": True,
                            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
                        },
                        "responses": _ok(_ref("Form")),
                    }
                },
                "/form": {
                    "post": {
                        "operationId": "sendForm",
                        "requestBody": {
                            "required": True,
                            "content": {"application/x-www-form-urlencoded": {"schema": _ref("Form")}},
                        },
                        "responses": _ok(_ref("Form")),
                    }
                },
            },
        ),
        "endpoints": [
            (
                "upload",
                lambda p: {
                    "body": p.models.Upload(
                        file=p.types.File(payload=__import__("io").BytesIO(b"abc"), file_name="a.txt"), label="x"
                    )
                },
                "multipart/form-data",
                200,
                b"\x00\x01",
                "File",
            ),
            (
                "send_raw",
                lambda p: {"body": p.types.File(payload=__import__("io").BytesIO(b"abc"))},
                "application/octet-stream",
                200,
                {"name": "n"},
                "Form",
            ),
            (
                "send_form",
                lambda p: {"body": p.models.Form(name="n", age=3)},
                "application/x-www-form-urlencoded",
                200,
                {"name": "n", "age": 3},
                "Form",
            ),
        ],
    },
    "const": {
        "document": _doc(
            "3.1.0",
            {
                "Ping": {
                    "type": "object",
                    "required": ["kind", "n"],
                    "properties": {"kind": {"const": "ping"}, "n": {"type": "integer"}},
                }
            },
            {
                "/ping": {
                    "get": {
                        "operationId": "ping",
                        "parameters": [{"name": "mode", "in": "query", "required": True, "schema": {"const": "fast"}}],
                        "responses": _ok({"const": "pong"}),
                    }
                }
            },
        ),
        "endpoints": [("ping", lambda p: {"mode": "fast"}, None, 200, "pong", "str")],
    },
    "enums": {
        "document": _doc(
            "3.0.3",
            {
                "Color": {"type": "string", "enum": ["red", "green"]},
                "Size": {"type": "integer", "enum": [1, 2, 3]},
                "Shirt": {
                    "type": "object",
                    "required": ["color", "size"],
                    "properties": {
                        "color": _ref("Color"),
                        "size": _ref("Size"),
                        "tags": {"type": "array", "items": _ref("Color")},
                    },
                },
            },
        ),
        "unknown_values": [
            ("Shirt", {"color": "purple", "size": 7, "tags": ["red", "teal"]}, ["color", "size", "tags"])
        ],
    },
    "type_lists": {
        "document": _doc(
            "3.1.0",
            {
                "Mixed": {
                    "type": "object",
                    "required": ["a", "b"],
                    "properties": {
                        "a": {"type": ["string", "null"]},
                        "b": {"type": ["integer", "string"]},
                        "c": {"type": ["number", "null"]},
                    },
                }
            },
        ),
    },
    "models_misc": {
        "document": _doc(
            "3.0.3",
            {
                "Empty": {"type": "object", "properties": {}},
                "Named": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string", "format": "uuid"}},
                },
                "Stamped": {
                    "type": "object",
                    "required": ["day"],
                    "properties": {
                        "day": {"type": "string", "format": "date"},
                        "at": {"type": "string", "format": "date-time"},
                    },
                },
                "Merged": {
                    "allOf": [
                        _ref("Named"),
                        _ref("Stamped"),
                        {"type": "object", "properties": {"note": {"type": "string"}}},
                    ]
                },
                "Scores": {
                    "type": "object",
                    "properties": {"total": {"type": "integer"}},
                    "additionalProperties": {"type": "integer"},
                },
                "Tree": {
                    "type": "object",
                    "required": ["value"],
                    "properties": {"value": {"type": "integer"}, "children": {"type": "array", "items": _ref("Tree")}},
                    "additionalProperties": _ref("Tree"),
                },
                "Keywords": {
                    "type": "object",
                    "required": ["class"],
                    "properties": {
                        "class": {"type": "string"},
                        "from": {"type": "integer"},
                        "with-dash": {"type": "boolean"},
                        "$dollar": {"type": "string"},
                        'quote"d': {"type": "string"},
                    },
                },
            },
        ),
    },
    "query_params": {
        "document": _doc(
            "3.0.3",
            {
                "Color": {"type": "string", "enum": ["red", "green"]},
                "Filter": {"type": "object", "properties": {"q": {"type": "string"}}},
            },
            {
                "/search": {
                    "get": {
                        "operationId": "search",
                        "parameters": [
                            {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}},
                            {"name": "colors", "in": "query", "schema": {"type": "array", "items": _ref("Color")}},
                            {
                                "name": "filter",
                                "in": "query",
                                "style": "deepObject",
                                "explode": True,
                                "schema": _ref("Filter"),
                            },
                            {
                                "name": "either",
                                "in": "query",
                                "schema": {"oneOf": [{"type": "integer"}, _ref("Color")]},
                            },
                        ],
                        "responses": _ok(_ref("Filter")),
                    }
                }
            },
        ),
        "fallbacks": ["paths./search.get.parameters[3].schema"],
        "endpoints": [
            (
                "search",
                lambda p: {
                    "ids": [1, 2],
                    "colors": [p.models.Color.RED],
                    "filter_": p.models.Filter(q="x"),
                    "either": p.models.Color.GREEN,
                },
                None,
                200,
                {"q": "x"},
                "Filter",
            ),
        ],
    },
}
