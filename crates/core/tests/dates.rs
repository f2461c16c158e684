//! Dates and times as users see them (`report::dates`): the day of a moment in Dutch time,
//! meeting dates, and the timer of a phase.

use vitaal_core::i18n::t;
use vitaal_core::report::dates::{clock, countdown, dutch_iso_date, meeting_date, Countdown};

const MINUTE: u64 = 60_000;
/// 2026-07-01 07:05 UTC.
const JULY_1_0705_UTC: u64 = 1_782_889_500_000;
/// 2026-12-31 23:30 UTC.
const NEW_YEARS_EVE_2330_UTC: u64 = 1_798_759_800_000;

#[test]
fn the_day_turns_at_dutch_midnight() {
    assert_eq!(dutch_iso_date(NEW_YEARS_EVE_2330_UTC), "2027-01-01");
    // 21:59 UTC in summer is 23:59 CEST, still the same day; a minute later it is the next.
    let before_midnight = JULY_1_0705_UTC - 9 * 60 * MINUTE - 6 * MINUTE;
    assert_eq!(dutch_iso_date(before_midnight), "2026-06-30");
    assert_eq!(dutch_iso_date(before_midnight + MINUTE), "2026-07-01");
}

#[test]
fn a_meeting_date_is_written_out_or_said_to_be_missing() {
    let t = t();
    assert_eq!(meeting_date(t, "2026-12-01"), "1 december 2026");
    assert_eq!(meeting_date(t, "2026-09-15"), "15 september 2026");
    assert_eq!(meeting_date(t, ""), t.verslag_no_date);
}

#[test]
fn the_clock_shows_minutes_and_seconds_and_hours_from_an_hour_on() {
    assert_eq!(clock(0), "0:00");
    assert_eq!(clock(9), "0:09");
    assert_eq!(clock(61), "1:01");
    assert_eq!(clock(3599), "59:59");
    assert_eq!(clock(3600), "1:00:00");
    assert_eq!(clock(3 * 3600 + 5 * 60 + 7), "3:05:07");
}

#[test]
fn the_countdown_rounds_up_warns_near_the_end_and_counts_on_past_it() {
    let planned = 30 * MINUTE;
    assert_eq!(
        countdown(0, planned),
        Countdown::Left {
            seconds: 1800,
            warn: false
        }
    );
    // Part of a second gone still shows the whole second.
    assert_eq!(
        countdown(1, planned),
        Countdown::Left {
            seconds: 1800,
            warn: false
        }
    );
    // The last fifth of 30 minutes: 6 minutes left.
    assert_eq!(
        countdown(24 * MINUTE - 1000, planned),
        Countdown::Left {
            seconds: 361,
            warn: false
        }
    );
    assert_eq!(
        countdown(24 * MINUTE, planned),
        Countdown::Left {
            seconds: 360,
            warn: true
        }
    );
    assert_eq!(
        countdown(planned, planned),
        Countdown::Left {
            seconds: 0,
            warn: true
        }
    );
    assert_eq!(
        countdown(planned + 999, planned),
        Countdown::Over { seconds: 0 }
    );
    assert_eq!(
        countdown(planned + 90_500, planned),
        Countdown::Over { seconds: 90 }
    );
    // A short phase warns in its last two minutes, before its last fifth.
    let short = 5 * MINUTE;
    assert_eq!(
        countdown(short - 121_000, short),
        Countdown::Left {
            seconds: 121,
            warn: false
        }
    );
    assert_eq!(
        countdown(short - 120_000, short),
        Countdown::Left {
            seconds: 120,
            warn: true
        }
    );
    // A long phase warns in its last fifth: 24 of 120 minutes.
    let long = 120 * MINUTE;
    assert_eq!(
        countdown(long - 25 * MINUTE, long),
        Countdown::Left {
            seconds: 1500,
            warn: false
        }
    );
    assert_eq!(
        countdown(long - 24 * MINUTE, long),
        Countdown::Left {
            seconds: 1440,
            warn: true
        }
    );
    // A phase without planned minutes is over at once.
    assert_eq!(countdown(5000, 0), Countdown::Over { seconds: 5 });
}
