//! Many documents at once, on a pool of threads, in input order.

use crate::date::Date;
use crate::error::{Error, ErrorKind, Result};
use crate::gazetteer::Gazetteer;
use crate::mention::Mention;
use rayon::prelude::*;

/// Runs [`Gazetteer::find_dated`] over `texts` on `threads` threads (`None`: rayon's
/// global pool, one thread per core). Results keep input order.
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
    match threads {
        None => Ok(run()),
        Some(0) => Err(Error::new(ErrorKind::Format, "threads must be at least 1")),
        Some(1) => {
            Ok(texts.iter().enumerate().map(|(i, t)| g.find_dated(t.as_ref(), dates.and_then(|d| d[i]))).collect())
        }
        Some(n) => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| Error::new(ErrorKind::Build, format!("cannot start {n} threads: {e}")))?;
            Ok(pool.install(run))
        }
    }
}
