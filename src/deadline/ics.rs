//! A calendar event (RFC 5545) for the safe last day, with a reminder some working days before it.

use chrono::NaiveDateTime;

use super::calendar::Calendar;
use super::count::{walk, Deadline};

/// How many working days before the safe last day the reminder rings.
pub const REMINDER_WORKING_DAYS: u32 = 5;

/// An all-day event on the safe last day. `stamp` is the file's DTSTAMP: the app passes the start of today, so
/// the same result gives the same file all day. The reminder rings at 09:00 on the working day
/// `REMINDER_WORKING_DAYS` before, or on the start day if that is later.
pub fn calendar_event(
    calendar: &Calendar,
    deadline: &Deadline,
    title: &str,
    description: &str,
    stamp: NaiveDateTime,
) -> String {
    let day = deadline.earliest;
    let trigger = reminder_trigger(calendar, deadline, day);
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Rumbo//Deadline//ES".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:rumbo-{}-{}@rumbo.invalid", deadline.term.rule().id, deadline.start.format("%Y%m%d")),
        format!("DTSTAMP:{}", stamp.format("%Y%m%dT%H%M%SZ")),
        format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")),
        // A count's last day lies in the calendar's years, far from chrono's end; never panic all the same.
        format!("DTEND;VALUE=DATE:{}", day.succ_opt().unwrap_or(day).format("%Y%m%d")),
        format!("SUMMARY:{}", escape(title)),
        format!("DESCRIPTION:{}", escape(description)),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        format!("DESCRIPTION:{}", escape(title)),
        format!("TRIGGER:{trigger}"),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    lines.iter().map(|line| fold(line)).collect::<Vec<_>>().join("")
}

/// The alarm of an all-day event on `day` of `deadline`'s count: 09:00 on the working day
/// `REMINDER_WORKING_DAYS` before, or on the count's start day if that is later.
pub(crate) fn reminder_trigger(calendar: &Calendar, deadline: &Deadline, day: chrono::NaiveDate) -> String {
    let reminder =
        walk(calendar, day, REMINDER_WORKING_DAYS, false, false).unwrap_or(deadline.start).max(deadline.start);
    let days_before = (day - reminder).num_days();
    // The event starts at 00:00 on its day: 09:00 n days earlier is n-1 days and 15 hours before it.
    if days_before <= 0 {
        "PT0S".to_string()
    } else {
        format!("-P{}DT15H", days_before - 1)
    }
}

/// TEXT values escape backslashes, semicolons, commas and line breaks.
pub(crate) fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace("\r\n", "\\n").replace('\n', "\\n")
}

/// Lines end in CRLF and are folded at 75 octets, never inside a character.
pub(crate) fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for ch in line.chars() {
        if width + ch.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += ch.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::{compute, Term};

    fn event(title: &str) -> String {
        let calendar = Calendar::shipped();
        let result = compute(calendar, Term::Asylum, "2025-03-03".parse().unwrap()).unwrap();
        let stamp = "2025-03-10T08:00:00".parse().unwrap();
        calendar_event(calendar, &result, title, "Rumbo: 30 días hábiles, LRPCAP art. 18", stamp)
    }

    #[test]
    fn an_all_day_event_on_the_safe_last_day_with_a_reminder() {
        let ics = event("Cita");
        assert!(ics.contains("DTSTART;VALUE=DATE:20250415\r\n"));
        assert!(ics.contains("DTEND;VALUE=DATE:20250416\r\n"));
        assert!(ics.contains("SUMMARY:Cita\r\n"));
        // 5 working days before Tue 15 Apr: 14, 11, 10, 9, 8 Apr, so Tue 8 Apr at 09:00, 7 days before.
        assert!(ics.contains("TRIGGER:-P6DT15H\r\n"), "{ics}");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("DESCRIPTION:Rumbo: 30 días hábiles\\, LRPCAP art. 18\r\n"));
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_breaking_a_character() {
        let ics = event(&"Último día para pedir asilo en la COMAR; ".repeat(4));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("SUMMARY:Último día para pedir asilo en la COMAR\\; Último"));
    }
}
