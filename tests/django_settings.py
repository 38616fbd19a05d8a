"""The tests' settings: the development settings, as `make run` uses them.

DEBUG is off unless DJANGO_DEBUG says otherwise (production's default), so the tests
ask for the development defaults (no HTTPS redirect, the development key) before the
one settings module reads the environment. Django's test runner still runs each test
with DEBUG off.
"""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")

from undrafts.settings import *  # noqa: F403

# Passwords are hashed with a fast hasher: sign-ins in tests need not resist guessing.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
