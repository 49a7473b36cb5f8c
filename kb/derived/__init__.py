"""Data derived from the stored claims and kept current by ``kb.service`` after every write.

``conflicts`` (conflicts, corroborations, series, aggregates, kept incrementally per group), ``timeline``
(each actor's claims in order, the articles order) and ``home`` (the home page's counts, read from them).
"""
