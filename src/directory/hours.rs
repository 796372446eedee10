//! "Open now", offline: the place's weekly hours in its own time zone, compared with the device's clock in UTC.
//! The zone rules come from `chrono-tz` (only the three zones Rumbo needs are compiled in), because border cities
//! follow US daylight saving time and Mexico City has not since 2022: a fixed offset would be wrong half the year.
//!
//! A weekly table is only turned into "open now" or "closed now" where that is honest: its source is dated and
//! at most 12 months old, the device's clock is not before the data's own date, and, for a government office,
//! the calendar of non-working days (LFPA art. 28 and declared closures) does not mark the day.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;

use super::model::{older_than, Directory, Entry, Hours, Kind, Zone, HOURS_CLAIM_MONTHS};
use crate::deadline::{Calendar, Certainty};
use crate::sources::SourceDate;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Openness {
    Open,
    Closed,
    /// The source gives no weekly hours.
    Unknown,
}

impl Zone {
    fn tz(self) -> Tz {
        match self {
            Zone::Tijuana => chrono_tz::America::Tijuana,
            Zone::CiudadJuarez => chrono_tz::America::Ciudad_Juarez,
            Zone::MexicoCity => chrono_tz::America::Mexico_City,
        }
    }
}

/// What may honestly be said of one service's hours at a moment.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct HoursReading {
    /// Open or closed now by the weekly hours; `Unknown` wherever a claim would not be honest.
    pub now: Openness,
    /// The day, in the place's own time zone, is non-working on the office's calendar.
    pub non_working: Option<Certainty>,
    /// The hours' source: its date is shown with the hours.
    pub source_date: SourceDate,
    /// The source is dated and at most 12 months old: the hours may be stated as the current ones.
    pub fresh: bool,
}

impl Directory {
    /// Reads one service's hours of `entry` at `now`. Government offices follow the shipped calendar.
    pub fn read_hours(&self, entry: &Entry, hours: &Hours, now: DateTime<Utc>) -> HoursReading {
        let calendar = (entry.kind == Kind::Government).then(Calendar::shipped);
        read_hours(hours, self.source_date(&hours.source), self.checked, calendar, now)
    }
}

/// The reading of `hours` whose source is dated `source_date`, for data checked on `checked`; `calendar` is the
/// office's calendar of non-working days, if it keeps one.
pub fn read_hours(
    hours: &Hours,
    source_date: SourceDate,
    checked: NaiveDate,
    calendar: Option<&Calendar>,
    now: DateTime<Utc>,
) -> HoursReading {
    let local_day = now.with_timezone(&hours.tz.tz()).date_naive();
    // A clock before the data's own date is wrong: age is counted from the data's date instead, and the
    // clock's weekday and time are not trusted for a claim.
    let clock_ok = local_day >= checked;
    let fresh = !older_than(source_date, local_day.max(checked), HOURS_CLAIM_MONTHS);
    let non_working = calendar.and_then(|c| c.non_working(local_day)).map(|day| day.certainty);
    let claim = clock_ok && fresh && non_working.is_none();
    let now = if claim { open_now(hours, now) } else { Openness::Unknown };
    HoursReading { now, non_working, source_date, fresh }
}

/// Whether the place is open at `now` by its own clock and weekly table alone: see `read_hours` for when
/// that may be said.
pub fn open_now(hours: &Hours, now: DateTime<Utc>) -> Openness {
    if hours.weekly.is_empty() {
        return Openness::Unknown;
    }
    let local = now.with_timezone(&hours.tz.tz());
    let day = local.weekday().number_from_monday() as u8;
    let time = local.time();
    let open = hours.weekly.iter().any(|slot| slot.days.contains(&day) && slot.open <= time && time < slot.close);
    if open {
        Openness::Open
    } else {
        Openness::Closed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Slot;
    use chrono::{NaiveTime, TimeZone};

    fn weekdays(zone: Zone, open: &str, close: &str) -> Hours {
        let t = |s| NaiveTime::parse_from_str(s, "%H:%M").unwrap();
        Hours {
            service_id: "dir-hours-office".into(),
            tz: zone,
            weekly: vec![Slot { days: vec![1, 2, 3, 4, 5], open: t(open), close: t(close) }],
            note_id: None,
            source: "s".into(),
        }
    }

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    #[test]
    fn tijuana_follows_us_daylight_saving_and_mexico_city_does_not() {
        let tijuana = weekdays(Zone::Tijuana, "08:00", "16:00");
        let cdmx = weekdays(Zone::MexicoCity, "09:00", "18:00");
        // Wednesday 9 July 2025, 15:30 UTC: 08:30 in Tijuana (UTC-7 in summer), 09:30 in Mexico City (UTC-6).
        assert_eq!(open_now(&tijuana, utc(2025, 7, 9, 15, 30)), Openness::Open);
        assert_eq!(open_now(&cdmx, utc(2025, 7, 9, 15, 30)), Openness::Open);
        // Wednesday 15 January 2025, 15:30 UTC: 07:30 in Tijuana (UTC-8 in winter): not open yet.
        assert_eq!(open_now(&tijuana, utc(2025, 1, 15, 15, 30)), Openness::Closed);
        assert_eq!(open_now(&cdmx, utc(2025, 1, 15, 15, 30)), Openness::Open);
        // Mexico City kept UTC-6 in summer 2025: 14:59 UTC is 08:59 there, closed.
        assert_eq!(open_now(&cdmx, utc(2025, 7, 9, 14, 59)), Openness::Closed);
    }

    #[test]
    fn the_local_day_decides_not_the_utc_day() {
        let tijuana = weekdays(Zone::Tijuana, "08:00", "23:00");
        // Saturday 02:00 UTC is still Friday 19:00 in Tijuana (summer).
        assert_eq!(open_now(&tijuana, utc(2025, 7, 12, 2, 0)), Openness::Open);
        // Monday 06:00 UTC is Sunday 23:00 in Tijuana.
        assert_eq!(open_now(&tijuana, utc(2025, 7, 14, 6, 0)), Openness::Closed);
    }

    #[test]
    fn no_weekly_hours_means_unknown() {
        let mut hours = weekdays(Zone::CiudadJuarez, "08:00", "16:00");
        hours.weekly.clear();
        assert_eq!(open_now(&hours, utc(2025, 7, 9, 16, 0)), Openness::Unknown);
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// COMAR Mexico City's weekly hours, as if their source were fresh: only the calendar can stop the claim.
    fn comar_cdmx_reading(now: DateTime<Utc>) -> HoursReading {
        let hours = weekdays(Zone::MexicoCity, "09:00", "18:00");
        read_hours(&hours, SourceDate::Day(day("2025-12-01")), day("2025-12-01"), Some(Calendar::shipped()), now)
    }

    #[test]
    fn a_government_office_makes_no_claim_on_its_non_working_days() {
        // 11:00 in Mexico City (UTC-6) on each day.
        for (date, certainty) in [
            ((2025, 12, 25), Certainty::Certain),   // LFPA art. 28
            ((2026, 1, 1), Certainty::Certain),     // LFPA art. 28, inside the vacation: the law wins
            ((2026, 9, 16), Certainty::Certain),    // LFPA art. 28
            ((2025, 12, 29), Certainty::Uncertain), // the COMAR vacation of December 2025
            ((2025, 12, 31), Certainty::Uncertain),
        ] {
            let reading = comar_cdmx_reading(utc(date.0, date.1, date.2, 17, 0));
            assert_eq!(reading.now, Openness::Unknown, "{date:?}");
            assert_eq!(reading.non_working, Some(certainty), "{date:?}");
        }
        // A working Wednesday, and the Monday COMAR reopened: open.
        assert_eq!(comar_cdmx_reading(utc(2025, 12, 10, 17, 0)).now, Openness::Open);
        assert_eq!(comar_cdmx_reading(utc(2026, 1, 5, 17, 0)).now, Openness::Open);
    }

    #[test]
    fn old_or_undated_hours_and_a_clock_before_the_data_make_no_claim() {
        let hours = weekdays(Zone::MexicoCity, "09:00", "18:00");
        let wednesday = utc(2026, 12, 9, 17, 0);
        let read = |date, checked: &str| read_hours(&hours, date, day(checked), None, wednesday);
        assert_eq!(read(SourceDate::Day(day("2026-01-10")), "2026-11-27").now, Openness::Open);
        let old = read(SourceDate::Day(day("2025-12-08")), "2026-11-27");
        assert_eq!((old.now, old.fresh), (Openness::Unknown, false), "more than 12 months old");
        assert_eq!(read(SourceDate::Undated, "2026-11-27").now, Openness::Unknown);
        assert_eq!(read(SourceDate::Year(2025), "2026-11-27").now, Openness::Unknown, "2025 counts from January");
        // The phone's clock says 9 December 2026, but the data was checked in 2027: the clock is wrong.
        let behind = read(SourceDate::Day(day("2027-01-10")), "2027-02-01");
        assert_eq!((behind.now, behind.fresh), (Openness::Unknown, true));
    }

    #[test]
    fn a_daily_service_is_open_on_saturday_morning() {
        let t = |s| NaiveTime::parse_from_str(s, "%H:%M").unwrap();
        let breakfast = Hours {
            service_id: "dir-hours-breakfast".into(),
            tz: Zone::Tijuana,
            weekly: vec![Slot { days: (1..=7).collect(), open: t("07:30"), close: t("11:00") }],
            note_id: None,
            source: "s".into(),
        };
        // Saturday 5 December 2026, 07:45 in Tijuana (UTC-8): 15:45 UTC. No calendar: not a government office.
        let reading = read_hours(
            &breakfast,
            SourceDate::Day(day("2026-06-01")),
            day("2026-11-27"),
            None,
            utc(2026, 12, 5, 15, 45),
        );
        assert_eq!(reading.now, Openness::Open);
    }
}
