//! Many documents at once, on a pool of threads, in input order.

use crate::date::Date;
use crate::error::{Error, ErrorKind, Result};
use crate::gazetteer::Gazetteer;
use crate::mention::Mention;
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// Runs [`Gazetteer::find_dated`] over `texts` on `threads` threads (`None`: one per
/// core). Results keep input order. Safe to call again after `fork`.
pub fn find_batch<'a, S: AsRef<str> + Sync>(
    g: &'a Gazetteer,
    texts: &'a [S],
    dates: Option<&[Option<Date>]>,
    threads: Option<usize>,
) -> Result<Vec<Vec<Mention<'a>>>> {
    if let Some(d) = dates {
        if d.len() != texts.len() {
            return Err(Error::new(
                ErrorKind::Format,
                format!("{} dates for {} texts: give one date (or none) per text", d.len(), texts.len()),
            ));
        }
    }
    let run = || -> Vec<Vec<Mention<'a>>> {
        texts
            .par_iter()
            .enumerate()
            .with_min_len(8)
            .map(|(i, t)| g.find_dated(t.as_ref(), dates.and_then(|d| d[i])))
            .collect()
    };
    let threads = threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    match threads {
        0 => Err(Error::new(ErrorKind::Format, "threads must be at least 1")),
        1 => Ok(texts.iter().enumerate().map(|(i, t)| g.find_dated(t.as_ref(), dates.and_then(|d| d[i]))).collect()),
        n => Ok(pool(n)?.install(run)),
    }
}

/// Runs `op` on this process's pool of `threads` threads (the pool [`find_batch`] uses),
/// so that rayon's parallel iterators inside `op` run there: for bindings that turn each
/// document's mentions into their own records in parallel. Safe after `fork`, like
/// [`find_batch`].
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
fn pool(n: usize) -> Result<Arc<rayon::ThreadPool>> {
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
    use crate::{Entity, Kind};

    fn small() -> Gazetteer {
        let mut b = Gazetteer::builder();
        b.add(Entity::new("UZB", Kind::Country, "Uzbekistan"), []).unwrap();
        b.build().unwrap()
    }

    #[test]
    fn batch_keeps_order_and_equals_single_calls_on_any_thread_count() {
        let g = small();
        let texts: Vec<String> = (0..100).map(|i| format!("{} Uzbekistan", "x ".repeat(i % 7))).collect();
        let single: Vec<Vec<usize>> = texts.iter().map(|t| g.find(t).iter().map(|m| m.start).collect()).collect();
        for threads in [None, Some(1), Some(2), Some(3)] {
            let batch = find_batch(&g, &texts, None, threads).unwrap();
            let starts: Vec<Vec<usize>> = batch.iter().map(|ms| ms.iter().map(|m| m.start).collect()).collect();
            assert_eq!(starts, single, "{threads:?}");
        }
    }

    #[test]
    fn install_runs_on_a_kept_pool_of_that_size() {
        assert_eq!(install(3, rayon::current_num_threads).unwrap(), 3);
        let first = install(2, || std::thread::current().id()).unwrap();
        assert_ne!(first, std::thread::current().id(), "runs on a pool thread");
        assert!(install(0, || ()).unwrap_err().to_string().contains("at least 1"));
    }

    #[test]
    fn bad_arguments_are_errors() {
        let g = small();
        let texts = ["a", "b"];
        assert!(find_batch(&g, &texts, None, Some(0)).unwrap_err().to_string().contains("at least 1"));
        let e = find_batch(&g, &texts, Some(&[None]), None).unwrap_err();
        assert_eq!(e.to_string(), "1 dates for 2 texts: give one date (or none) per text");
    }
}
