"""Type stubs of the native module `caci._caci` (Rust, PyO3)."""

import datetime as _dt
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

import pandas as pd

__version__: str

#: A document date: ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"`` (a time part is
#: ignored), a ``datetime.date``/``datetime``, a ``pandas.Timestamp`` or
#: ``numpy.datetime64``; None, NaN and NaT mean no date.
DateLike = str | _dt.date | Any | None
#: Many texts: a list/tuple/iterable of ``str`` (None or NaN for missing ones), a pandas
#: Series, a numpy array, a pyarrow ``Array``/``ChunkedArray`` or a polars Series.
Texts = Any
Kind = Literal["country", "leader", "weapon", "organization", "region"]
Form = Literal["name", "demonym", "capital"]
PathLike = str | os.PathLike[str]

class CaciError(ValueError):
    """Base class of caci's errors (a ``ValueError``)."""

    #: The 0-based row of a batch that the error is about, when there is one.
    row: int | None

class GazetteerError(CaciError):
    """A gazetteer file, record or specification is invalid."""

    #: The file the error is in, when it came from a file.
    file: str | None
    #: The 1-based line in ``file``, when known.
    line: int | None
    #: What is wrong: ``"io"``, ``"encoding"``, ``"format"``, ``"empty_alias"``,
    #: ``"unknown_kind"``, ``"duplicate_id"``, ``"ambiguous_alias"``,
    #: ``"unknown_reference"``, ``"date"`` or ``"build"``.
    kind: str | None

class DateError(CaciError):
    """A document date cannot be read."""

class Mention:
    """One mention of an entity in a text; frozen, hashable, picklable.

    ``start`` and ``end`` index the Python ``str``: ``text[m.start:m.end] == m.surface``.
    """

    def __init__(
        self,
        start: int,
        end: int,
        surface: str,
        kind: Kind,
        id: str,
        name: str,
        form: Form = "name",
        family: str | None = None,
        ambiguous: bool = False,
        office: str | None = None,
        former: bool = False,
    ) -> None: ...
    @property
    def start(self) -> int:
        """Offset of the first character (a ``str`` index)."""
    @property
    def end(self) -> int:
        """Offset one past the last character."""
    @property
    def surface(self) -> str:
        """The span as written."""
    @property
    def kind(self) -> Kind:
        """The entity's kind."""
    @property
    def id(self) -> str:
        """The entity's id (``"UZB"``, ``"ilham-aliyev"``, ``"j-10c"``)."""
    @property
    def name(self) -> str:
        """The entity's display name."""
    @property
    def form(self) -> Form:
        """How the text names the entity."""
    @property
    def family(self) -> str | None:
        """The weapon family id, for weapons."""
    @property
    def ambiguous(self) -> bool:
        """Whether the span could name several entities and the choice is not certain."""
    @property
    def office(self) -> str | None:
        """For leaders: the office held at the document's date (``"President@KAZ 2019-03-20.."``)."""
    @property
    def former(self) -> bool:
        """For leaders: a ``former`` title stood before the name."""
    def as_dict(self) -> dict[str, Any]:
        """The mention as a plain dict (``start``, ``end``, ``surface``, ``kind``, ``id``,
        ``name``, ``form``, ``family``, ``ambiguous``, ``office``, ``former``)."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Gazetteer:
    """A compiled gazetteer. Immutable and thread-safe; build one with ``default()``,
    ``from_files()``, ``from_records()`` or ``from_json()``."""

    @staticmethod
    def default() -> Gazetteer:
        """The built-in gazetteer (built once per process, on first use)."""
    @staticmethod
    def from_files(paths: PathLike | Iterable[PathLike], *, base: Gazetteer | None = None) -> Gazetteer:
        """A gazetteer from ``.tsv``, ``.csv`` or ``.json`` gazetteer files, in order; an
        entry whose id is already there (earlier, or in ``base``) replaces it."""
    @staticmethod
    def from_records(
        records: Iterable[Mapping[str, Any]] | pd.DataFrame | Any,
        *,
        kind: Kind | None = None,
        base: Gazetteer | None = None,
    ) -> Gazetteer:
        """A gazetteer from dicts or DataFrame rows with the gazetteer file columns
        (``id``, ``kind``, ``name``, ``aliases``, ``demonyms``, ``capitals``,
        ``offices``, attributes...); ids in ``base`` are replaced."""
    def extend(
        self, records: Iterable[Mapping[str, Any]] | pd.DataFrame | Any, *, kind: Kind | None = None
    ) -> Gazetteer:
        """A new gazetteer with ``records`` added; an id already there is replaced (with
        all its aliases). ``self`` is unchanged."""
    @staticmethod
    def from_json(text: str) -> Gazetteer:
        """A gazetteer from its specification (see ``to_json``)."""
    def to_json(self) -> str:
        """The specification (entries, options and format version) as JSON."""
    @staticmethod
    def _from_pickle(state: str) -> Gazetteer: ...
    def __reduce__(self) -> tuple[Any, tuple[str]]: ...
    def __len__(self) -> int: ...
    def __contains__(self, id: object) -> bool: ...
    def __iter__(self) -> Iterator[str]: ...
    @property
    def builtin(self) -> bool:
        """Whether this is the built-in gazetteer."""
    def entity(self, id: str) -> dict[str, Any]:
        """The entity as a dict: ``id``, ``kind``, ``name``, ``aliases``, ``demonyms``,
        ``capitals``, ``offices`` and its attributes. ``KeyError`` if unknown."""
    def entities(self, kind: Kind | None = None) -> pd.DataFrame:
        """Every entity (or those of ``kind``) as a DataFrame, one row each."""
    def find(self, text: str | None, date: DateLike = None) -> list[Mention]:
        """The mentions in ``text``, in order, without overlaps."""
    def find_many(
        self,
        texts: Texts,
        dates: DateLike | Iterable[DateLike] = None,
        threads: int | None = None,
        progress: bool | None = None,
    ) -> list[list[Mention]]:
        """The mentions of each text, in order, computed without the GIL on ``threads``
        threads (default: all cores). ``dates``: one per text, or one for all."""
    def _tag(
        self,
        texts: Texts,
        *,
        dates: Any = None,
        threads: int | None = None,
        progress: bool | None = None,
        sentences: bool = False,
        spans: bool = False,
    ) -> dict[str, Any]:
        """Mentions as columns: numpy arrays ``doc``, ``start``, ``end`` (int64),
        ``entity`` (int32), ``form`` (int8), ``ambiguous`` (bool), ``sentence`` (int32),
        ``surface`` (int32 codes into the list ``surfaces``), ``n``; with ``spans``, the
        raw finds ``span_doc``, ``span_start``, ``span_end`` (int64)."""
    def _relations(
        self,
        texts: Any,
        *,
        dates: Any = None,
        threads: int | None = None,
        progress: bool | None = None,
        transfers: bool = True,
        meetings: bool = True,
    ) -> dict[str, Any]:
        """Transfers and meetings as columns: ``{"transfers": {...}, "meetings": {...}, "n": int}``."""
    def _max_pattern_len(self) -> int: ...
    def _tables(self) -> dict[str, Any]: ...

def _rust_batch_seconds(
    gazetteer: Gazetteer, texts: list[str], threads: int | None = None, repeat: int = 3
) -> tuple[float, int]: ...
def _date(value: DateLike) -> str | None: ...
def _byline(line: str) -> tuple[list[str], str | None] | None: ...
