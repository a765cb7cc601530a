"""The local engine: :mod:`.ingest` (files -> cleaned articles in the store),
:mod:`.build` (duplicate groups and stories from the store) and :mod:`.export`."""
