"""Following feeds and news sitemaps (``kb watch``, ``kb ingest --feed``): a polite fetcher (``fetch``), what a
feed lists (``listing``), what was seen (``state``) and the cycle that ties them to the write path (``watch``)."""
