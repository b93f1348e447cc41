"""Item models over the services' data (no query in ``data()``)."""
