"""Errors raised by the generated layer."""


class SpotnanaError(Exception):
    """Base class of every error this SDK raises (``spotnana_events`` re-exports it), here so
    that parse errors raised when a lazily parsed field is first read are ones too."""


class UnexpectedStatus(SpotnanaError):
    """An undocumented status code, raised when ``Client.raise_on_unexpected_status`` is true."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code} ({len(content)} bytes of content)")


class ModelParseError(SpotnanaError, ValueError):
    """A JSON document does not fit the model it is parsed into."""


class MissingRequiredFieldError(ModelParseError):
    """A field the spec marks required is absent."""

    def __init__(self, model: str, field: str) -> None:
        self.model = model
        self.field = field
        super().__init__(f"{model}: required field {field!r} is missing")

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return type(self), (self.model, self.field)  # pickles (across processes) with its fields


class UnsetFieldError(MissingRequiredFieldError):
    """A field the caller requires (``model.require(name)``) is absent from the document, or
    ``null``: the server left it out, though the spec lets it."""

    def __init__(self, model: str, field: str) -> None:
        self.model = model
        self.field = field
        ModelParseError.__init__(self, f"{model}.{field} is not set: the server left it out")


class RequestValidationError(SpotnanaError, ValueError):
    """A request body does not fit the spec (unknown key, wrong JSON type, value not listed):
    raised before anything is sent. ``path`` names the model and the JSON path of the problem."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class UnknownVariantError(ModelParseError):
    """A ``oneOf`` value matches none of the variants the spec lists."""

    def __init__(self, union: str, data: object) -> None:
        self.union = union
        self.data = data
        seen = sorted(data) if isinstance(data, dict) else type(data).__name__
        super().__init__(f"{union}: no variant matches the value (keys: {seen})")


__all__ = [
    "MissingRequiredFieldError",
    "ModelParseError",
    "RequestValidationError",
    "SpotnanaError",
    "UnexpectedStatus",
    "UnknownVariantError",
    "UnsetFieldError",
]
