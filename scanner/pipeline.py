"""The scan: sources -> connectors -> classifier -> ScanReport. All I/O of a scan is driven from here."""
from __future__ import annotations

import hashlib
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from connectors import ConnectorError, SourceOptions, masked_location, open_source
from connectors.base import Connector
from scanner.classifier import Classifier
from scanner.model import Sample, ScanError, ScanReport, SourceInfo, TableRef, TableVerdict

# Families no detector reads: sampling them would only move bytes.
_UNSAMPLED_FAMILIES = frozenset({"boolean", "temporal", "null"})


@dataclass(frozen=True)
class Shard:
    index: int  # 1-based, as users write `--shard 2/8`
    count: int

    @classmethod
    def parse(cls, text: str) -> "Shard":
        try:
            index, count = (int(x) for x in text.split("/"))
        except ValueError:
            raise ValueError(f"--shard takes I/N such as 2/8, not {text!r}") from None
        if not 1 <= index <= count:
            raise ValueError(f"--shard {text}: I must be between 1 and N")
        return cls(index, count)

    def owns(self, source: str, fqn: str) -> bool:
        # A stable hash (not Python's salted hash) so every machine agrees on the split.
        digest = hashlib.blake2b(f"{source}\x00{fqn}".encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big") % self.count == self.index - 1


@dataclass(frozen=True)
class SourceSpec:
    location: str
    options: SourceOptions = field(default_factory=SourceOptions)


@dataclass(frozen=True)
class ScanOptions:
    sample_size: int = 100
    no_sample: bool = False
    workers: int = 4
    threshold: float | None = None
    rules: tuple[Path, ...] = ()
    show_samples: bool = False
    shard: Shard | None = None
    state_path: Path | None = None
    incremental: bool = False
    volume: bool = False
    volume_budget_s: float = 5.0


def source_name(spec: SourceSpec, position: int) -> str:
    if spec.options.name:
        return spec.options.name
    location = spec.location.rstrip("/")
    if "://" in location:
        tail = location.split("://", 1)[1].split("?")[0]
        tail = tail.rsplit("@", 1)[-1]
        return tail.rsplit("/", 1)[-1] or tail or f"source{position}"
    return Path(location).stem or f"source{position}"


def scan_sources(specs: list[SourceSpec], options: ScanOptions,
                 on_table: Callable[[TableVerdict], None] | None = None,
                 classifier: Classifier | None = None) -> ScanReport:
    """Scan every source; one failing source, table or file is recorded and the rest goes on.

    The caller closes the returned report (`with scan_sources(…) as report:`); when the scan itself raises
    (KeyboardInterrupt, a bad rule pack), the report is closed here, its spool deleted, before the error goes on."""
    classifier = classifier or Classifier.default(options.rules, options.threshold, options.show_samples,
                                                  explained_candidates=0)
    report = ScanReport(started_at=_now())
    state = None
    try:
        if options.state_path is not None:
            from scanner.state import ScanState

            state = ScanState(options.state_path, classifier.fingerprint())
        for position, spec in enumerate(specs, start=1):
            name = source_name(spec, position)
            spec = SourceSpec(spec.location, replace(spec.options, name=name,
                                                     sample_size=spec.options.sample_size or options.sample_size))
            _scan_one_source(spec, options, classifier, report, state, on_table)
    except BaseException:
        report.close()
        raise
    finally:
        if state is not None:
            state.close()
    report.finished_at = _now()
    return report


def _scan_one_source(spec: SourceSpec, options: ScanOptions, classifier: Classifier, report: ScanReport,
                     state, on_table: Callable[[TableVerdict], None] | None) -> None:
    name = spec.options.name or spec.location
    try:
        connector = open_source(spec.location, spec.options)
    except (ConnectorError, ImportError, ValueError) as exc:
        report.sources.append(SourceInfo(name, masked_location(spec.location), "unknown"))
        report.errors.append(ScanError(name, "connect", str(exc)))
        return
    report.sources.append(SourceInfo(name, connector.url, connector.kind))

    def record(verdict: TableVerdict) -> None:
        entry = report.tables.append(verdict)  # spooled as its JSON entry; the report sorts by (source, fqn) when read
        if state is not None and verdict.status == "ok":
            state.remember(verdict.table, entry)
        if on_table is not None:
            on_table(verdict)

    try:
        with ThreadPoolExecutor(max_workers=max(1, options.workers)) as pool:
            batch = _ClassificationBatch(classifier, connector, options, pool, record)
            pending: set[Future] = set()
            for item in _discover(connector, name, report):
                if options.shard and not options.shard.owns(name, item.fqn):
                    continue
                if state is not None and options.incremental:
                    previous = state.unchanged(item)
                    if previous is not None:
                        record(previous)
                        continue
                # Bounded in-flight work keeps memory proportional to workers x sample size, not to table count;
                # no more than the next batch takes, so the first table is sampled and classified on its own.
                if len(pending) >= min(2 * max(1, options.workers), batch.limit):
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    batch.add_all(future.result() for future in done)
                pending.add(pool.submit(_sample_table, connector, item, options, spec.options.sample_size))
            batch.add_all(future.result() for future in pending)
            batch.flush()
    except ConnectorError as exc:
        report.errors.append(ScanError(name, "discover", str(exc)))
    finally:
        connector.close()


def _discover(connector: Connector, name: str, report: ScanReport) -> Iterator[TableRef]:
    for item in connector.discover():
        if isinstance(item, ScanError):
            report.errors.append(item)
        else:
            yield replace(item, source=name)


@dataclass(frozen=True)
class _Sampled:
    table: TableRef
    sample: Sample | None
    failure: TableVerdict | None = None


def _sample_table(connector: Connector, table: TableRef, options: ScanOptions, sample_size: int) -> _Sampled:
    """Runs in a worker thread: the I/O of one table. Classification happens in batches on the scan's thread."""
    if options.no_sample:
        return _Sampled(table, None)
    from scanner.classifier import sql_type_family

    wanted = [c.name for c in table.columns if sql_type_family(c.type) not in _UNSAMPLED_FAMILIES]
    try:
        return _Sampled(table, connector.sample(table, wanted, sample_size) if wanted else None)
    except ConnectorError as exc:
        # The connector's message already names the table and the stage.
        reason = _one_line(exc, with_type=False).removeprefix(f"{table.fqn}: ").removeprefix("sample failed: ")
        failure = ScanError(table.fqn, "sample", reason)
    except Exception as exc:  # noqa: BLE001 — any driver error is this table's failure, not the scan's
        failure = ScanError(table.fqn, "sample", _one_line(exc))
    return _Sampled(table, None, TableVerdict(table, (), status="error", error=failure, notes=table.notes))


class _ClassificationBatch:
    """Sampled tables waiting to be classified together: value detectors cost a fixed overhead per call, so one
    call over many tables' columns is far cheaper than one per table. Batches grow 1, 2, 4 … up to MAX_TABLES
    so the first verdicts come at once; memory stays bounded by MAX_TABLES samples."""

    MAX_TABLES = 64

    def __init__(self, classifier: Classifier, connector: Connector, options: ScanOptions, pool: ThreadPoolExecutor,
                 record: Callable[[TableVerdict], None]):
        self.classifier, self.connector, self.options, self.pool, self.record = (
            classifier, connector, options, pool, record)
        self.waiting: list[_Sampled] = []
        self.limit = 1

    def add_all(self, sampled: Iterable[_Sampled]) -> None:
        for item in sampled:
            if item.failure is not None:
                self.record(item.failure)
                continue
            self.waiting.append(item)
            if len(self.waiting) >= self.limit:
                self.flush()

    def flush(self) -> None:
        if not self.waiting:
            return
        waiting, self.waiting = self.waiting, []
        self.limit = min(self.MAX_TABLES, self.limit * 2)
        for verdict in self._classified(waiting):
            self.record(verdict)

    def _classified(self, waiting: list[_Sampled]) -> list[TableVerdict]:
        method = "metadata_only" if self.options.no_sample else None
        items = [(w.table, w.sample.table if w.sample else None, w.sample.method if w.sample else method,
                  w.sample.rows if w.sample else None) for w in waiting]
        try:
            verdicts = self.classifier.classify_many(items)
        except Exception:  # noqa: BLE001 — find the table the classifier fails on; the others still count
            verdicts = [self._classified_alone(*item) for item in items]
        verdicts = [replace(v, notes=(*v.notes, "sampled the first rows: this engine offers no random sampling"))
                    if w.sample is not None and not w.sample.random else v for v, w in zip(verdicts, waiting)]
        if self.options.volume:
            verdicts = list(self.pool.map(
                lambda v: _with_volume(self.connector, v, self.options.volume_budget_s) if v.codes else v, verdicts))
        return verdicts

    def _classified_alone(self, table: TableRef, sample, method: str | None, rows: int | None) -> TableVerdict:
        try:
            return self.classifier.classify(table, sample, method, rows)
        except Exception as exc:  # noqa: BLE001 — a classifier bug on odd data must not stop the scan
            return TableVerdict(table, (), status="error", error=ScanError(table.fqn, "classify", _one_line(exc)))


def _with_volume(connector: Connector, verdict: TableVerdict, budget_s: float) -> TableVerdict:
    from scanner.inventory import estimate_volumes

    try:
        volume = estimate_volumes(connector, verdict.table, verdict, budget_s)
    except Exception as exc:  # noqa: BLE001 — an estimate that fails leaves the verdict intact
        return replace(verdict, notes=(*verdict.notes, f"volume estimate failed: {_one_line(exc)}"))
    return replace(verdict, volume=volume)


def _one_line(exc: BaseException, with_type: bool = True) -> str:
    lines = str(exc).strip().splitlines()
    text = lines[0] if lines else ""
    return (f"{type(exc).__name__}: {text}" if with_type else text)[:500]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
