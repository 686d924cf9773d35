//! The whole pipeline on one file's bytes, for the fuzz target and the
//! mutation test in the ordinary suite: load, validate, every analysis,
//! the renderers and the editors. It only has to not panic.

use std::path::Path;

use crate::analysis::{self, Ctx};
use crate::model::{Date, Settings, Stance};

/// Runs everything guanxi does to one file.
pub fn one_file(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let as_of = Date(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default());
    let path = Path::new("fuzz.yaml");
    let (loaded, diagnostics) = crate::load::check_text(path, text, as_of);
    let mut sink = Vec::new();
    let style = crate::render::human::Style {
        color: false,
        width: 80,
    };
    let _ = crate::render::human::write_diagnostics(&mut sink, &diagnostics, style);
    let _ = crate::render::json::write_validation(&mut sink, 1, &diagnostics);
    let _ = crate::render::github::write_validation(&mut sink, &diagnostics);
    let Some(loaded) = loaded else { return };
    let settings = Settings::default();
    let ctx = Ctx {
        settings: &settings,
        as_of,
    };
    let one = [&loaded];
    let table = analysis::positioning::table(&ctx, &loaded, true);
    let _ = serde_json::to_string(&table);
    let _ = analysis::neglect::all(&ctx, &one);
    let _ = analysis::overclaim::all(&ctx, &one);
    let _ = analysis::coverage::account(&ctx, &loaded);
    if let Ok(ranked) = analysis::rank::rank(&ctx, &one, &one) {
        let _ = serde_json::to_string(&ranked);
    }
    let map = analysis::map::build(&loaded, as_of, true);
    let _ = crate::render::mermaid::map(&map);
    let _ = crate::render::dot::map(&map);
    // The editors must keep a valid file valid (or refuse).
    let entry = crate::edit::append::NewInteraction {
        date: as_of,
        with: loaded
            .account
            .stakeholders
            .iter()
            .take(1)
            .map(|s| s.id.value.clone())
            .collect(),
        by: None,
        kind: crate::model::InteractionKind::Visit,
        cost: Some(1.0),
        intel: None,
        note: Some("fuzz \"note\" #1".into()),
    };
    if let Ok(new) = crate::edit::append::append(text, &entry) {
        let _ = crate::load::check_text(path, &new, as_of);
    }
    if let Some(person) = loaded.account.stakeholders.first()
        && let Ok(new) = crate::edit::stance::set(text, person, crate::model::US, Stance::Supporter)
    {
        let _ = crate::load::check_text(path, &new, as_of);
    }
}
