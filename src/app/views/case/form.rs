//! What the person types on "My case", as text fields, and how it becomes the core's `CaseFacts`: each part
//! optional, a date only once its day (or month), month and year are all given. The core's `validate` then
//! refuses what cannot be true; nothing is stored until it passes.

use chrono::{NaiveDate, Weekday};
use rumbo::case::{
    Appointment, CaseError, CaseFacts, Decision, EntryDate, Field, MonthPart, Office, Outcome, Place, SignIn,
};

/// A date as three fields (never an ambiguous 03/04): day and year typed, month chosen by name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DateInput {
    pub day: String,
    /// 0: not chosen.
    pub month: u32,
    pub year: String,
}

impl DateInput {
    pub fn of(date: NaiveDate) -> DateInput {
        use chrono::Datelike;
        DateInput { day: date.day().to_string(), month: date.month(), year: date.year().to_string() }
    }

    fn is_empty(&self) -> bool {
        self.day.trim().is_empty() && self.month == 0 && self.year.trim().is_empty()
    }

    fn year(&self) -> Option<i32> {
        let year = self.year.trim();
        (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())).then(|| year.parse().ok()).flatten()
    }

    /// None when nothing is typed; the reason when it is half typed or does not exist.
    fn date(&self, field: Field) -> Result<Option<NaiveDate>, Problem> {
        if self.is_empty() {
            return Ok(None);
        }
        let day = self.day.trim();
        let (Some(year), true, false) = (self.year(), self.month > 0, day.is_empty()) else {
            return Err(Problem::Incomplete(field));
        };
        let day: u32 = day.parse().map_err(|_| Problem::Case(CaseError::Impossible(field)))?;
        NaiveDate::from_ymd_opt(year, self.month, day).map(Some).ok_or(Problem::Case(CaseError::Impossible(field)))
    }
}

/// How exactly the person knows the day they entered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Precision {
    #[default]
    Day,
    Month,
    Part,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CaseForm {
    pub precision: Precision,
    pub entry: DateInput,
    pub part: Option<MonthPart>,
    pub filed: DateInput,
    pub filed_office: Option<Office>,
    pub filed_city: String,
    pub third_party: bool,
    pub weekday: Option<Weekday>,
    pub sign_in_office: Option<Office>,
    pub sign_in_city: String,
    pub appointments: Vec<(DateInput, String)>,
    pub outcome: Option<Outcome>,
    pub notified: DateInput,
}

/// Why the form cannot become facts yet.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A date half typed.
    Incomplete(Field),
    /// What the core refuses (impossible, out of order, in the future).
    Case(CaseError),
}

fn place(office: Option<Office>, city: &str) -> Option<Place> {
    office.map(|office| Place { office, city: city.trim().to_string() })
}

impl CaseForm {
    pub fn from_facts(facts: &CaseFacts) -> CaseForm {
        let (precision, entry, part) = match facts.entry {
            None => (Precision::Day, DateInput::default(), None),
            Some(EntryDate::Day { date }) => (Precision::Day, DateInput::of(date), None),
            Some(EntryDate::Month { year, month }) => {
                (Precision::Month, DateInput { day: String::new(), month, year: year.to_string() }, None)
            }
            Some(EntryDate::Part { year, month, part }) => {
                (Precision::Part, DateInput { day: String::new(), month, year: year.to_string() }, Some(part))
            }
        };
        let filed_at = facts.filed_at.as_ref();
        let sign_in_place = facts.sign_in.as_ref().and_then(|s| s.place.as_ref());
        CaseForm {
            precision,
            entry,
            part,
            filed: facts.filed.map(DateInput::of).unwrap_or_default(),
            filed_office: filed_at.map(|p| p.office),
            filed_city: filed_at.map(|p| p.city.clone()).unwrap_or_default(),
            third_party: facts.filed_by_third_party,
            weekday: facts.sign_in.as_ref().map(|s| s.weekday),
            sign_in_office: sign_in_place.map(|p| p.office),
            sign_in_city: sign_in_place.map(|p| p.city.clone()).unwrap_or_default(),
            appointments: facts.appointments.iter().map(|a| (DateInput::of(a.date), a.note.clone())).collect(),
            outcome: facts.decision.map(|d| d.outcome),
            notified: facts.decision.and_then(|d| d.notified).map(DateInput::of).unwrap_or_default(),
        }
    }

    fn entry(&self) -> Result<Option<EntryDate>, Problem> {
        match self.precision {
            Precision::Day => Ok(self.entry.date(Field::Entry)?.map(|date| EntryDate::Day { date })),
            Precision::Month | Precision::Part => {
                let entry = &self.entry;
                if entry.month == 0 && entry.year.trim().is_empty() && self.part.is_none() {
                    return Ok(None);
                }
                let (Some(year), true) = (entry.year(), entry.month > 0) else {
                    return Err(Problem::Incomplete(Field::Entry));
                };
                let month = entry.month;
                match (self.precision, self.part) {
                    (Precision::Part, Some(part)) => Ok(Some(EntryDate::Part { year, month, part })),
                    (Precision::Part, None) => Err(Problem::Incomplete(Field::Entry)),
                    _ => Ok(Some(EntryDate::Month { year, month })),
                }
            }
        }
    }

    /// The facts, checked by the core on `today`; the first problem otherwise.
    pub fn to_facts(&self, today: NaiveDate) -> Result<CaseFacts, Problem> {
        let mut appointments = Vec::new();
        for (date, note) in &self.appointments {
            if let Some(date) = date.date(Field::Appointment)? {
                appointments.push(Appointment { date, note: note.trim().to_string() });
            }
        }
        appointments.sort_by_key(|a| a.date);
        let notified = self.notified.date(Field::Notified)?;
        let decision = match (self.outcome, notified) {
            (Some(outcome), notified) => Some(Decision { outcome, notified }),
            // A day without what was decided: the appeal cannot be counted without knowing it was a refusal.
            (None, Some(_)) => return Err(Problem::Incomplete(Field::Notified)),
            (None, None) => None,
        };
        let facts = CaseFacts {
            entry: self.entry()?,
            filed: self.filed.date(Field::Filed)?,
            filed_at: place(self.filed_office, &self.filed_city),
            filed_by_third_party: self.third_party,
            sign_in: self
                .weekday
                .map(|weekday| SignIn { weekday, place: place(self.sign_in_office, &self.sign_in_city) }),
            appointments,
            decision,
            ..CaseFacts::default()
        };
        rumbo::case::validate(&facts, today).map_err(Problem::Case)?;
        Ok(facts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
    }

    fn date(day: &str, month: u32, year: &str) -> DateInput {
        DateInput { day: day.into(), month, year: year.into() }
    }

    #[test]
    fn an_empty_form_is_an_empty_case_and_every_fact_round_trips() {
        assert_eq!(CaseForm::default().to_facts(today()), Ok(CaseFacts::default()));
        let form = CaseForm {
            entry: date("3", 3, "2025"),
            filed: date("10", 3, "2025"),
            filed_office: Some(Office::Comar),
            filed_city: "Tijuana".into(),
            third_party: true,
            weekday: Some(Weekday::Tue),
            appointments: vec![(date("5", 5, "2025"), "entrevista".into())],
            outcome: Some(Outcome::Refused),
            notified: date("1", 9, "2025"),
            ..CaseForm::default()
        };
        let facts = form.to_facts(today()).unwrap();
        assert_eq!(facts.entry, Some(EntryDate::Day { date: NaiveDate::from_ymd_opt(2025, 3, 3).unwrap() }));
        assert_eq!(CaseForm::from_facts(&facts).to_facts(today()), Ok(facts));
    }

    #[test]
    fn half_typed_impossible_and_out_of_order_dates_are_refused() {
        let half = CaseForm { entry: date("", 3, "2025"), ..CaseForm::default() };
        assert_eq!(half.to_facts(today()), Err(Problem::Incomplete(Field::Entry)));
        let impossible = CaseForm { filed: date("30", 2, "2025"), ..CaseForm::default() };
        assert_eq!(impossible.to_facts(today()), Err(Problem::Case(CaseError::Impossible(Field::Filed))));
        let before = CaseForm { entry: date("3", 3, "2025"), filed: date("1", 3, "2025"), ..CaseForm::default() };
        assert!(matches!(before.to_facts(today()), Err(Problem::Case(CaseError::FiledBeforeEntry { .. }))));
        let notified = CaseForm {
            filed: date("10", 3, "2025"),
            outcome: Some(Outcome::Refused),
            notified: date("1", 3, "2025"),
            ..CaseForm::default()
        };
        assert!(matches!(notified.to_facts(today()), Err(Problem::Case(CaseError::NotifiedBeforeFiled { .. }))));
        let part = CaseForm { precision: Precision::Part, entry: date("", 3, "2025"), ..CaseForm::default() };
        assert_eq!(part.to_facts(today()), Err(Problem::Incomplete(Field::Entry)));
        let month = CaseForm { precision: Precision::Month, entry: date("", 3, "2025"), ..CaseForm::default() };
        assert_eq!(month.to_facts(today()).unwrap().entry, Some(EntryDate::Month { year: 2025, month: 3 }));
    }
}
