//! The process's thread pools: one per size, kept, and rebuilt after a `fork`.

use crate::error::{Error, ErrorKind, Result};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// Runs `op` on this process's pool of `threads` threads (the pool
/// [`Gazetteer::find_batch`](crate::Gazetteer::find_batch) uses), so that rayon's parallel
/// iterators inside `op` run there: for bindings that turn each document's mentions into
/// their own records in parallel. Safe after `fork`, like `find_batch`.
pub fn install<R: Send>(threads: usize, op: impl FnOnce() -> R + Send) -> Result<R> {
    if threads == 0 {
        return Err(Error::new(ErrorKind::Format, "threads must be at least 1"));
    }
    Ok(pool(threads)?.install(op))
}

/// Thread pools by (process id, size).
type Pools = HashMap<(u32, usize), Arc<rayon::ThreadPool>>;

/// A pool of `n` threads, built once per size and process and kept: starting threads on
/// every call would cost more than tagging a small batch.
///
/// Pools are keyed by process id as well, and rayon's global pool is never used: a
/// process that forks after a parallel call (Python's `multiprocessing` on Linux) has no
/// pool threads in the child, and a pool inherited that way would wait for them forever.
/// The child builds its own pool instead.
pub(crate) fn pool(n: usize) -> Result<Arc<rayon::ThreadPool>> {
    static POOLS: OnceLock<Mutex<Pools>> = OnceLock::new();
    let key = (std::process::id(), n);
    let mut pools = POOLS.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    // Forget the pools of a parent process: their threads do not exist here.
    pools.retain(|(pid, _), _| *pid == key.0);
    if let Some(p) = pools.get(&key) {
        return Ok(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .map_err(|e| Error::new(ErrorKind::Build, format!("cannot start {n} threads: {e}")))?;
    let p = Arc::new(p);
    pools.insert(key, p.clone());
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn install_runs_on_a_kept_pool_of_that_size() {
        assert_eq!(install(3, rayon::current_num_threads).unwrap(), 3);
        let first = install(2, || std::thread::current().id()).unwrap();
        assert_ne!(first, std::thread::current().id(), "runs on a pool thread");
        assert!(install(0, || ()).unwrap_err().to_string().contains("at least 1"));
    }
}
