"""Include/exclude patterns on `database.schema.table`: the one way every connector filters tables."""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TableFilter:
    """Globs (`sales.*.orders_*`) or regexes (`re:^ods\\.`) matched against the dotted table path.

    A glob without dots matches the last part only, so `--include 'veh*'` works without knowing the schema."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def allows(self, parts: tuple[str, ...]) -> bool:
        dotted = ".".join(parts)
        if self.include and not any(_matches(p, dotted, parts) for p in self.include):
            return False
        return not any(_matches(p, dotted, parts) for p in self.exclude)


def _matches(pattern: str, dotted: str, parts: tuple[str, ...]) -> bool:
    if pattern.startswith("re:"):
        return re.search(pattern[3:], dotted) is not None
    if "." not in pattern:
        return fnmatch.fnmatchcase(parts[-1], pattern)
    # Patterns name the trailing parts: `public.orders` matches `db.public.orders`.
    depth = pattern.count(".") + 1
    return fnmatch.fnmatchcase(".".join(parts[-depth:]), pattern)
