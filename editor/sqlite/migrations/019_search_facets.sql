-- A submission's search rows end with facet tokens naming its unit, kind
-- and year (editor/search_facets.go), so the 来稿 list's count of a text
-- and a unit, a kind or whole years is one query of the index instead of
-- every match of the text gathered and filtered. The tokens are made in Go:
-- forgetting the token scheme makes the archive rebuild its index after the
-- migrations (ensureSearchIndexTx), now with the facets.
DELETE FROM settings WHERE key = 'search_tokens';
