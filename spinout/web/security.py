"""Security that every response gets: a content security policy, and a login wall when the
server is reachable from other machines (a local server has one user and no login)."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse

# Everything comes from this server: no CDN, no inline script, no fonts from the internet.
POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
          "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
OPEN_PATHS = ("/login/", "/static/")


class ContentSecurityPolicy:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", POLICY)
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response


class LoginWhenHosted:
    """On a server others can reach (--host), every page but the login page needs a login."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (not settings.SPINOUT_LOCAL and not request.user.is_authenticated
                and not request.path.startswith(OPEN_PATHS)):
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)
