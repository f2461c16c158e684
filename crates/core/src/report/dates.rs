//! Every date and time shown to users, pure: no clock and no time zone data. Moments are
//! [`Millis`] since the Unix epoch, passed in by the caller, and shown in Dutch time (CET, or
//! CEST in summer by the EU rule); calendar dates are the "YYYY-MM-DD" text of a date input.
//! Day numbers are computed with Howard Hinnant's civil-calendar algorithms.

use crate::domain::Millis;
use crate::i18n::Texts;

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

/// Days since 1970-01-01 of a date in the proleptic Gregorian calendar.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month, day) of a day number since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The day of the last Sunday of a month (`last` is that month's last day).
fn last_sunday(y: i64, m: i64, last: i64) -> i64 {
    let day = days_from_civil(y, m, last);
    // 1970-01-01 was a Thursday: (day + 4) mod 7 is 0 on a Sunday.
    day - (day + 4).rem_euclid(7)
}

/// A moment as milliseconds on the Dutch wall clock: CET, or CEST from the last Sunday of March
/// to the last Sunday of October (both at 01:00 UTC, the EU rule).
fn dutch_wall_clock(ms: Millis) -> i64 {
    let ms = i64::try_from(ms).unwrap_or(i64::MAX / 2);
    let (year, _, _) = civil_from_days(ms.div_euclid(DAY));
    let summer_from = last_sunday(year, 3, 31) * DAY + HOUR;
    let summer_until = last_sunday(year, 10, 31) * DAY + HOUR;
    let offset = if (summer_from..summer_until).contains(&ms) {
        2 * HOUR
    } else {
        HOUR
    };
    ms + offset
}

fn iso_date_of(wall: i64) -> String {
    let (y, m, d) = civil_from_days(wall.div_euclid(DAY));
    format!("{y:04}-{m:02}-{d:02}")
}

/// "2026-03-29" for a moment, in Dutch time.
pub fn dutch_iso_date(ms: Millis) -> String {
    iso_date_of(dutch_wall_clock(ms))
}

/// How many calendar days (in Dutch time) lie from the day of `from` to the day of `to`
/// (negative when `to` is earlier).
pub fn days_between(from: Millis, to: Millis) -> i64 {
    (dutch_wall_clock(to).div_euclid(DAY)) - (dutch_wall_clock(from).div_euclid(DAY))
}

/// "YYYY-MM-DD" moved by `days` calendar days; `None` when `date` is not such a date.
pub fn add_days(date: &str, days: i64) -> Option<String> {
    let mut parts = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    if date.len() != 10 || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(iso_date_of((days_from_civil(y, m, d) + days) * DAY))
}

/// The date of a bijeenkomst as shown: "15 september 2026" from "2026-09-15", or that no date
/// is set yet.
pub fn meeting_date(t: &Texts, date: &str) -> String {
    if date.is_empty() {
        t.verslag_no_date.to_string()
    } else {
        t.date(date)
    }
}

/// A calendar date for a spreadsheet: "08-12-2026" from "2026-12-08" (dd-mm-jjjj, which Excel
/// with Dutch settings reads as a date). Text that is not a valid "YYYY-MM-DD" date (an empty
/// field, "voor de zomer") is returned as it is.
pub fn excel_date(iso: &str) -> String {
    let b = iso.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return iso.to_string();
    }
    let (y, m, d) = (&iso[0..4], &iso[5..7], &iso[8..10]);
    let (mm, dd) = (m.parse::<u32>().unwrap_or(0), d.parse::<u32>().unwrap_or(0));
    if !(1..=12).contains(&mm) || !(1..=31).contains(&dd) {
        return iso.to_string();
    }
    format!("{d}-{m}-{y}")
}

/// "m:ss", or "h:mm:ss" from an hour on, of a number of seconds.
pub fn clock(seconds: u64) -> String {
    if seconds >= 3600 {
        format!(
            "{}:{:02}:{:02}",
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        )
    } else {
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }
}

/// What the timer of a phase shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Countdown {
    /// Whole seconds left, rounded up; `warn` in the last two minutes or the last fifth of the
    /// planned time.
    Left { seconds: u64, warn: bool },
    /// Whole seconds past the planned time.
    Over { seconds: u64 },
}

/// The countdown after `elapsed_ms` of a phase planned for `planned_ms`.
pub fn countdown(elapsed_ms: u64, planned_ms: u64) -> Countdown {
    if elapsed_ms <= planned_ms {
        let seconds = (planned_ms - elapsed_ms).div_ceil(1000);
        Countdown::Left {
            seconds,
            warn: seconds <= 120 || seconds * 5 <= planned_ms / 1000,
        }
    } else {
        Countdown::Over {
            seconds: (elapsed_ms - planned_ms) / 1000,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_dates_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for day in [-1, 0, 59, 365, 11_016, 11_017, 20_000, 40_000] {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
        // 2026: summer time from Sunday 29 March to Sunday 25 October.
        assert_eq!(last_sunday(2026, 3, 31), days_from_civil(2026, 3, 29));
        assert_eq!(last_sunday(2026, 10, 31), days_from_civil(2026, 10, 25));
    }

    #[test]
    fn spreadsheet_dates_are_day_month_year() {
        assert_eq!(excel_date("2026-12-08"), "08-12-2026");
        assert_eq!(excel_date("2026-10-01"), "01-10-2026");
        assert_eq!(excel_date(""), "");
        assert_eq!(excel_date("voor de zomer"), "voor de zomer");
        assert_eq!(excel_date("2026-13-01"), "2026-13-01");
        assert_eq!(excel_date("2026-1-1"), "2026-1-1");
    }

    #[test]
    fn dates_are_in_dutch_time() {
        const HOUR: u64 = 3_600_000;
        let midnight = |y, m, d| days_from_civil(y, m, d) as u64 * 24 * HOUR;
        // Winter: 23:30 UTC is 00:30 the next day in CET.
        assert_eq!(
            dutch_iso_date(midnight(2026, 1, 15) - HOUR / 2),
            "2026-01-15"
        );
        assert_eq!(
            dutch_iso_date(midnight(2026, 1, 15) - 2 * HOUR),
            "2026-01-14"
        );
        // Summer: 22:30 UTC is 00:30 the next day in CEST.
        assert_eq!(
            dutch_iso_date(midnight(2026, 7, 1) - 3 * HOUR / 2),
            "2026-07-01"
        );
        // New Year's Eve, 23:30 UTC, is already the next year.
        assert_eq!(
            dutch_iso_date(midnight(2027, 1, 1) - HOUR / 2),
            "2027-01-01"
        );
        assert_eq!(dutch_iso_date(0), "1970-01-01");
    }
}
