//! The crate's one error type.

use std::fmt;
use std::path::PathBuf;

/// What went wrong, for callers that branch on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be read.
    Io,
    /// A file's bytes are not UTF-8.
    Encoding,
    /// A line, cell or JSON value does not follow the gazetteer format.
    Format,
    /// An alias is empty or consists only of separators.
    EmptyAlias,
    /// A `kind` that the gazetteer does not know.
    UnknownKind,
    /// Two entities share one id.
    DuplicateId,
    /// One alias names two entities without being marked `ambiguous` or `partial`.
    AmbiguousAlias,
    /// An id is referenced (office country, weapon family or origin) but not defined.
    UnknownReference,
    /// A date that cannot be parsed or a date range that ends before it starts.
    Date,
    /// The automaton could not be built (for example it grew past its size limit).
    Build,
}

/// Where in a file an error was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file, or a label such as `<built-in>/countries.tsv`.
    pub file: PathBuf,
    /// 1-based line number, when known.
    pub line: Option<usize>,
}

/// The error of every fallible call in `caci-core`.
///
/// Its message names what is wrong and, for file input, the file and line:
///
/// ```
/// use caci_core::{Gazetteer, ErrorKind};
/// let tsv = "id\tkind\tname\nUZB\tcountry\tUzbekistan\nUZB\tcountry\tUzbekistan\n";
/// let err = Gazetteer::from_tsv_str(tsv, "mine.tsv").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::DuplicateId);
/// assert_eq!(err.to_string(), "mine.tsv:3: duplicate id `UZB` (first defined at mine.tsv:2)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    location: Option<Location>,
}

impl Error {
    /// A new error without a location.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into(), location: None }
    }

    /// The same error, placed in `file` at `line`.
    pub fn at(mut self, file: impl Into<PathBuf>, line: Option<usize>) -> Self {
        self.location = Some(Location { file: file.into(), line });
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The file and line, when the error came from a file.
    pub fn location(&self) -> Option<&Location> {
        self.location.as_ref()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(Location { file, line: Some(line) }) => {
                write!(f, "{}:{}: {}", file.display(), line, self.message)
            }
            Some(Location { file, line: None }) => write!(f, "{}: {}", file.display(), self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
