"""gunicorn settings for production: `make serve`, or gunicorn -c gunicorn.conf.py undrafts.wsgi."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
timeout = 30
graceful_timeout = 20
keepalive = 5
# A socket per worker, the kernel spreading connections across them. With one shared
# socket a few workers took most keep-alive connections, and under load a slow page
# waited up to 10 s at the tail (p99) while other workers sat idle.
reuse_port = True
# Recycling workers is off: with a socket per worker, a worker that exits drops the
# connections still queued on its socket. The load benchmark shows worker memory steady;
# GUNICORN_MAX_REQUESTS turns recycling on should a leak ever appear.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
preload_app = True
