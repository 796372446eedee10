//! Which content coding to send, from a request's `Accept-Encoding` (RFC 9110 §12.5.3): q-values honoured,
//! tokens compared without case, `*` for any coding not named, brotli preferred over gzip when both are equally
//! wanted, and identity whenever nothing else is acceptable (a server may always send the file as it is).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    /// The `Content-Encoding` value, or none for identity.
    pub fn header(self) -> Option<&'static str> {
        match self {
            Encoding::Brotli => Some("br"),
            Encoding::Gzip => Some("gzip"),
            Encoding::Identity => None,
        }
    }
}

/// The best coding among those available (`br`, `gzip`) for `accept` (the header's values joined by commas;
/// `None` when the request had no such header, which means identity is wanted: RFC 9110 allows anything, but a
/// client that says nothing may not decode).
pub fn choose(accept: Option<&str>, have_brotli: bool, have_gzip: bool) -> Encoding {
    let Some(accept) = accept else { return Encoding::Identity };
    let (mut br, mut gzip, mut star) = (None, None, None);
    for item in accept.split(',') {
        let mut parts = item.split(';');
        let token = parts.next().unwrap_or("").trim();
        if token.is_empty() {
            continue;
        }
        let q = parts.find_map(|p| {
            let (name, value) = p.split_once('=')?;
            name.trim().eq_ignore_ascii_case("q").then(|| quality(value.trim()))
        });
        // A malformed q-value makes the item mean nothing rather than "wanted".
        let q = match q {
            Some(Some(q)) => q,
            Some(None) => continue,
            None => 1000,
        };
        // A coding named twice: the last word counts.
        if token.eq_ignore_ascii_case("br") {
            br = Some(q);
        } else if token.eq_ignore_ascii_case("gzip") || token.eq_ignore_ascii_case("x-gzip") {
            gzip = Some(q);
        } else if token == "*" {
            star = Some(q);
        }
    }
    let br = if have_brotli { br.or(star).unwrap_or(0) } else { 0 };
    let gzip = if have_gzip { gzip.or(star).unwrap_or(0) } else { 0 };
    if br > 0 && br >= gzip {
        Encoding::Brotli
    } else if gzip > 0 {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// A q-value in thousandths: `0`, `0.5`, `1`, `1.000` (RFC 9110 §12.4.2); `None` if it is not one.
fn quality(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use Encoding::*;

    #[test]
    fn q_values_are_honoured() {
        assert_eq!(choose(Some("gzip;q=0"), true, true), Identity, "the audit's D18: gzip;q=0 got gzip");
        assert_eq!(choose(Some("gzip;q=0, identity"), false, true), Identity);
        assert_eq!(choose(Some("br;q=0, gzip"), true, true), Gzip);
        assert_eq!(choose(Some("br;q=0.5, gzip;q=0.8"), true, true), Gzip);
        assert_eq!(choose(Some("*;q=0"), true, true), Identity);
        assert_eq!(choose(Some("*"), true, true), Brotli);
        assert_eq!(choose(Some("gzip;q=0.001"), true, true), Gzip);
        assert_eq!(choose(Some("gzip;q=2"), true, true), Identity, "not a q-value: ignored");
        assert_eq!(choose(Some("gzip;q=0.0001"), true, true), Identity);
    }

    #[test]
    fn tokens_ignore_case_and_brotli_wins_a_tie() {
        assert_eq!(choose(Some("GZIP"), true, true), Gzip);
        assert_eq!(choose(Some("gzip, deflate, BR"), true, true), Brotli);
        assert_eq!(choose(Some("gzip;Q=1, br;q=1.000"), true, true), Brotli);
        assert_eq!(choose(Some(" x-gzip "), true, true), Gzip);
    }

    #[test]
    fn only_what_is_there_and_nothing_for_a_silent_client() {
        assert_eq!(choose(Some("br"), false, true), Identity);
        assert_eq!(choose(Some("br, gzip"), false, true), Gzip);
        assert_eq!(choose(None, true, true), Identity);
        assert_eq!(choose(Some(""), true, true), Identity);
        assert_eq!(choose(Some("gzip"), true, false), Identity);
    }

    proptest! {
        #[test]
        fn any_header_gets_an_available_coding(header in ".{0,200}", br: bool, gz: bool) {
            let chosen = choose(Some(&header), br, gz);
            prop_assert!(chosen == Identity || (chosen == Brotli && br) || (chosen == Gzip && gz));
        }

        #[test]
        fn a_refused_coding_is_never_sent(q in "0(\\.0{0,3})?", other in "[a-z]{1,8}") {
            let header = format!("{other}, gzip;q={q}, br;q={q}");
            prop_assert_eq!(choose(Some(&header), true, true), Identity);
        }
    }
}
