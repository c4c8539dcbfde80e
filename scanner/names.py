"""Name normalisation: column, table and comment text into tokens that rule keywords can match.

Real schemas spell one idea many ways (`licensePlate`, `LICENSE_PLATE`, `licenseplate`, `车牌号码`, `cphm`,
`Vehicle.Body.LicensePlate`). Keywords and names go through the same normalisation, so a rule lists the idea once.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_CJK_SPLIT = re.compile(f"([{_CJK}]+)")
# Acronym before a capitalised word (VINNumber -> VIN Number), lower/digit before upper, letter/digit boundaries.
_CAMEL = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")
_SEPARATORS = re.compile(f"[^A-Za-z0-9{_CJK}]+")
_MAX_RUN = 6  # longest run of tokens glued together when matching concatenations (`license_plate_no`)
_MIN_SEGMENT = 2
_MIN_INITIALS = 2


@dataclass(frozen=True)
class Normalised:
    """Tokens of one name or comment, and what keyword matching needs precomputed."""

    tokens: tuple[str, ...]
    runs: frozenset[str]  # concatenations of every contiguous run of up to _MAX_RUN tokens
    cjk: str  # the Chinese text, for substring matches
    whole: str  # all tokens concatenated: what an exact (`=`) keyword must equal

    @property
    def empty(self) -> bool:
        return not self.tokens


def split_words(text: str) -> list[str]:
    """Raw lower-case words: separators, camelCase, acronyms and digit boundaries split; CJK runs kept whole."""
    words: list[str] = []
    for chunk in _SEPARATORS.split(text):
        if not chunk:
            continue
        for piece in _CJK_SPLIT.split(chunk):
            if not piece:
                continue
            if _CJK_RUN.fullmatch(piece):
                words.append(piece)
            else:
                words.extend(w.lower() for w in _CAMEL.sub(" ", piece).split())
    return words


class Vocabulary:
    """Expands abbreviations and splits glued lower-case words (`phonenumber`) into known words.

    Splitting only accepts a complete segmentation into vocabulary words of at least two letters, so `platform`
    is never read as `lat` and `province` never as `vin`."""

    def __init__(self, abbreviations: Mapping[str, str], words: Iterable[str] = ()):
        self.abbreviations = {k.lower(): tuple(split_words(v)) for k, v in abbreviations.items()}
        self.words = frozenset(w for w in words if w.isascii() and w.isalpha() and len(w) >= _MIN_SEGMENT)
        self._longest = max((len(w) for w in self.words), default=0)

    def expand(self, word: str) -> tuple[str, ...]:
        if word in self.abbreviations:
            return self.abbreviations[word]
        if word in self.words or not word.isascii() or not word.isalpha() or len(word) < 2 * _MIN_SEGMENT + 1:
            return (word,)
        parts = self._segment(word)
        if parts is None:
            return (word,)
        expanded: list[str] = []
        for part in parts:
            expanded.extend(self.abbreviations.get(part, (part,)))
        return tuple(expanded)

    @lru_cache(maxsize=65536)
    def _segment(self, word: str) -> tuple[str, ...] | None:
        # Fewest pieces wins: dynamic programming over prefixes.
        best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
        best[0] = ()
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - self._longest), end - _MIN_SEGMENT + 1):
                head = best[start]
                piece = word[start:end]
                if head is not None and (piece in self.words or piece in self.abbreviations):
                    candidate = head + (piece,)
                    if best[end] is None or len(candidate) < len(best[end]):
                        best[end] = candidate
        found = best[len(word)]
        return found if found and len(found) > 1 else None

    def normalise(self, text: str | None) -> Normalised:
        if not text:
            return Normalised((), frozenset(), "", "")
        tokens: list[str] = []
        for word in split_words(text):
            tokens.extend(self.expand(word))
        # Runs are kept apart so a keyword never matches across Latin text between two Chinese words.
        return _with_runs(tuple(tokens), "|".join(_CJK_RUN.findall(text)))


def _with_runs(tokens: tuple[str, ...], cjk: str) -> Normalised:
    runs = set()
    for start in range(len(tokens)):
        for end in range(start + 1, min(len(tokens), start + _MAX_RUN) + 1):
            runs.add("".join(tokens[start:end]))
    return Normalised(tokens, frozenset(runs), cjk, "".join(tokens))


@dataclass(frozen=True)
class Keyword:
    """A rule keyword in every form it can match in: Latin concatenation, Chinese text, pinyin, initials."""

    text: str
    exact: bool
    latin: tuple[str, ...]  # concatenated token forms (for Chinese keywords: the full pinyin)
    cjk: str  # Chinese keyword text, '' for Latin keywords
    initials: str  # pinyin initials of a Chinese keyword ('' when too short)


def compile_keyword(text: str, vocabulary: Vocabulary) -> Keyword:
    exact = text.startswith("=")
    body = text[1:] if exact else text
    cjk = "".join(_CJK_RUN.findall(body))
    latin: list[str] = []
    initials = ""
    latin_part = _CJK_RUN.sub(" ", body)
    if cjk and latin_part.strip():
        # Mixed keywords (`终端ID号`) match only whole: as spelled, or with the Chinese in pinyin. Their Latin part
        # alone (`id`) would otherwise match far too much.
        pieces = [(w, True) if _CJK_RUN.fullmatch(w) else ("".join(vocabulary.expand(w)), False)
                  for w in split_words(body)]
        spelled = "".join(w for w, _ in pieces)
        in_pinyin = "".join("".join(_pinyin(w)) if chinese else w for w, chinese in pieces)
        return Keyword(text, exact, tuple(dict.fromkeys((spelled, in_pinyin))), "", "")
    if cjk:
        syllables = _pinyin(cjk)
        latin.append("".join(syllables))
        if len(syllables) >= _MIN_INITIALS:
            initials = "".join(s[0] for s in syllables)
    elif latin_part.strip():
        normalised = vocabulary.normalise(latin_part)
        if normalised.whole:
            latin.append(normalised.whole)
    return Keyword(text, exact, tuple(dict.fromkeys(latin)), cjk, initials)


# Pinyin of the built-in rules' Chinese keywords, so a scan need not load pypinyin's dictionaries (~0.6 s)
# unless a user's rule brings a keyword the file lacks. Regenerate with `python -m scanner.names`.
PINYIN_CACHE = Path(__file__).resolve().parents[1] / "mappings" / "pinyin.json"


@lru_cache(maxsize=1)
def _cached_pinyin() -> dict[str, tuple[str, ...]]:
    try:
        return {k: tuple(v) for k, v in json.loads(PINYIN_CACHE.read_text(encoding="utf-8")).items()}
    except (OSError, ValueError):
        return {}


@lru_cache(maxsize=8192)
def _pinyin(text: str) -> tuple[str, ...]:
    cached = _cached_pinyin().get(text)
    return cached if cached is not None else pinyin_of(text)


def pinyin_of(text: str) -> tuple[str, ...]:
    """Toneless pinyin syllables of Chinese text, in context (多音字 read as in the phrase)."""
    from pypinyin import Style, lazy_pinyin

    return tuple(lazy_pinyin(text, style=Style.NORMAL, errors="ignore"))


def pinyin_table() -> dict[str, list[str]]:
    """Pinyin of every Chinese keyword (and Chinese word of a mixed keyword) in the built-in rule packs."""
    from mappings.loader import load_rules

    ruleset = load_rules()
    texts = [k for rule in ruleset.rules for k in rule.keywords()]
    texts += [k for clause in ruleset.negatives for k in clause.keywords()]
    keywords: set[str] = set()
    for text in texts:
        keywords.update(w for w in split_words(text.lstrip("=")) if _CJK_RUN.fullmatch(w))
        cjk = "".join(_CJK_RUN.findall(text))
        if cjk:
            keywords.add(cjk)
    return {k: list(pinyin_of(k)) for k in sorted(keywords)}


if __name__ == "__main__":
    table = pinyin_table()
    PINYIN_CACHE.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(table)} keywords written to {PINYIN_CACHE}")


class KeywordIndex:
    """Every keyword of a rule set, indexed by the forms it matches in, so one name is matched against all
    keywords with a few dictionary look-ups instead of a loop over thousands of keywords."""

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self.keywords: list[Keyword] = []
        self._ids: dict[str, int] = {}
        self._by_form: dict[str, list[int]] = {}
        self._by_initials: dict[str, list[int]] = {}
        self._by_exact: dict[str, list[int]] = {}
        self._cjk: list[tuple[str, int]] = []

    def add(self, text: str) -> int:
        if text in self._ids:
            return self._ids[text]
        keyword = compile_keyword(text, self.vocabulary)
        kid = len(self.keywords)
        self.keywords.append(keyword)
        self._ids[text] = kid
        if keyword.exact:
            for form in (*keyword.latin, keyword.cjk, keyword.initials):
                if form:
                    self._by_exact.setdefault(form, []).append(kid)
            return kid
        for form in keyword.latin:
            self._by_form.setdefault(form, []).append(kid)
        if len(keyword.initials) > _MIN_INITIALS:
            self._by_initials.setdefault(keyword.initials, []).append(kid)
        elif keyword.initials:
            # Two letters (姓名 -> xm) collide with English tokens (`installed_by`, `mm`, `db`) inside longer names;
            # they count only as the whole name.
            self._by_exact.setdefault(keyword.initials, []).append(kid)
        if keyword.cjk:
            self._cjk.append((keyword.cjk, kid))
        return kid

    def match(self, name: Normalised) -> frozenset[int]:
        """Ids of every keyword that matches `name`."""
        if name.empty:
            return frozenset()
        found: set[int] = set()
        for run in name.runs:
            found.update(self._by_form.get(run, ()))
        for token in name.tokens:
            found.update(self._by_initials.get(token, ()))
        found.update(self._by_exact.get(name.whole, ()))
        if name.cjk:
            found.update(kid for text, kid in self._cjk if text in name.cjk)
        return frozenset(found)
