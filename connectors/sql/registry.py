"""A tiny registry of per-dialect strategy classes, looked up by dialect key (sqlglot style).

Dialect differences live in small subclasses registered under a key; callers never branch on the dialect name."""
from __future__ import annotations

from typing import Callable, Generic, TypeVar

from sqlalchemy.engine import Dialect

T = TypeVar("T")

GENERIC = "default"


def dialect_key(dialect: Dialect) -> str:
    """The registry key of a live dialect; MariaDB behind a `mysql://` URL is told apart from MySQL.

    `is_mariadb` is only known once a connection was made, which the connector does before looking anything up."""
    if getattr(dialect, "is_mariadb", False):
        return "mariadb"
    return dialect.name


class Registry(Generic[T]):
    """Classes registered by dialect key; unknown keys get the class registered under `default`."""

    def __init__(self, what: str) -> None:
        self._what = what
        self._classes: dict[str, type[T]] = {}

    def register(self, *keys: str) -> Callable[[type[T]], type[T]]:
        def decorate(cls: type[T]) -> type[T]:
            for key in keys:
                self._classes[key] = cls
            return cls

        return decorate

    def lookup(self, key: str) -> type[T]:
        if key in self._classes:
            return self._classes[key]
        if GENERIC not in self._classes:
            raise LookupError(f"no {self._what} for dialect {key!r} and no generic one")
        return self._classes[GENERIC]

    def keys(self) -> tuple[str, ...]:
        return tuple(self._classes)
