"""What the web application stores: drafts (the answers as the saved answers-file text, with the
interview's notes), the versions built from them (each with its pack), and mentors' comments."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models

if TYPE_CHECKING:       # the fields' types, for mypy (Django's fields take no [] at run time)
    from django.db.models.fields.related_descriptors import RelatedManager

    Text = models.TextField[str, str]
    Json = models.JSONField[Any, Any]
    When = models.DateTimeField[dt.datetime, dt.datetime]
    UserKey = models.ForeignKey[Any, Any]

NAME_LENGTH = 100
USER = settings.AUTH_USER_MODEL


class Draft(models.Model):
    """One group's answers, as they are being given."""

    if TYPE_CHECKING:
        versions: RelatedManager[Version]
        owner_id: int | None

    # a random id: a link to a draft cannot be guessed (and access is checked anyway)
    id: models.UUIDField[uuid.UUID, uuid.UUID] = models.UUIDField(primary_key=True, default=uuid.uuid4,
                                                                   editable=False)
    name: models.CharField[str, str] = models.CharField(max_length=NAME_LENGTH)
    # None on a local (single-user) server
    owner: UserKey = models.ForeignKey(USER, null=True, blank=True, on_delete=models.CASCADE, related_name="drafts")
    mentors: models.ManyToManyField[Any, Any] = models.ManyToManyField(USER, blank=True,
                                                                       related_name="mentored_drafts")
    # the answers file as `spinout build` reads it, and the interview's own notes (typical settings?)
    answers_text: Text = models.TextField(blank=True, default="")
    notes: Json = models.JSONField(default=dict, blank=True)
    # imported whole: the archetype's values count as given
    complete_file: models.BooleanField[bool, bool] = models.BooleanField(default=False)
    created: When = models.DateTimeField(auto_now_add=True)
    updated: When = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("-updated",)

    def __str__(self) -> str:
        return self.name


class Version(models.Model):
    """One build of a draft: the answers it was built from and the pack, as a zip."""

    if TYPE_CHECKING:
        comments: RelatedManager[Comment]

    draft: models.ForeignKey[Draft, Draft] = models.ForeignKey(Draft, on_delete=models.CASCADE,
                                                               related_name="versions")
    number: models.PositiveIntegerField[int, int] = models.PositiveIntegerField()
    created: When = models.DateTimeField(auto_now_add=True)
    answers_text: Text = models.TextField()
    pack_zip: models.BinaryField[bytes, bytes] = models.BinaryField()
    # as lines: the pack's file names; what passed and what needs attention; what to do next
    files: Json = models.JSONField(default=list)
    summary: Json = models.JSONField(default=list)
    next_steps: Json = models.JSONField(default=list)

    class Meta:
        ordering = ("-number",)
        constraints = [models.UniqueConstraint(fields=("draft", "number"), name="one_number_a_version")]

    def __str__(self) -> str:
        return f"{self.draft.name}, version {self.number}"


class Comment(models.Model):
    """A mentor's comment on a version: on one rule (its clause id) or on the business case."""

    if TYPE_CHECKING:
        version_id: int

    BUSINESS_CASE = "business-case"

    version: models.ForeignKey[Version, Version] = models.ForeignKey(Version, on_delete=models.CASCADE,
                                                                     related_name="comments")
    author: UserKey = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL)
    target: models.CharField[str, str] = models.CharField(max_length=100)    # a clause id, or "business-case"
    text: Text = models.TextField()
    resolved: models.BooleanField[bool, bool] = models.BooleanField(default=False)
    created: When = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("created",)

    def __str__(self) -> str:
        return f"{self.target}: {self.text[:40]}"
