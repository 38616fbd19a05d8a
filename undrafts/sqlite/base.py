"""ENGINE "undrafts.sqlite": Django's SQLite backend with one feature probe changed.

Django asks whether SQLite supports JSON inside transaction.atomic; with transaction_mode
IMMEDIATE that waits for the write lock, so while an import writes, every other command's
system checks failed with "SQLite does not support JSONFields". JSON support belongs to
the SQLite library, not to the file, so it is asked of an in-memory database instead.
"""

import sqlite3

from django.db.backends.sqlite3 import base, features
from django.utils.functional import cached_property


class DatabaseFeatures(features.DatabaseFeatures):
    @cached_property
    def supports_json_field(self) -> bool:
        probe = sqlite3.connect(":memory:")
        try:
            probe.execute("""SELECT JSON('{"a": "b"}')""")
        except sqlite3.OperationalError:
            return False
        finally:
            probe.close()
        return True


class DatabaseWrapper(base.DatabaseWrapper):
    features_class = DatabaseFeatures
