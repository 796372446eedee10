//! "Open now", offline: the place's weekly hours in its own time zone, compared with the device's clock in UTC.
//! The zone rules come from `chrono-tz` (only the three zones Rumbo needs are compiled in), because border cities
//! follow US daylight saving time and Mexico City has not since 2022: a fixed offset would be wrong half the year.

use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;

use super::model::{Hours, Zone};

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

/// Whether the place is open at `now`, by its own clock.
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
}
