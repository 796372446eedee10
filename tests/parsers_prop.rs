//! The parsers of files people edit by hand, fed random and hostile bytes: each input is either read into a
//! valid value or refused with a reason, never a panic (which in the release build aborts the program).

use chrono::NaiveDate;
use proptest::{prelude::*, sample::Index};
use rumbo::{deadline::Calendar, directory::Directory};

const DIRECTORY: &str = include_str!("../assets/directory.json");
const CALENDAR: &str = include_str!("../assets/calendar.json");

/// What a hostile or careless edit puts in: JSON syntax, numbers and dates beyond every range, a byte-order
/// mark, NUL, zero-width and right-to-left characters, and the field names the parsers look for.
const PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "\\u",
    "\\ud800",
    "null",
    "true",
    "-1",
    "1e999999",
    "-0",
    "18446744073709551616",
    "4294967297",
    "\"+262142-12-31\"",
    "\"-262143-01-01\"",
    "\"2026-02-30\"",
    "\"2025\"",
    "\"25:00\"",
    "\"24:00\"",
    "[0,255]",
    "[]",
    "{}",
    "\"\"",
    "\u{feff}",
    "\0",
    "\u{200b}",
    "\u{202e}",
    "\r\n",
    " ",
    "\"entries\"",
    "\"sources\"",
    "\"phones\"",
    "\"hours\"",
    "\"read\"",
    "\"periods\"",
    "\"from\"",
    "\"to\"",
    "\"certainty\"",
    "\"uncertain\"",
    "\"reviewed\"",
];

/// The shipped file with up to eight edits, each replacing a random stretch with a hostile piece: inputs
/// close enough to valid to reach the parsers' deeper checks.
fn edited(base: &'static str) -> impl Strategy<Value = String> {
    prop::collection::vec((any::<Index>(), 0usize..40, prop::sample::select(PIECES)), 1..8).prop_map(move |edits| {
        let mut bytes = base.as_bytes().to_vec();
        for (at, len, piece) in edits {
            let start = at.index(bytes.len() + 1);
            let end = (start + len).min(bytes.len());
            bytes.splice(start..end, piece.bytes());
        }
        // The command line reads files as UTF-8 and refuses anything else before parsing.
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Hostile pieces in any order, and plain random bytes.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|pieces| pieces.concat()),
        prop::collection::vec(any::<u8>(), 0..2000).prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
    ]
}

fn directory_reads_or_refuses(text: &str) {
    match Directory::from_json(text) {
        // `directory check --file` goes on to check the rules: they must not panic on what was parsed.
        Ok(dir) => {
            let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
            let _ = rumbo::directory::check(&dir, today);
            let _ = dir.message_ids();
        }
        Err(reason) => assert!(!reason.to_string().trim().is_empty()),
    }
}

fn calendar_reads_or_refuses(text: &str) {
    match Calendar::from_json(text) {
        Ok(calendar) => {
            let _ = calendar.non_working(NaiveDate::from_ymd_opt(2025, 12, 24).unwrap());
        }
        Err(reason) => assert!(!reason.to_string().trim().is_empty()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn an_edited_directory_file_is_read_or_refused(text in edited(DIRECTORY)) {
        directory_reads_or_refuses(&text);
    }

    #[test]
    fn hostile_bytes_as_a_directory_file_are_refused(text in hostile()) {
        directory_reads_or_refuses(&text);
    }

    #[test]
    fn an_edited_calendar_file_is_read_or_refused(text in edited(CALENDAR)) {
        calendar_reads_or_refuses(&text);
    }

    #[test]
    fn hostile_bytes_as_a_calendar_file_are_refused(text in hostile()) {
        calendar_reads_or_refuses(&text);
    }
}
