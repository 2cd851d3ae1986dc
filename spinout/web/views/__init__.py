"""The pages: drafts, questions, check answers, build and download, static files."""
