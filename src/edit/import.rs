//! `guanxi import`: the positioning sheet a team keeps (关系定位表, one row a
//! person) read into an account file. The sheet is an Excel workbook or a
//! CSV; its headers may be Chinese or English, under title rows or merged
//! cells. People are matched to those on file by id, else by exact name,
//! and never duplicated; a new one gets an id made from the name. A bad
//! cell is reported at its place (`Sheet1!C7`) and the rest imported.

use std::path::Path;

use super::append::EditError;
use crate::i18n::Msg;
use crate::model::{Account, Level, Role, Stance};

/// A sheet's cells, as text, row by row.
#[derive(Debug, Default)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}

/// Reads the sheet at `path`: an `.xlsx` workbook (its first sheet, or
/// `sheet`), else a CSV (UTF-8, with or without a byte-order mark).
pub fn read(path: &Path, sheet: Option<&str>) -> Result<Sheet, Msg> {
    let shown = crate::source::display_path(path);
    let failed = |why: String| {
        Msg::new("import-cannot-read")
            .text("file", &shown)
            .text("reason", why)
    };
    let is_xlsx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if is_xlsx {
        use calamine::{Reader, Xlsx, open_workbook};
        let mut book: Xlsx<_> =
            open_workbook(path).map_err(|e: calamine::XlsxError| failed(e.to_string()))?;
        let name = match sheet {
            Some(s) => s.to_string(),
            None => book
                .sheet_names()
                .first()
                .cloned()
                .ok_or_else(|| failed("no sheet".into()))?,
        };
        let range = book
            .worksheet_range(&name)
            .map_err(|e| failed(e.to_string()))?;
        let rows = range
            .rows()
            .map(|r| r.iter().map(|c| c.to_string().trim().to_string()).collect())
            .collect();
        return Ok(Sheet { name, rows });
    }
    let bytes = std::fs::read(path).map_err(|e| failed(e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|_| failed("not UTF-8".into()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| failed(e.to_string()))?;
        rows.push(record.iter().map(|c| c.trim().to_string()).collect());
    }
    let name = crate::load::file_stem(path);
    Ok(Sheet { name, rows })
}

/// The account's competitors, by name: the stance columns a sheet may have.
pub fn competitors(account: &crate::load::LoadedAccount) -> Vec<String> {
    account
        .account
        .competitors
        .iter()
        .map(|c| c.to_string())
        .collect()
}

/// What a column holds.
#[derive(Debug, Clone, PartialEq)]
enum Column {
    Id,
    Name,
    Title,
    Department,
    Level,
    Roles,
    /// The stance toward `us` or a competitor (its name as the file writes it).
    Stance(String),
}

/// The headers each column is known by, in both languages.
const HEADERS: &[(&[&str], Column)] = &[
    (&["id", "编号", "代号"], Column::Id),
    (&["name", "姓名", "名字", "联系人"], Column::Name),
    (&["title", "职务", "职位", "头衔"], Column::Title),
    (&["department", "dept", "部门"], Column::Department),
    (&["level", "层级", "级别", "层次"], Column::Level),
    (&["roles", "role", "角色", "采购角色"], Column::Roles),
];

/// The stance toward us is under one of these.
const US_HEADERS: &[&str] = &["us", "stance", "对我方态度", "对我方", "我方", "态度"];

/// What `header` means, given the account's competitors.
fn column(header: &str, competitors: &[String]) -> Option<Column> {
    let h = header.trim().to_lowercase();
    if let Some((_, c)) = HEADERS
        .iter()
        .find(|(names, _)| names.contains(&h.as_str()))
    {
        return Some(c.clone());
    }
    if US_HEADERS.contains(&h.as_str()) {
        return Some(Column::Stance(crate::model::US.to_string()));
    }
    // `对甲自动化态度`, `甲自动化`, `Jia Automation`, `stance Jia`.
    let bare = h
        .trim_start_matches('对')
        .trim_end_matches("态度")
        .trim_start_matches("stance")
        .trim();
    competitors
        .iter()
        .find(|c| c.to_lowercase() == bare)
        .map(|c| Column::Stance(c.clone()))
}

/// The columns from the header row, and the first row of data. A header
/// merged over several columns (态度 over 对我方, 甲自动化, …) has its
/// parts in the row below: those fill the columns the merged cell leaves
/// empty, and the data starts a row later.
fn header_columns(
    sheet: &Sheet,
    header: usize,
    competitors: &[String],
) -> (Vec<Option<Column>>, usize) {
    let top = &sheet.rows[header];
    let mut columns: Vec<Option<Column>> = top.iter().map(|h| column(h, competitors)).collect();
    let Some(below) = sheet.rows.get(header + 1) else {
        return (columns, header + 1);
    };
    let parts: Vec<(usize, Column)> = below
        .iter()
        .enumerate()
        .filter_map(|(i, h)| Some((i, column(h, competitors)?)))
        .filter(|(_, c)| matches!(c, Column::Stance(_)))
        .collect();
    if parts.is_empty() {
        return (columns, header + 1);
    }
    for (i, part) in parts {
        if columns.len() <= i {
            columns.resize(i + 1, None);
        }
        if !matches!(columns[i], Some(Column::Name)) {
            columns[i] = Some(part);
        }
    }
    (columns, header + 2)
}

/// One person as the sheet has them, at its row (1-based).
#[derive(Debug, Clone, Default)]
pub struct Imported {
    pub row: usize,
    pub id: Option<String>,
    pub name: String,
    pub title: Option<String>,
    pub department: Option<String>,
    pub level: Option<Level>,
    pub roles: Option<Vec<Role>>,
    pub stance: Vec<(String, Stance)>,
}

/// A cell that could not be read, at its place.
#[derive(Debug)]
pub struct CellError {
    /// `Sheet1!C7`.
    pub cell: String,
    pub message: Msg,
}

/// A column's letters, as a spreadsheet names it (0 → A, 26 → AA).
fn letters(mut n: usize) -> String {
    let mut out = String::new();
    loop {
        out.insert(0, (b'A' + (n % 26) as u8) as char);
        if n < 26 {
            return out;
        }
        n = n / 26 - 1;
    }
}

/// The people of `sheet`: the header row is the first with a name column
/// and at least one other known column (title rows and merged cells above
/// it are skipped); `Err` when there is none.
pub fn people(
    sheet: &Sheet,
    competitors: &[String],
) -> Result<(Vec<Imported>, Vec<CellError>), Msg> {
    let header = sheet
        .rows
        .iter()
        .position(|row| {
            let known: Vec<Column> = row.iter().filter_map(|h| column(h, competitors)).collect();
            known.contains(&Column::Name) && known.len() >= 2
        })
        .ok_or_else(|| Msg::new("import-no-header").text("sheet", &sheet.name))?;
    let (columns, first) = header_columns(sheet, header, competitors);
    let mut people = Vec::new();
    let mut errors = Vec::new();
    for (at, row) in sheet.rows.iter().enumerate().skip(first) {
        let errors_before = errors.len();
        let mut person = Imported {
            row: at + 1,
            ..Default::default()
        };
        for (i, cell) in row.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
            let Some(Some(col)) = columns.get(i) else {
                continue;
            };
            let place = format!("{}!{}{}", sheet.name, letters(i), at + 1);
            let bad = |key: &'static str| CellError {
                cell: place.clone(),
                message: Msg::new(key).text("value", cell),
            };
            match col {
                Column::Id => person.id = Some(cell.clone()),
                Column::Name => person.name = cell.clone(),
                Column::Title => person.title = Some(cell.clone()),
                Column::Department => person.department = Some(cell.clone()),
                Column::Level => match Level::from_name(cell) {
                    Some(l) => person.level = Some(l),
                    None => errors.push(bad("import-bad-level")),
                },
                Column::Roles => {
                    let parts = cell
                        .split(['、', ',', '，', ';', '；', '/', ' '])
                        .filter(|p| !p.is_empty());
                    match parts.map(Role::from_name).collect::<Option<Vec<_>>>() {
                        Some(roles) => person.roles = Some(roles),
                        None => errors.push(bad("import-bad-roles")),
                    }
                }
                Column::Stance(column) => match Stance::from_name(cell) {
                    Some(s) => person.stance.push((column.clone(), s)),
                    None => errors.push(bad("import-bad-stance")),
                },
            }
        }
        // A row with a bad cell is left out whole (its cell is named).
        if !person.name.is_empty() && errors.len() == errors_before {
            people.push(person);
        }
    }
    Ok((people, errors))
}

/// What an import did to the file.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    /// The people left out, and why.
    pub left_out: Vec<Msg>,
}

/// Whether two names are the same person's: equal, or the same words in
/// the other order (a CRM's `FirstName LastName` for 赵刚, written Zhao
/// Gang on file, comes as `Gang Zhao`).
fn same_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    let (x, mut y) = (words(a), words(b));
    y.reverse();
    x.len() > 1 && x == y
}

/// Returns `text` with `people` written into it: a person on file (by id,
/// else by name, [`same_name`]) gets the fields that differ set in place, a new one
/// is added (a level is needed: one without is left out, and said in the
/// summary).
pub fn apply(
    text: &str,
    sheet: &str,
    people: &[Imported],
    bosses: &[(usize, usize)],
) -> Result<(String, Summary), EditError> {
    let mut text = text.to_string();
    let mut summary = Summary::default();
    for p in people {
        let account = crate::load::parse::<Account>(&text)
            .value
            .ok_or_else(|| EditError(Msg::new("error-file-has-errors")))?;
        let found = account.stakeholders.iter().find(|s| match p.id.as_deref() {
            Some(id) => s.id.as_str() == id,
            None => same_name(s.name.as_str(), &p.name),
        });
        let Some(found) = found else {
            let Some(level) = p.level else {
                let row = format!("{sheet}!{}", p.row);
                let why = Msg::new("import-level-needed").text("name", &p.name);
                summary.left_out.push(why.text("cell", row));
                continue;
            };
            let taken = account.stakeholders.iter().map(|s| s.id.as_str());
            text = super::person::add(&text, &new_person(p, level, taken))?;
            summary.added += 1;
            continue;
        };
        let before = text.clone();
        text = update(text, p, found)?;
        if text != before {
            summary.updated += 1;
        }
    }
    let text = reports_to(text, people, bosses)?;
    Ok((text, summary))
}

/// The person `p` of the sheet, new to the file, at `level`; their id
/// theirs or made from the name, free among `taken`.
fn new_person<'a>(
    p: &Imported,
    level: Level,
    taken: impl Iterator<Item = &'a str> + Clone,
) -> super::person::NewPerson {
    let mut stance = p.stance.clone();
    if !stance.iter().any(|(c, _)| c == crate::model::US) {
        stance.insert(0, (crate::model::US.to_string(), Stance::Unknown));
    }
    super::person::NewPerson {
        id: p
            .id
            .clone()
            .unwrap_or_else(|| super::person::proposed_id(&p.name, taken)),
        name: p.name.clone(),
        title: p.title.clone(),
        department: p.department.clone(),
        level,
        roles: p.roles.clone().unwrap_or_default(),
        stance,
        reports_to: None,
    }
}

/// `text` with the fields of `found` that the sheet's `p` has otherwise
/// set in place, stances included.
fn update(
    mut text: String,
    p: &Imported,
    found: &crate::model::Stakeholder,
) -> Result<String, EditError> {
    use super::person::Field;
    let id = found.id.to_string();
    let mut fields = Vec::new();
    if let Some(t) = p
        .title
        .as_ref()
        .filter(|t| found.title.as_deref() != Some(t.as_str()))
    {
        fields.push(Field::Title(t.clone()));
    }
    if let Some(d) = p
        .department
        .as_ref()
        .filter(|d| found.department.as_deref() != Some(d.as_str()))
    {
        fields.push(Field::Department(d.clone()));
    }
    if let Some(l) = p.level.filter(|l| *l != found.level) {
        fields.push(Field::Level(l));
    }
    let roles_now: Vec<Role> = found.roles.iter().map(|r| r.value).collect();
    if let Some(r) = p.roles.as_ref().filter(|r| **r != roles_now) {
        fields.push(Field::Roles(r.clone()));
    }
    for field in &fields {
        text = super::person::set(&text, &id, field)?;
    }
    let stances = p
        .stance
        .iter()
        .filter(|(c, s)| found.stance.get(c) != Some(*s));
    for (column, value) in stances {
        let account = crate::load::parse::<Account>(&text)
            .value
            .ok_or_else(|| EditError(Msg::new("error-file-has-errors")))?;
        if let Some(s) = account.stakeholders.iter().find(|s| s.id.as_str() == id) {
            text = super::stance::set(&text, s, column, *value)?;
        }
    }
    Ok(text)
}

/// `text` with who reports to whom written for `bosses` (pairs of places in
/// `people`: a person, their boss), once everyone has an id; a pair whose
/// people are not both on file is left alone.
fn reports_to(
    mut text: String,
    people: &[Imported],
    bosses: &[(usize, usize)],
) -> Result<String, EditError> {
    if bosses.is_empty() {
        return Ok(text);
    }
    let account = crate::load::parse::<Account>(&text)
        .value
        .ok_or_else(|| EditError(Msg::new("error-file-has-errors")))?;
    let id_of = |at: usize| {
        let name = &people.get(at)?.name;
        account
            .stakeholders
            .iter()
            .find(|s| same_name(s.name.as_str(), name))
            .map(|s| s.id.to_string())
    };
    for (person, boss) in bosses {
        if let (Some(who), Some(boss)) = (id_of(*person), id_of(*boss)) {
            text = super::person::set(&text, &who, &super::person::Field::ReportsTo(boss))?;
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: &[&[&str]]) -> Sheet {
        Sheet {
            name: "Sheet1".into(),
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect(),
        }
    }

    #[test]
    fn chinese_headers_under_a_title_row_are_found_and_bad_cells_named() {
        let s = sheet(&[
            &["华东电网 关系定位表", "", "", ""],
            &["姓名", "职务", "层级", "对我方态度", "对甲自动化态度"],
            &["陈丽", "物资部主任", "中层", "帮", "反"],
            &["徐工", "主任", "中级", "支", ""],
        ]);
        let (people, errors) = people(&s, &["甲自动化".to_string()]).unwrap();
        assert_eq!(people.len(), 1, "the row with a bad cell is left out");
        assert_eq!(
            people[0].stance,
            [
                ("us".to_string(), Stance::Mentor),
                ("甲自动化".to_string(), Stance::Opponent)
            ]
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].cell, "Sheet1!C4");
        assert_eq!(letters(0), "A");
        assert_eq!(letters(27), "AB");
    }

    #[test]
    fn a_header_merged_over_the_stance_columns_is_read_from_the_row_below() {
        let s = sheet(&[
            &["姓名", "层级", "态度", ""],
            &["", "", "对我方", "甲自动化"],
            &["陈丽", "中层", "帮", "反"],
        ]);
        let (people, errors) = people(&s, &["甲自动化".to_string()]).unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(people.len(), 1);
        assert_eq!(
            people[0].stance,
            [
                ("us".to_string(), Stance::Mentor),
                ("甲自动化".to_string(), Stance::Opponent)
            ]
        );
        assert_eq!(people[0].row, 3);
    }

    #[test]
    fn people_on_file_are_updated_and_new_ones_added_never_twice() {
        let text = "account: T\nid: t\nowner: o\ncompetitors: [Jia]\nstakeholders:\n  - { id: chen, name: 陈丽, level: middle, stance: { us: supporter } }\n";
        let s = sheet(&[
            &["name", "title", "level", "us", "Jia"],
            &["陈丽", "Director", "middle", "mentor", "opponent"],
            &["Xu Gong", "", "staff", "neutral", ""],
        ]);
        let (people, _) = people(&s, &["Jia".to_string()]).unwrap();
        let (new, summary) = apply(text, "Sheet1", &people, &[]).unwrap();
        assert_eq!((summary.added, summary.updated), (1, 1));
        assert!(new.contains("{ id: chen, name: 陈丽, level: middle, stance: { us: mentor, Jia: opponent }, title: Director }"), "{new}");
        assert!(new.contains("id: xu-gong"), "{new}");
        // Importing the same sheet again changes nothing.
        let (again, summary) = apply(&new, "Sheet1", &people, &[]).unwrap();
        assert_eq!((again, summary), (new, Summary::default()));
        // A new person without a level is left out, the rest written.
        let s = sheet(&[&["name", "title"], &["Nobody", "Clerk"]]);
        let (nobody, _) = super::people(&s, &[]).unwrap();
        let (same, summary) = apply(text, "Sheet1", &nobody, &[]).unwrap();
        assert_eq!(same, text);
        assert_eq!(summary.left_out.len(), 1);
    }
}
