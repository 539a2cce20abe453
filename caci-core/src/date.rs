//! Calendar dates as gazetteers and documents write them: a year, a month or a day.

use crate::error::{Error, ErrorKind, Result};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A date of known precision: `2019`, `2019-03` or `2019-03-20`.
///
/// Dates order by their earliest day; [`Date::last_day`] gives the latest day a partial
/// date may stand for, so that an office that ends in `2019` covers all of 2019.
///
/// ```
/// use caci_core::Date;
/// let d: Date = "2019-03".parse().unwrap();
/// assert_eq!(d.to_string(), "2019-03");
/// assert!(d.first_day() < "2019-03-20".parse::<Date>().unwrap().first_day());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    /// 0 when only the year is known.
    month: u8,
    /// 0 when the day is not known.
    day: u8,
}

impl Date {
    /// A date from its parts; `month` and `day` may be 0 for "unknown".
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date> {
        let bad =
            |what: &str| Error::new(ErrorKind::Date, format!("invalid {what} in date {year:04}-{month:02}-{day:02}"));
        if !(1..=9999).contains(&year) {
            return Err(bad("year"));
        }
        if month > 12 {
            return Err(bad("month"));
        }
        if day > 0 && (month == 0 || day > days_in_month(year, month)) {
            return Err(bad("day"));
        }
        Ok(Date { year, month, day })
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The first day this date may stand for, as a full date.
    pub fn first_day(&self) -> Date {
        Date { year: self.year, month: self.month.max(1), day: self.day.max(1) }
    }

    /// The last day this date may stand for, as a full date.
    pub fn last_day(&self) -> Date {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 { days_in_month(self.year, month) } else { self.day };
        Date { year: self.year, month, day }
    }
}

/// A span of time between two dates, either of which may be open: `1997-12-10..`,
/// `..1991-12-12`, `1949..1990-10-03`. Partial dates count generously, as for offices: a
/// period that ends in `1997` covers all of 1997.
///
/// ```
/// use caci_core::{Date, Period};
/// let p: Period = "..1991-12-12".parse().unwrap();
/// assert!(p.contains("1990".parse::<Date>().unwrap()));
/// assert!(!p.contains("1992-01-01".parse::<Date>().unwrap()));
/// assert_eq!(p.to_string(), "..1991-12-12");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Period {
    /// First day, when the period has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// Last day, when the period has ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
}

impl Period {
    /// Whether `date` falls in the period (any day of a partial date counts).
    pub fn contains(&self, date: Date) -> bool {
        self.start.is_none_or(|s| s.first_day() <= date.last_day())
            && self.end.is_none_or(|e| date.first_day() <= e.last_day())
    }
}

/// The dates either side of the `..` of `range` (`START..END`, a side may be empty), for
/// the readers of periods and offices; errors are made by `bad`, from `no_dots` where
/// there is no `..` and from a side's own reason where it is not a date.
pub(crate) fn range_sides(
    range: &str,
    no_dots: &str,
    bad: impl Fn(&str) -> Error,
) -> Result<(Option<Date>, Option<Date>)> {
    let (a, b) = range.trim().split_once("..").ok_or_else(|| bad(no_dots))?;
    let date = |t: &str| -> Result<Option<Date>> {
        let t = t.trim();
        if t.is_empty() {
            Ok(None)
        } else {
            t.parse().map(Some).map_err(|e: Error| bad(e.message()))
        }
    };
    Ok((date(a)?, date(b)?))
}

impl FromStr for Period {
    type Err = Error;

    /// Parses `START..END`, either side possibly empty (not both).
    fn from_str(s: &str) -> Result<Period> {
        let bad =
            |why: &str| Error::new(ErrorKind::Date, format!("cannot read period `{s}`: {why} (expected `START..END`)"));
        let (start, end) = range_sides(s, "no `..`", bad)?;
        if start.is_none() && end.is_none() {
            return Err(bad("no date on either side"));
        }
        if let (Some(a), Some(b)) = (start, end) {
            if a.first_day() > b.last_day() {
                return Err(bad("it ends before it starts"));
            }
        }
        Ok(Period { start, end })
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = |d: &Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        write!(f, "{}..{}", d(&self.start), d(&self.end))
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a time after a `T` or space is ignored
    /// (`2025-06-01T12:00:00`).
    fn from_str(s: &str) -> Result<Date> {
        let s = s.trim();
        let day_part = s.split(['T', ' ']).next().unwrap_or("");
        let bad =
            || Error::new(ErrorKind::Date, format!("cannot read date `{s}`: expected YYYY, YYYY-MM or YYYY-MM-DD"));
        let mut parts = day_part.split('-');
        let mut num = |width: usize| -> Result<Option<u32>> {
            match parts.next() {
                None => Ok(None),
                Some(p) if p.len() == width && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(Some(p.parse().map_err(|_| bad())?))
                }
                Some(_) => Err(bad()),
            }
        };
        let year = num(4)?.ok_or_else(bad)?;
        let month = num(2)?.unwrap_or(0);
        let day = num(2)?.unwrap_or(0);
        if parts.next().is_some() || (month == 0 && day_part.len() > 4) {
            return Err(bad());
        }
        Date::new(year as i32, month as u8, day as u8)
            .map_err(|e| Error::new(ErrorKind::Date, format!("cannot read date `{s}`: {}", e.message())))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{:02}", self.year, m),
            (m, d) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_three_precisions_and_round_trips() {
        for s in ["1991", "1991-12", "1991-12-25"] {
            assert_eq!(s.parse::<Date>().unwrap().to_string(), s);
        }
        assert_eq!("2025-06-01T10:00:00".parse::<Date>().unwrap().to_string(), "2025-06-01");
    }

    #[test]
    fn rejects_malformed_dates_with_the_input_in_the_message() {
        for s in ["", "91", "1991-13", "1991-02-30", "1991-2-3", "19910101", "1991-01-01-01"] {
            let e = s.parse::<Date>().unwrap_err();
            assert_eq!(e.kind(), ErrorKind::Date, "{s}");
            assert!(e.to_string().contains(&format!("`{s}`")), "{e}");
        }
    }

    #[test]
    fn periods_parse_contain_and_reject_nonsense() {
        let p: Period = "1997-12-10..1998-05-06".parse().unwrap();
        assert!(p.contains("1998".parse().unwrap()) && p.contains("1997-12".parse().unwrap()));
        assert!(!p.contains("1997-11-30".parse().unwrap()) && !p.contains("1999".parse().unwrap()));
        let open: Period = "2019-03-20..".parse().unwrap();
        assert!(open.contains("2030".parse().unwrap()) && open.end.is_none());
        for bad in ["..", "1998", "1999..1998", "x..2000"] {
            let e = bad.parse::<Period>().unwrap_err();
            assert_eq!(e.kind(), ErrorKind::Date, "{bad}");
            assert!(e.to_string().contains(&format!("`{bad}`")), "{e}");
        }
    }

    #[test]
    fn partial_dates_span_their_period() {
        let y: Date = "2019".parse().unwrap();
        assert_eq!(y.first_day().to_string(), "2019-01-01");
        assert_eq!(y.last_day().to_string(), "2019-12-31");
        assert_eq!("2024-02".parse::<Date>().unwrap().last_day().to_string(), "2024-02-29");
    }
}
