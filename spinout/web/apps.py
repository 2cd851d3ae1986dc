from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "spinout.web"
    label = "spinout"
    verbose_name = "spinout drafts"
    default_auto_field = "django.db.models.BigAutoField"
