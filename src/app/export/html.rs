//! Turning a screen the app renders into a part of the one-file edition: only its `<main>`, nothing that needs
//! a script (buttons, fields), ids made unique per part, and the app's routes turned into links inside the file.

/// The contents of the page's `<main>` element.
pub fn main_content(page: &str) -> &str {
    let start = page.find("<main").and_then(|i| page[i..].find('>').map(|j| i + j + 1)).unwrap_or(0);
    let end = page.rfind("</main>").unwrap_or(page.len());
    &page[start..end.max(start)]
}

/// Removes every `<tag …>…</tag>` (tags that never nest in Rumbo's markup: button, select, textarea, label).
pub fn remove_elements(html: &str, tag: &str) -> String {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = find_tag(rest, &open) {
        out.push_str(&rest[..start]);
        rest = match rest[start..].find(&close) {
            Some(end) => &rest[start + end + close.len()..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

/// Removes every `<tag …>` or `<tag …/>` of an element without content (input).
pub fn remove_void(html: &str, tag: &str) -> String {
    let open = format!("<{tag}");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = find_tag(rest, &open) {
        out.push_str(&rest[..start]);
        rest = rest[start..].find('>').map_or("", |end| &rest[start + end + 1..]);
    }
    out.push_str(rest);
    out
}

/// `<tag` followed by a space, `>` or `/`, so that `<b` does not match `<button`.
fn find_tag(html: &str, open: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = html[from..].find(open) {
        let at = from + i;
        match html[at + open.len()..].chars().next() {
            Some(' ' | '>' | '/') => return Some(at),
            _ => from = at + open.len(),
        }
    }
    None
}

/// Gives every id (and what refers to one) the prefix `part--`, so that parts repeating a box (the help lines,
/// an entry) stay valid together in one document.
pub fn prefix_ids(html: &str, part: &str) -> String {
    ["id", "aria-labelledby", "aria-describedby", "for"]
        .iter()
        .fold(html.to_string(), |html, attr| html.replace(&format!(" {attr}=\""), &format!(" {attr}=\"{part}--")))
}

/// Where an app route leads inside the one-file edition, if it is there.
pub fn anchor(route: &str) -> Option<String> {
    let parts: Vec<&str> = route.trim_start_matches('/').split('/').collect();
    match parts.as_slice() {
        ["guides"] => Some("#guides".into()),
        ["guide", id] => Some(format!("#guide-{id}")),
        ["official"] => Some("#official".into()),
        ["deadline"] => Some("#deadline".into()),
        ["directory"] => Some("#directory".into()),
        ["directory", id] => Some(format!("#directory--entry-{id}")),
        _ => None,
    }
}

/// Points links to the app's screens at the same content in the file; a link to a screen the file lacks
/// (settings, saved items) keeps its text and loses its target. `tel:` links stay.
pub fn rewrite_links(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(" href=\"/") {
        out.push_str(&rest[..i]);
        let value_start = i + " href=\"".len();
        let value_end = value_start + rest[value_start..].find('"').unwrap_or(0);
        if let Some(target) = anchor(&rest[value_start..value_end]) {
            out.push_str(&format!(" href=\"{target}\""));
        }
        rest = &rest[value_end + 1..];
    }
    out.push_str(rest);
    out
}

/// Each part's headings one level down, below the file's own title: h1 becomes h2, and so on.
pub fn demote_headings(html: &str) -> String {
    (1..=5).rev().fold(html.to_string(), |html, n| {
        html.replace(&format!("<h{n}"), &format!("<h{}", n + 1)).replace(&format!("</h{n}>"), &format!("</h{}>", n + 1))
    })
}

pub use rumbo::text::escape_html as escape;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_main_is_kept() {
        assert_eq!(main_content("<nav>x</nav><main id=\"content\"><h1>T</h1></main><footer/>"), "<h1>T</h1>");
    }

    #[test]
    fn buttons_fields_and_labels_go_and_bold_text_stays() {
        let html = r#"<p><b>x</b><button class="b"><span>Save</span></button><input id="q" type="search"/>y</p>"#;
        let html = remove_void(&remove_elements(html, "button"), "input");
        assert_eq!(html, "<p><b>x</b>y</p>");
        assert_eq!(
            remove_elements(r#"<label for="a">A</label><select id="a"><option>1</option></select>z"#, "select"),
            r#"<label for="a">A</label>z"#
        );
    }

    #[test]
    fn ids_and_references_get_the_part_prefix() {
        assert_eq!(
            prefix_ids(r#"<aside aria-labelledby="t"><h2 id="t">T</h2></aside><i data-id="x"></i>"#, "guide-rights"),
            r#"<aside aria-labelledby="guide-rights--t"><h2 id="guide-rights--t">T</h2></aside><i data-id="x"></i>"#
        );
    }

    #[test]
    fn routes_become_anchors_and_other_links_lose_their_target() {
        let html = r#"<a href="/guide/tvrh">TVRH</a> <a href="/directory/ciam">CIAM</a> <a href="/settings">S</a> <a href="tel:911">911</a>"#;
        assert_eq!(
            rewrite_links(html),
            r##"<a href="#guide-tvrh">TVRH</a> <a href="#directory--entry-ciam">CIAM</a> <a>S</a> <a href="tel:911">911</a>"##
        );
    }

    #[test]
    fn headings_go_one_level_down() {
        assert_eq!(demote_headings("<h1 class=\"t\">A</h1><h2>B</h2>"), "<h2 class=\"t\">A</h2><h3>B</h3>");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape(r#"<b>"A & B"</b>"#), "&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;");
    }
}
