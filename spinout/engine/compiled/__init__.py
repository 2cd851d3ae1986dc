"""Clause templates compiled ahead of time: see spinout/engine/precompiled.py."""
