use rumbo::i18n::{dates, Lang, Localizer};
use rumbo::sources::SourceDate;

/// A source's own date in words, as precise as the source gives it, or "undated".
pub fn source_date(lang: Lang, date: SourceDate) -> String {
    let l = Localizer::embedded();
    match date {
        SourceDate::Undated => l.text(lang, "guide-source-undated"),
        SourceDate::Year(year) => year.to_string(),
        SourceDate::Month(year, month) => dates::month_year(l, lang, year, month),
        SourceDate::Day(day) => dates::day_date(l, lang, day),
    }
}
