"""DEBUG is off unless asked for; without it the settings demand a real SECRET_KEY."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import django; from django.conf import settings; django.setup(); "
    "print(settings.DEBUG, settings.SECURE_SSL_REDIRECT, settings.SESSION_COOKIE_SECURE)"
)


def settings_read(**variables: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_DEBUG", "SECRET_KEY")}
    env.update({"DJANGO_SETTINGS_MODULE": "undrafts.settings", **variables})
    return subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_without_django_debug_a_server_is_in_production_mode():
    probe = settings_read(SECRET_KEY="k" * 50)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["False", "True", "True"]


def test_without_django_debug_a_missing_secret_key_is_a_clear_refusal():
    probe = settings_read()
    assert probe.returncode != 0
    assert "SECRET_KEY must be set when DJANGO_DEBUG is off" in probe.stderr
    assert "DJANGO_DEBUG=1" in probe.stderr


def test_development_asks_for_debug_and_gets_the_development_key():
    probe = settings_read(DJANGO_DEBUG="1")
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["True", "False", "False"]
