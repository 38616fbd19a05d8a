"""Django's SQLite backend, asking its one question that took the write lock without it."""
