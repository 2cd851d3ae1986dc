"""People who may sign in to a shared server."""

from __future__ import annotations

from .database import SetupError

MIN_PASSWORD = 10


def add_user(username: str, password: str) -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.password_validation import ValidationError, validate_password

    users = get_user_model()
    try:
        users._meta.get_field("username").run_validators(username)
    except ValidationError:
        raise SetupError("Give a user name of up to 150 letters, digits or the characters @ . + - _ "
                         "(no spaces).") from None
    if users.objects.filter(username=username).exists():
        raise SetupError(f"There is already a user called {username}.", hint="Choose another name.")
    if len(password) < MIN_PASSWORD:
        raise SetupError(f"The password is too short: use at least {MIN_PASSWORD} characters.")
    try:
        validate_password(password)
    except ValidationError as exc:
        raise SetupError("The password is not safe enough: " + " ".join(exc.messages)) from None
    users.objects.create_user(username=username, password=password)
