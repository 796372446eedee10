//! The timeline as plain text in the person's language: what "Copy", "Share" and "Listen" give, and what
//! `rumbo-cli case` prints. Dates in words, so nothing reads as an ambiguous 03/04.

use super::message::{Arg, Message};
use super::timeline::{place_message, StepState, Timeline};
use crate::i18n::{Lang, Localizer};

pub fn summary(timeline: &Timeline, localizer: &Localizer, lang: Lang) -> String {
    let text = |m: &Message| m.render(localizer, lang);
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(text(&Message::new("case-summary-title")));
    line(text(&Message::new("case-summary-today").date("today", timeline.today)));
    if let Some(sign_in) = &timeline.sign_in {
        line(String::new());
        let mut next = Message::new("case-sign-in-next").date("date", sign_in.date);
        if let Some(place) = &sign_in.place {
            next = next.with("place", Arg::Text(text(&place_message("case-place", place))));
        } else {
            next = next.with("place", Arg::Text(String::new()));
        }
        line(text(&next).trim_end().to_string());
        for note in sign_in.notes.iter().chain(&sign_in.advice) {
            line(format!("  {}", text(note)));
        }
    }
    for step in &timeline.steps {
        line(String::new());
        let state = Message::new(match step.state {
            StepState::Past => "case-state-past",
            StepState::Current => "case-state-current",
            StepState::Upcoming => "case-state-upcoming",
            StepState::Unknown => "case-state-unknown",
        });
        line(format!("{} ({})", text(&step.title), text(&state)));
        line(format!("  {}", text(&step.status)));
        if let Some(article) = step.article {
            line(format!(
                "  {}",
                text(&Message::new("case-summary-article").with("article", Arg::Text(article.into())))
            ));
        }
        if let Some(next) = &step.next {
            line(format!("  {}", text(&Message::new("case-summary-next").with("next", Arg::Text(text(next))))));
        }
        for note in &step.notes {
            line(format!("  {}", text(note)));
        }
    }
    line(String::new());
    line(text(&Message::new("case-summary-footer").date("reviewed", timeline.calendar_reviewed)));
    out
}
