from __future__ import annotations

from django.contrib.auth import views as auth
from django.urls import path

from .views import build, check, compare, drafts, preview, questions, review, static

urlpatterns = [
    path("", drafts.index, name="drafts"),
    path("drafts/new/", drafts.new, name="new-draft"),
    path("drafts/import/", drafts.import_answers, name="import"),
    path("drafts/<uuid:draft_id>/", drafts.overview, name="draft"),
    path("drafts/<uuid:draft_id>/answers.yml", drafts.export, name="export"),
    path("drafts/<uuid:draft_id>/next/", questions.next_page, name="next"),
    # a path, not a str: the key of a "To write" box's answer holds a "/" (own_words.business-case/market#payers)
    path("drafts/<uuid:draft_id>/questions/<path:key>/", questions.question, name="question"),
    path("drafts/<uuid:draft_id>/check/", check.check, name="check"),
    path("drafts/<uuid:draft_id>/preview/", preview.rules, name="preview"),
    path("drafts/<uuid:draft_id>/build/", build.build, name="build"),
    path("drafts/<uuid:draft_id>/versions/<int:number>/", build.version, name="version"),
    path("drafts/<uuid:draft_id>/versions/<int:number>/pack.zip", build.download, name="download"),
    path("drafts/<uuid:draft_id>/versions/<int:number>/comments/", review.add_comment, name="add-comment"),
    path("drafts/<uuid:draft_id>/versions/<int:number>/comments/<int:comment_id>/resolve/", review.resolve,
         name="resolve-comment"),
    path("drafts/<uuid:draft_id>/mentors/", review.add_mentor, name="add-mentor"),
    path("drafts/<uuid:draft_id>/compare/", compare.compare, name="compare"),
    path("drafts/<uuid:draft_id>/compare/redline.docx", compare.redline_docx, name="compare-docx"),
    path("static/<path:name>", static.serve, name="static"),
    path("login/", auth.LoginView.as_view(template_name="spinout/login.html"), name="login"),
    path("logout/", auth.LogoutView.as_view(next_page="login"), name="logout"),
]
