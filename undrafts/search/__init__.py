"""Phrase search over every stored paragraph, through a full-text index.

`selectors.phrase_search()` is the one entry point for the page and the API; `terms`,
`highlight` and `queries` hold the parts (the first two plain Python, no Django).
"""
