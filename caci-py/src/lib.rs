//! Python bindings for `caci-core` (filled by the Python issue).
