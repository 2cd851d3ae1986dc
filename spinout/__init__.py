"""spinout: build the rules and papers a public-service co-operative needs."""

__version__ = "0.1.0"
