"""dateline: news articles -> dated, reviewable event timelines."""

__version__ = "0.1.0"
