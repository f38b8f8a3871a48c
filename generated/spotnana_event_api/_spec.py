"""The spec this package was generated from (see openapi/*.lock.json)."""

SPEC_SHA256 = "144814a28d3d9625fb5e914e15b94083419df9493afbd310c344c0cc0eda5db9"  # the pinned, prose-free copy
ORIGINAL_SPEC_SHA256 = (
    "ac44df8268c966e638bb1f2585981a4e5caf1cb4b3be2fcbc0627fb8b1938f32"  # the download it was derived from
)
SPEC_RETRIEVED = "2026-08-01"
