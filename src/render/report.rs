//! The weekly report: Markdown (GitHub and GitLab flavour), a self-contained
//! HTML page, or JSON. The Markdown and the HTML are written from one
//! document, so their sections never drift apart.

use crate::analysis::finding::opportunity_stage;
use crate::i18n::{self, Arg, word};
use crate::model::{Lang, Stance};
use std::io::{self, Write};

use super::grid::Grid;
use super::markdown::{self, text};
use super::{OutputFormat, Render, RenderCtx, Supported};
use crate::analysis::history::Event;
use crate::analysis::map::Map;
use crate::analysis::report::{CLOSING_DAYS, RankRow, Report, SOON_DAYS, StanceWeek};

/// The report as a document: sections of headings, notes, tables and lists,
/// built once and written as Markdown or HTML.
enum Block<'a> {
    H2(String),
    H3(String),
    /// A remark set apart (italic).
    Note(String),
    Para(String),
    Table(Grid),
    /// Rows of the ranking: a table, with bars in HTML.
    Ranking(&'a [RankRow], Lang),
    /// Stances toward us, week by week: a chart in HTML, a table in Markdown.
    Weeks(&'a [StanceWeek], Lang),
    /// `lead` in bold, then `sep`, then `text`.
    Items(Vec<(String, &'static str, String)>),
    Map(&'a Map, Lang),
}

fn events<'a>(blocks: &mut Vec<Block<'a>>, title: &str, list: &[Event], lang: Lang) {
    if list.is_empty() {
        return;
    }
    blocks.push(Block::H3(title.into()));
    blocks.push(Block::Items(
        list.iter()
            .map(|e| {
                (
                    e.account.clone(),
                    ": ",
                    format!("{} ({}, {})", e.message_in(lang), e.date, e.author),
                )
            })
            .collect(),
    ));
}

/// The ranking's column headers in `lang`.
pub fn ranking_headers(lang: Lang) -> [String; 6] {
    [
        "#".to_string(),
        i18n::text(lang, "rank-account"),
        i18n::text(lang, "rank-score"),
        i18n::text(lang, "rank-commercial"),
        i18n::text(lang, "rank-relationship"),
        i18n::text(lang, "rank-timing"),
    ]
}

fn ranking_grid(rows: &[RankRow], lang: Lang) -> Grid {
    let mut g = Grid::new(ranking_headers(lang));
    for row in rows {
        g.push(vec![
            row.rank.to_string(),
            format!("{} ({})", row.name, row.account),
            format!("{:.1}", row.score),
            format!("{:.1}", row.parts.commercial),
            format!("{:.1}", row.parts.relationship),
            format!("{:.1}", row.parts.timing),
        ]);
    }
    g
}

impl Render for Report {
    const FORMATS: &'static [Supported] = &[
        Supported(
            OutputFormat::Markdown,
            "Markdown for GitHub, GitLab, chat and email",
        ),
        Supported(
            OutputFormat::Json,
            "JSON with everything the Markdown shows",
        ),
        Supported(
            OutputFormat::Html,
            "One self-contained HTML page (inline CSS and SVG, no script, no network): for a browser, a mail client or print",
        ),
    ];

    fn render(&self, format: OutputFormat, ctx: &RenderCtx, out: &mut dyn Write) -> io::Result<()> {
        let (r, lang) = (self, ctx.lang);

        let title = i18n::text(lang, "report-title");
        match format {
            OutputFormat::Json => super::write_json(out, r),
            OutputFormat::Html => {
                let body: String = document(r, lang).iter().map(html_block).collect();
                out.write_all(
                    super::html::page(
                        &title,
                        &format!(
                            "<h1>{}</h1>\n<p class=\"meta\">{}</p>\n{body}",
                            super::html::escape(&title),
                            super::html::escape(&subtitle(r, lang))
                        ),
                    )
                    .as_bytes(),
                )
            }
            _ => {
                writeln!(out, "# {title}\n")?;
                writeln!(out, "{}\n", subtitle(r, lang))?;
                for block in document(r, lang) {
                    markdown_block(out, &block)?;
                }
                Ok(())
            }
        }
    }
}

fn subtitle(r: &Report, lang: Lang) -> String {
    i18n::text_with(
        lang,
        "report-subtitle",
        &[
            ("asof", Arg::Text(&r.as_of.to_string())),
            ("since", Arg::Text(&r.since.to_string())),
            ("accounts", Arg::Number(r.accounts)),
        ],
    )
}

fn markdown_block(out: &mut dyn Write, block: &Block) -> io::Result<()> {
    match block {
        Block::H2(t) => writeln!(out, "## {}\n", text(t)),
        Block::H3(t) => writeln!(out, "### {}\n", text(t)),
        Block::Note(t) => writeln!(out, "_{}_\n", text(t)),
        Block::Para(t) => writeln!(out, "{}\n", text(t)),
        Block::Table(g) => {
            markdown::write(out, g)?;
            writeln!(out)
        }
        Block::Ranking(rows, lang) => {
            markdown::write(out, &ranking_grid(rows, *lang))?;
            writeln!(out)
        }
        Block::Weeks(weeks, lang) => {
            let mut headers = vec![i18n::text(*lang, "report-week-ending")];
            headers.extend(
                Stance::ALL
                    .iter()
                    .map(|s| crate::analysis::finding::stance_name(*s).render(*lang)),
            );
            let mut g = Grid::new(headers);
            for w in *weeks {
                let c = &w.counts;
                g.push(vec![
                    w.week_end.to_string(),
                    c.mentor.to_string(),
                    c.supporter.to_string(),
                    c.neutral.to_string(),
                    c.opponent.to_string(),
                    c.unknown.to_string(),
                ]);
            }
            markdown::write(out, &g)?;
            writeln!(out)
        }
        Block::Items(items) => {
            for (lead, sep, rest) in items {
                writeln!(out, "- **{}**{sep}{}", text(lead), text(rest))?;
            }
            writeln!(out)
        }
        Block::Map(m, lang) => {
            writeln!(out, "### {} ({})\n", text(&m.name), text(&m.account))?;
            writeln!(out, "```mermaid\n{}```\n", super::mermaid::map(m, *lang))
        }
    }
}

fn html_block(block: &Block) -> String {
    use super::html::{escape, table};
    match block {
        Block::H2(t) => format!("<h2>{}</h2>\n", escape(t)),
        Block::H3(t) => format!("<h3>{}</h3>\n", escape(t)),
        Block::Note(t) => format!("<p class=\"note\">{}</p>\n", escape(t)),
        Block::Para(t) => format!("<p>{}</p>\n", escape(t)),
        Block::Table(g) => table(g),
        Block::Ranking(rows, lang) => super::html::ranking(rows, &ranking_headers(*lang)),
        Block::Weeks(weeks, lang) => super::html::stance_chart(weeks, *lang),
        Block::Items(items) => {
            let lis: String = items
                .iter()
                .map(|(lead, sep, rest)| {
                    format!(
                        "<li><strong>{}</strong>{}{}</li>\n",
                        escape(lead),
                        escape(sep),
                        escape(rest)
                    )
                })
                .collect();
            format!("<ul>\n{lis}</ul>\n")
        }
        Block::Map(m, lang) => format!(
            "<figure class=\"map\">\n<figcaption>{} ({})</figcaption>\n{}</figure>\n",
            escape(&m.name),
            escape(&m.account),
            super::html::map_svg(m, *lang)
        ),
    }
}

/// The report's sections, in order: each writes its heading and body.
const SECTIONS: &[for<'a> fn(&'a Report, Lang, &mut Vec<Block<'a>>)] = &[
    ranking,
    weeks,
    changes,
    neglected,
    overclaimed,
    coverage_gaps,
    closing,
    find_out,
    maps,
];

fn document(r: &Report, lang: Lang) -> Vec<Block<'_>> {
    let mut b = Vec::new();
    for section in SECTIONS {
        section(r, lang, &mut b);
    }
    b
}

/// "None." for an empty section.
fn none<'a>(lang: Lang) -> Block<'a> {
    Block::Para(i18n::text(lang, "report-none"))
}

/// The portfolio ranking, or why there is none.
fn ranking<'a>(r: &'a Report, lang: Lang, b: &mut Vec<Block<'a>>) {
    b.push(Block::H2(i18n::text(lang, "report-ranking")));
    match &r.ranking_error {
        Some(error) => b.push(Block::Note(i18n::text_with(
            lang,
            "report-no-ranking",
            &[("error", Arg::Text(&error.render(lang)))],
        ))),
        None => b.push(Block::Ranking(&r.ranking, lang)),
    }
}

/// The weekly stance chart (HTML, from git).
fn weeks<'a>(r: &'a Report, lang: Lang, b: &mut Vec<Block<'a>>) {
    if !r.stance_weeks.is_empty() {
        b.push(Block::H2(i18n::text(lang, "report-weeks")));
        b.push(Block::Weeks(&r.stance_weeks, lang));
    }
}

/// What changed since the period began (from git).
fn changes<'a>(r: &'a Report, lang: Lang, b: &mut Vec<Block<'a>>) {
    b.push(Block::H2(i18n::text_with(
        lang,
        "report-changed-since",
        &[("since", Arg::Text(&r.since.to_string()))],
    )));
    let c = &r.changes;
    if !c.available {
        b.push(Block::Note(
            c.note.as_ref().map(|m| m.render(lang)).unwrap_or_default(),
        ));
    } else {
        let nothing = c.toward_us.is_empty()
            && c.away_from_us.is_empty()
            && c.joined.is_empty()
            && c.left.is_empty()
            && c.logged.is_empty()
            && c.other_moves.is_empty();
        if nothing {
            b.push(Block::Para(i18n::text(lang, "report-no-changes")));
        }
        events(b, &i18n::text(lang, "report-toward-us"), &c.toward_us, lang);
        events(
            b,
            &i18n::text(lang, "report-away-from-us"),
            &c.away_from_us,
            lang,
        );
        events(
            b,
            &i18n::text(lang, "report-other-changes"),
            &c.other_moves,
            lang,
        );
        events(b, &i18n::text(lang, "report-joined"), &c.joined, lang);
        events(b, &i18n::text(lang, "report-left"), &c.left, lang);
        if !c.logged.is_empty() {
            b.push(Block::H3(i18n::text(lang, "report-logged")));
            let mut g = Grid::new([
                i18n::text(lang, "report-our-person"),
                i18n::text(lang, "report-interactions"),
                i18n::text(lang, "report-value-adding"),
                i18n::text(lang, "report-entertainment"),
                i18n::text(lang, "report-value-adding-share"),
            ]);
            for p in &c.logged {
                let rated = p.value_adding + p.entertainment;
                g.push(vec![
                    p.person.clone(),
                    p.interactions.to_string(),
                    p.value_adding.to_string(),
                    p.entertainment.to_string(),
                    if rated == 0 {
                        "—".into()
                    } else {
                        format!("{:.0}%", 100.0 * p.value_adding as f64 / rated as f64)
                    },
                ]);
            }
            b.push(Block::Table(g));
        }
        events(
            b,
            &i18n::text(lang, "report-unparseable"),
            &c.unparseable,
            lang,
        );
    }
}

/// Neglected relationships.
fn neglected<'a>(r: &'a Report, lang: Lang, b: &mut Vec<Block<'a>>) {
    b.push(Block::H2(i18n::text(lang, "report-neglected")));
    if r.neglected.is_empty() {
        b.push(Block::Para(i18n::text(lang, "report-nobody")));
    } else {
        let mut g = Grid::new([
            i18n::text(lang, "report-account"),
            i18n::text(lang, "report-stakeholder"),
            i18n::text(lang, "report-stance"),
            i18n::text(lang, "report-reason"),
            i18n::text(lang, "report-what-happened"),
        ]);
        for n in &r.neglected {
            g.push(vec![
                n.finding.account.to_string(),
                format!("{} ({})", n.name, n.stakeholder()),
                word!(lang, n.stance).to_string(),
                n.finding.code.to_string(),
                n.finding.message_in(lang),
            ]);
        }
        b.push(Block::Table(g));
    }
}

/// Over-claimed helpers.
fn overclaimed<'a>(r: &'a Report, lang: Lang, b: &mut Vec<Block<'a>>) {
    b.push(Block::H2(i18n::text(lang, "report-overclaimed")));
    if r.overclaimed.is_empty() {
        b.push(none(lang));
    } else {
        let headers = [
            i18n::text(lang, "report-account"),
            i18n::text(lang, "report-rule"),
            i18n::text(lang, "report-who"),
            i18n::text(lang, "report-evidence"),
            i18n::text(lang, "report-what-to-do"),
        ];
        b.push(Block::Table(super::overclaimed::grid(
            &r.overclaimed,
            [0, 1, 2, 3, 4].map(|i| headers[i].as_str()),
            lang,
        )));
    }
}

/// Coverage gaps.
fn coverage_gaps<'a>(r: &'a Report, lang: Lang, b: &mut Vec<Block<'a>>) {
    b.push(Block::H2(i18n::text(lang, "report-coverage-gaps")));
    if r.coverage_gaps.is_empty() {
        b.push(none(lang));
    } else {
        b.push(Block::Items(
            r.coverage_gaps
                .iter()
                .map(|g| {
                    (
                        g.account.to_string(),
                        " ",
                        format!("{}: {}", g.code, g.message_in(lang)),
                    )
                })
                .collect(),
        ));
    }
}

/// Opportunities closing soon.
fn closing<'a>(r: &'a Report, lang: Lang, b: &mut Vec<Block<'a>>) {
    b.push(Block::H2(i18n::text_with(
        lang,
        "report-closing",
        &[("days", Arg::Number(CLOSING_DAYS as usize))],
    )));
    if r.closing.is_empty() {
        b.push(none(lang));
    } else {
        let mut g = Grid::new([
            i18n::text(lang, "report-close"),
            i18n::text(lang, "report-in"),
            i18n::text(lang, "report-account"),
            i18n::text(lang, "report-opportunity"),
            i18n::text(lang, "report-stage"),
            i18n::text(lang, "report-value"),
        ]);
        for o in &r.closing {
            g.push(vec![
                o.close.to_string(),
                i18n::text_with(
                    lang,
                    "report-in-days",
                    &[
                        ("days", Arg::Text(&o.days.to_string())),
                        (
                            "flag",
                            Arg::Text(if o.days <= SOON_DAYS { " ⚑" } else { "" }),
                        ),
                    ],
                ),
                o.account.clone(),
                o.opportunity.clone(),
                o.stage
                    .map(|s| opportunity_stage(s).render(lang))
                    .unwrap_or_default(),
                o.value.map(|v| format!("{v:.0}")).unwrap_or_default(),
            ]);
        }
        b.push(Block::Table(g));
    }
}

/// Stances to find out.
fn find_out<'a>(r: &'a Report, lang: Lang, b: &mut Vec<Block<'a>>) {
    b.push(Block::H2(i18n::text(lang, "report-find-out")));
    if r.find_out.is_empty() {
        b.push(Block::Para(i18n::text(lang, "report-everyone-known")));
    } else {
        b.push(Block::Items(
            r.find_out
                .iter()
                .map(|f| {
                    (
                        f.account.to_string(),
                        ": ",
                        format!(
                            "{} ({}), {}",
                            f.name,
                            f.stakeholder,
                            f.because
                                .iter()
                                .map(|b| b.word().render(lang))
                                .collect::<Vec<_>>()
                                .join(i18n::list_separator(lang))
                        ),
                    )
                })
                .collect(),
        ));
    }
}

/// The power maps (`--maps`).
fn maps<'a>(r: &'a Report, lang: Lang, b: &mut Vec<Block<'a>>) {
    if !r.maps.is_empty() {
        b.push(Block::H2(i18n::text(lang, "report-maps")));
        b.extend(r.maps.iter().map(|m| Block::Map(m, lang)));
    }
}
