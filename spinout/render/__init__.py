"""Renderers: lay out a Document; no legal logic."""
