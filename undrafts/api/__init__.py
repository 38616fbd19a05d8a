"""The read-only JSON API: documents, comparisons, lineages and phrase search by symbol."""
