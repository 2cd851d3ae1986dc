"""Run the web application: on this computer for one person (127.0.0.1, no login), or for a
group on a server (--host, with logins). Django's own threaded WSGI server serves it."""

from __future__ import annotations

import logging
import socket
import webbrowser
from collections.abc import Callable
from typing import Any

from .database import SetupError
from .pdfpool import start_pool, stop_pool
from .settings import LOOPBACK, Options, configure, migrate

WILDCARDS = ("0.0.0.0", "::", "")


def check_options(options: Options, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names the server answers to; a hosted server on every address must be told its names."""
    if options.local:
        return ()
    if options.host in WILDCARDS and not names:
        raise SetupError(f"--host {options.host or '(empty)'} listens on every address, so spinout cannot tell "
                         "which names to answer to.",
                         hint="Add --name with the name people will use, such as --name coop.example.org.")
    return names if options.host in WILDCARDS else (options.host, *names)


def start(options: Options) -> None:
    """Django set up and the database brought up to date (made on first use)."""
    configure(options)
    migrate()


def warm_up() -> None:
    """Load the questions, the clause library and the checks once, before anyone is served. The
    server answers each request in its own thread, and the first answer of each person loads
    them: 20 people answering at once on a new server loaded them 20 times over, and each of
    those answers took 12 s instead of 0.2 s. Only time is at stake, so a failure here is left
    for the page that needs it to report."""
    from ..answers.resolve import load_example
    from ..errors import SpinoutError
    from ..interview import load_questions
    from ..pack.build import prepare

    try:
        load_questions()
        prepare(load_example("social-care"))
    except SpinoutError:
        pass


def user_count() -> int:
    from django.contrib.auth import get_user_model

    return int(get_user_model().objects.count())


def make_server(options: Options, port: int) -> Any:
    """A threaded server bound to the address (port 0: any free port); not yet serving."""
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
    from django.core.wsgi import get_wsgi_application

    class Handler(WSGIRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: a person running it on a laptop does not want a line for every page."""

    ipv6 = ":" in options.host
    try:
        server = ThreadedWSGIServer((options.host, port), Handler, ipv6=ipv6)
    except OSError as exc:
        raise SetupError(f"Cannot listen on {options.host} port {port}: {exc.strerror or exc}.",
                         hint="Choose another port with --port, or leave --port out to use a free one.") from None
    server.set_app(get_wsgi_application())
    return server


def address(options: Options, server: Any) -> str:
    host = "127.0.0.1" if options.local and options.host != "::1" else options.host
    if host in WILDCARDS:
        host = socket.gethostname()
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{server.server_port}/"


def run(options: Options, port: int, open_browser: bool, say: Callable[[str], None]) -> None:
    start(options)
    logging.getLogger("django.request").setLevel(logging.ERROR)     # a line for faults, not for every 404
    if not options.local and user_count() == 0:
        raise SetupError("Nobody can sign in yet: a server others can reach needs a user for each person.",
                         hint="Add one with: spinout createuser NAME (with the same --db or DATABASE_URL).")
    warm_up()
    if options.pdf:
        start_pool()            # forked now, before the server's threads
    server = make_server(options, port)
    url = address(options, server)
    say(f"spinout is running at {url}")
    say("Open that address in a web browser. Your drafts are saved as you go. Press Ctrl-C to stop.")
    if open_browser:
        webbrowser.open(url)
    try:
        server.serve_forever()
    finally:
        server.server_close()
        stop_pool()


__all__ = ["LOOPBACK", "Options", "check_options", "run", "start"]
