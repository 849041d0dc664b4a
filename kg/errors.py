"""One base class for every error the library reports to a user."""


class KgError(Exception):
    """An error with a message meant for the user; the CLI prints it and exits non-zero."""

    exit_code = 1


class ArticleError(KgError):
    """An article that cannot be read; the build reports it and goes on."""


class QueryError(KgError):
    """A SPARQL query that cannot be parsed or run."""


class StoreError(KgError):
    """A store or endpoint that cannot be opened or written."""
