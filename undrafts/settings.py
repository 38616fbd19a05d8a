"""Settings for undrafts: one module, read from the environment.

Development defaults work out of the box (SQLite, local memory cache) once DJANGO_DEBUG=1.
Production sets DJANGO_DEBUG=0, SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL and CACHE_URL.
"""

import datetime as dt
import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


class SettingError(ValueError):
    """An environment variable holds a value we refuse to guess at."""


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def split_list(text: str) -> list[str]:
    """ "a, b,,c" -> ["a", "b", "c"]: the one comma-separated list reader."""
    return [item.strip() for item in text.split(",") if item.strip()]


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    word = value.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise SettingError(f"{name} must be 1/true/yes/on or 0/false/no/off; got {value[:40]!r}.")


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    word = value.strip()
    if not (word.isascii() and word.isdigit()) or int(word) < minimum:
        raise SettingError(f"{name} must be a whole number from {minimum}; got {value[:40]!r}.")
    return int(word)


def env_list(name: str, default: str) -> list[str]:
    items = split_list(os.environ.get(name, default))
    bad = [item for item in items if any(ch.isspace() for ch in item)]
    if bad:
        raise SettingError(
            f"{name} is a comma-separated list whose items hold no spaces; got {bad[0][:40]!r}."
        )
    return items


# Off unless asked for: a server started without the variable must not show tracebacks.
# `make run`, `make setup` and the tests set it (tests/django_settings.py).
DEBUG = env_bool("DJANGO_DEBUG", False)
# A fixed key is only acceptable while DEBUG is on; production must set SECRET_KEY.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise RuntimeError(
            "SECRET_KEY must be set when DJANGO_DEBUG is off "
            "(for development, set DJANGO_DEBUG=1 or use `make run`)."
        )
    SECRET_KEY = "dev-only-insecure-key-" + "x" * 40

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

# dumpdata, loaddata and backups keep microseconds (Django's own JSON keeps milliseconds).
SERIALIZATION_MODULES = {"json": "undrafts.documents.exact_json"}

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "undrafts.documents",
    "undrafts.search",
    "undrafts.proceedings",
    "undrafts.web",
    "undrafts.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "undrafts.urls"
WSGI_APPLICATION = "undrafts.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
            ],
        },
    },
]

DB_BUSY_TIMEOUT = env_int("DB_BUSY_TIMEOUT", 20, minimum=1)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers carry on while an import writes. A write waits DB_BUSY_TIMEOUT seconds
    # for the one write lock (BEGIN IMMEDIATE, so it waits at the start, never midway);
    # past that a web request gets a 503 with a retry hint and an import tries again.
    DATABASES["default"]["ENGINE"] = "undrafts.sqlite"  # Django's, minus a probe that locked
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": DB_BUSY_TIMEOUT,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = env_int("DB_CONN_MAX_AGE", 60)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

_cache_url = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")
if _cache_url == "dummy://":
    # Caching off: every comparison is computed afresh (the load benchmark's baseline).
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
elif _cache_url:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _cache_url,
            "KEY_PREFIX": "undrafts",
            "TIMEOUT": 60 * 60 * 24 * 30,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "undrafts",
            "TIMEOUT": 60 * 60 * 24,
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    }

# Rendered comparison pages are kept this long; their texts' versions are in the key, so
# an edit shows at once, while notes around them (votes, the pickers' list) may lag.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Uploads: drafts are small; refuse anything larger before it reaches the parser.
MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_BYTES", 10 * 1024 * 1024, minimum=1)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES + 1024 * 1024
# Seconds one phrase search may spend in the database before it answers 503.
SEARCH_TIME_LIMIT = float(os.environ.get("SEARCH_TIME_LIMIT", "2"))
FILE_UPLOAD_HANDLERS = ["undrafts.documents.uploads.CappedUploadHandler"]

# What one document may hold, the same at import, edit and re-import (documents/limits.py).
# Real resolutions stay far below: the oceans resolution has about 350 paragraphs, and the
# longest paragraph in the seeds and the real PDFs is about 4,500 characters.
MAX_PARAGRAPH_CHARS = env_int("MAX_PARAGRAPH_CHARS", 20_000, minimum=1)
MAX_DOCUMENT_PARAGRAPHS = env_int("MAX_DOCUMENT_PARAGRAPHS", 5_000, minimum=1)

LOGIN_URL = "admin:login"

# Sign-in throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one account
# from one address, that pair is refused for AXES_COOLOFF_MINUTES. Keyed on the pair, so a
# stranger guessing at an editor's account from elsewhere cannot lock the editor out.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_VERBOSE = False

# Security headers. Cookies and HSTS are strict whenever DEBUG is off.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True  # no script reads it: only the admin's forms post, with the token
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
# A load balancer's health check speaks plain HTTP to the application host.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
if env_bool("BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Only our own scripts and styles; no inline script, no CDN.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # axes logs every sign-in at INFO; lockouts come at WARNING.
    "loggers": {"django.request": {"level": "ERROR"}, "axes": {"level": "WARNING"}},
}
