//! Saved bookmarks point at guide sections, directory entries and deadline terms by id. Those ids must not change
//! by accident between releases: this compares them with the committed list in `tests/stable-ids.txt`.

use std::collections::BTreeSet;

fn shipped() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    ids.extend(rumbo::content::Guides::shipped().sections.iter().map(|s| format!("guide {}", s.id)));
    ids.extend(rumbo::directory::Directory::shipped().entries.iter().map(|e| format!("entry {}", e.id)));
    ids.extend(rumbo::deadline::TERMS.iter().map(|t| format!("term {}", t.id)));
    ids
}

fn committed() -> BTreeSet<String> {
    include_str!("stable-ids.txt").lines().filter(|l| !l.starts_with('#') && !l.is_empty()).map(String::from).collect()
}

#[test]
fn no_id_that_a_bookmark_may_hold_disappears() {
    let gone: Vec<_> = committed().difference(&shipped()).cloned().collect();
    assert!(
        gone.is_empty(),
        "ids removed or renamed (migrate saved bookmarks, then update tests/stable-ids.txt): {gone:?}"
    );
}

#[test]
fn every_new_id_is_recorded() {
    let new: Vec<_> = shipped().difference(&committed()).cloned().collect();
    assert!(new.is_empty(), "add these to tests/stable-ids.txt: {new:?}");
}
