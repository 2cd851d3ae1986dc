"""People who may sign in to a shared server."""

from __future__ import annotations

from .database import SetupError

MIN_PASSWORD = 10


def add_user(username: str, password: str) -> None:
    from django.contrib.auth.models import User
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    try:
        User.username_validator(username)
    except ValidationError:
        raise SetupError("Give a user name of letters, digits or the characters @ . + - _ (no spaces).") from None
    if len(username) > 150:
        raise SetupError("Give a user name of at most 150 characters.")
    if User.objects.filter(username=username).exists():
        raise SetupError(f"There is already a user called {username}.", hint="Choose another name.")
    if len(password) < MIN_PASSWORD:
        raise SetupError(f"The password is too short: use at least {MIN_PASSWORD} characters.")
    try:
        validate_password(password)
    except ValidationError as exc:
        raise SetupError("The password is not safe enough: " + " ".join(exc.messages)) from None
    User.objects.create_user(username=username, password=password)
