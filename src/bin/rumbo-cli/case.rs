//! `rumbo-cli case`: one person's timeline, as the "My case" screen shows it, for an outreach worker helping
//! someone without the app, and the reminders as an `.ics` file. The timeline and its words are made in the
//! library (`rumbo::case`); this file only reads the flags into `CaseFacts`.

use std::{io::Write, path::PathBuf};

use rumbo::case::{
    parse_weekday, reminders, summary, timeline, validate, Appointment, CaseFacts, Decision, EntryDate, Office,
    Outcome, Place, ReminderOptions, SignIn, Tvrh, SIGN_IN_WEEKS,
};
use rumbo::deadline::{parse_date, Calendar};
use rumbo::i18n::{Lang, Localizer};

use crate::output::{note, CliResult};

#[derive(clap::Args)]
pub struct CaseArgs {
    /// The day of entry (YYYY-MM-DD), or the month when unsure (YYYY-MM), or its part (YYYY-MM-early|mid|late:
    /// days 1–10, 11–20, 21 to the end). Every count then starts from the earliest day it may have been.
    #[arg(long, value_name = "DATE")]
    entry: Option<String>,
    /// The day the application was filed.
    #[arg(long, value_name = "YYYY-MM-DD")]
    filed: Option<String>,
    /// Where it was filed: comar or inm.
    #[arg(long, value_name = "comar|inm")]
    office: Option<String>,
    /// The city of that office.
    #[arg(long)]
    city: Option<String>,
    /// Someone else filed it: the 3 working days to ratify apply.
    #[arg(long)]
    third_party: bool,
    /// The weekday of the weekly sign-in (monday … friday, or mon … fri).
    #[arg(long, value_name = "WEEKDAY")]
    sign_in: Option<String>,
    /// Where the sign-in is: comar or inm (with --sign-in).
    #[arg(long, value_name = "comar|inm", requires = "sign_in")]
    sign_in_office: Option<String>,
    /// The city of the sign-in's office.
    #[arg(long, requires = "sign_in_office")]
    sign_in_city: Option<String>,
    /// An interview or appointment (repeat for several): YYYY-MM-DD, or YYYY-MM-DD=note.
    #[arg(long, value_name = "YYYY-MM-DD")]
    appointment: Vec<String>,
    /// The day the decision was notified (with --decision).
    #[arg(long, value_name = "YYYY-MM-DD", requires = "decision")]
    notified: Option<String>,
    /// What COMAR decided: refused, complementary or granted.
    #[arg(long, value_name = "refused|complementary|granted")]
    decision: Option<String>,
    /// The person holds a TVRH (no expiry is computed for it).
    #[arg(long)]
    tvrh: bool,
    /// Count as of this day instead of the computer's date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<String>,
    /// es, en, ht or ru.
    #[arg(long, default_value = "es")]
    lang: String,
    /// One JSON object (the facts, the timeline with message ids, and the text) instead of text.
    #[arg(long)]
    json: bool,
    /// Also write the reminders to this .ics file.
    #[arg(long, value_name = "FILE")]
    ics: Option<PathBuf>,
    /// In the .ics, no "Rumbo" and no case detail: neutral titles, no description or place.
    #[arg(long, requires = "ics")]
    neutral: bool,
    /// How many weeks the weekly sign-in repeats in the .ics while no decision is entered.
    #[arg(long, default_value_t = SIGN_IN_WEEKS, requires = "ics")]
    weeks: u32,
}

fn date(flag: &str, text: &str) -> Result<chrono::NaiveDate, String> {
    parse_date(text).map_err(|e| format!("--{flag}: {e}"))
}

fn place(flag: &str, office: &str, city: Option<&str>) -> Result<Place, String> {
    let office = Office::from_id(office).ok_or_else(|| format!("--{flag}: \"{office}\": use comar or inm"))?;
    Ok(Place { office, city: city.unwrap_or_default().to_string() })
}

fn facts(args: &CaseArgs) -> Result<CaseFacts, String> {
    let mut facts = CaseFacts::default();
    if let Some(text) = &args.entry {
        facts.entry = Some(EntryDate::parse(text).ok_or_else(|| {
            format!("--entry: \"{text}\" is not a date: write YYYY-MM-DD, YYYY-MM, or YYYY-MM-early|mid|late")
        })?);
    }
    facts.filed = args.filed.as_deref().map(|t| date("filed", t)).transpose()?;
    if let Some(office) = &args.office {
        facts.filed_at = Some(place("office", office, args.city.as_deref())?);
    } else if args.city.is_some() {
        return Err("--city needs --office comar or inm".into());
    }
    facts.filed_by_third_party = args.third_party;
    if let Some(text) = &args.sign_in {
        let weekday = parse_weekday(text).ok_or_else(|| format!("--sign-in: \"{text}\" is not a weekday"))?;
        let place = args.sign_in_office.as_deref().map(|o| place("sign-in-office", o, args.sign_in_city.as_deref()));
        facts.sign_in = Some(SignIn { weekday, place: place.transpose()? });
    }
    for text in &args.appointment {
        let (day, note) = text.split_once('=').unwrap_or((text, ""));
        facts.appointments.push(Appointment { date: date("appointment", day)?, note: note.to_string() });
    }
    if let Some(outcome) = &args.decision {
        let outcome = Outcome::from_id(outcome)
            .ok_or_else(|| format!("--decision: \"{outcome}\": use refused, complementary or granted"))?;
        let notified = args.notified.as_deref().map(|t| date("notified", t)).transpose()?;
        facts.decision = Some(Decision { outcome, notified });
    }
    if args.tvrh {
        facts.tvrh = Some(Tvrh { issued: None });
    }
    Ok(facts)
}

pub fn run(out: &mut dyn Write, args: &CaseArgs) -> CliResult {
    let lang = Lang::from_code(&args.lang).ok_or_else(|| format!("--lang: \"{}\": use es, en, ht or ru", args.lang))?;
    let today = match &args.today {
        Some(text) => date("today", text)?,
        None => chrono::Local::now().date_naive(),
    };
    let localizer = Localizer::embedded();
    let facts = facts(args)?;
    validate(&facts, today).map_err(|e| e.message().render(localizer, lang))?;
    let calendar = Calendar::shipped();
    let timeline = timeline(&facts, today, calendar);
    let text = summary(&timeline, localizer, lang);
    if args.json {
        let json = serde_json::json!({ "facts": facts, "timeline": timeline, "text": text });
        let mut json = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
        json.push('\n');
        out.write_all(json.as_bytes())?;
    } else {
        out.write_all(text.as_bytes())?;
    }
    if let Some(path) = &args.ics {
        let options = ReminderOptions {
            neutral: args.neutral,
            lang,
            stamp: chrono::Utc::now().naive_utc(),
            sign_in_weeks: args.weeks,
        };
        let file = reminders(&timeline, calendar, localizer, &options);
        crate::write::replace(path, file.text.as_bytes())?;
        note(format_args!("{}: {} events", path.display(), file.events));
        note(format_args!("{}", localizer.text(lang, "case-ics-warning")));
    }
    Ok(())
}
