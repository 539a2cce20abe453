//! Many documents at once, on a pool of threads, in input order.

use crate::date::Date;
use crate::error::{Error, ErrorKind, Result};
use crate::gazetteer::Gazetteer;
use crate::mention::Mention;
use crate::pool::pool;
use rayon::prelude::*;

impl Gazetteer {
    /// Finds the mentions of many documents on `threads` threads (`None`: all cores),
    /// keeping input order. `dates`, when given, has one entry per text.
    pub fn find_batch<'a, S: AsRef<str> + Sync>(
        &'a self,
        texts: &'a [S],
        dates: Option<&[Option<Date>]>,
        threads: Option<usize>,
    ) -> Result<Vec<Vec<Mention<'a>>>> {
        find_batch(self, texts, dates, threads)
    }
}

/// Runs [`Gazetteer::find_dated`] over `texts` on `threads` threads (`None`: one per
/// core). Results keep input order. Safe to call again after `fork`.
fn find_batch<'a, S: AsRef<str> + Sync>(
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
            // With room ahead of the results: see `headroom` (the pool's threads only; the
            // one-thread path below runs on the caller's thread, usually the main one,
            // whose heap glibc grows 128 KB ahead).
            .map(|(i, t)| crate::headroom::ahead(|| g.find_dated(t.as_ref(), dates.and_then(|d| d[i]))))
            .collect()
    };
    let threads = threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    match threads {
        0 => Err(Error::new(ErrorKind::Format, "threads must be at least 1")),
        1 => {
            let found: Vec<Vec<Mention<'a>>> =
                texts.iter().enumerate().map(|(i, t)| g.find_dated(t.as_ref(), dates.and_then(|d| d[i]))).collect();
            // The calling thread keeps room for the next batch (see `headroom::keep_room`).
            crate::headroom::keep_room(1, results_bytes(&found))?;
            Ok(found)
        }
        n => {
            let pool = pool(n)?;
            let found = pool.install(run);
            // Each worker keeps room for the next batch (see `headroom::keep_room`).
            crate::headroom::keep_room(n, results_bytes(&found))?;
            Ok(found)
        }
    }
}

/// The bytes the vectors of a batch's results hold.
fn results_bytes(found: &[Vec<Mention<'_>>]) -> usize {
    found.iter().map(Vec::capacity).sum::<usize>() * std::mem::size_of::<Mention<'_>>()
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
    fn batch_called_from_a_thread_of_its_own_pool_returns() {
        // The workers' closing step (`headroom::fence`) runs on every thread of the pool,
        // the calling one too when it is one of them: it must not wait on itself.
        // Results large enough for that step (`headroom::fence_wanted`).
        let g = small();
        let texts: Vec<String> =
            (0..50).map(|i| format!("{}{}", "x ".repeat(i % 5), "Uzbekistan ".repeat(100))).collect();
        let nested = crate::pool::install(2, || find_batch(&g, &texts, None, Some(2)).unwrap()).unwrap();
        assert!(crate::headroom::fence_wanted(results_bytes(&nested)));
        assert_eq!(nested.iter().map(Vec::len).sum::<usize>(), 5000);
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
