"""kg: knowledge graphs from Vietnamese party and government news."""

__version__ = "0.1.0"
