//! Which plural categories each language needs (CLDR, through intl_pluralrules), and which variant keys are
//! plural categories at all.

/// Languages CLDR has no plural rules for, with the categories they use. Haitian Creole marks the plural with
/// a word ("yo"), never on the noun, so one form serves every number.
const PLURALS_WITHOUT_CLDR: &[(&str, &[&str])] = &[("ht", &["other"])];

/// The plural categories a selector on a whole number must offer in `lang`.
pub fn plural_categories(lang: &str) -> Vec<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    if let Some((_, categories)) = PLURALS_WITHOUT_CLDR.iter().find(|(code, _)| *code == lang) {
        return categories.to_vec();
    }
    let id: Result<unic_langid::LanguageIdentifier, _> = lang.parse();
    let Some(rules) = id.ok().and_then(|id| PluralRules::create(id, PluralRuleType::CARDINAL).ok()) else {
        return vec!["other"];
    };
    let name = |c: PluralCategory| match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    };
    let mut found: Vec<&str> = (0..=1000u32).filter_map(|n| rules.select(n).ok()).map(name).collect();
    found.push("other");
    let order = ["zero", "one", "two", "few", "many", "other"];
    order.into_iter().filter(|c| found.contains(c)).collect()
}

/// The CLDR plural category names: a select with any of them as a key is a plural selector.
pub(super) const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
