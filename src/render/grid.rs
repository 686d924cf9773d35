//! A plain table of text cells: what table, CSV and Markdown output share.

/// Headers and rows, each cell already formatted as text.
#[derive(Debug, Default, Clone)]
pub struct Grid {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Columns a narrow terminal table may leave out, least valuable first
    /// (by index); CSV, Markdown and the record layout keep every column.
    pub optional: Vec<usize>,
    /// The language of the table's own notes ("left out to fit …");
    /// `None`: English.
    pub lang: Option<crate::model::Lang>,
}

impl Grid {
    pub fn new(headers: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            headers: headers.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
            optional: Vec::new(),
            lang: None,
        }
    }

    /// The language of the table's own notes.
    #[must_use]
    pub fn in_lang(mut self, lang: crate::model::Lang) -> Self {
        self.lang = Some(lang);
        self
    }

    /// Marks the columns with these headers as ones a narrow terminal may
    /// leave out, in this order.
    #[must_use]
    pub fn optional(mut self, headers: &[&str]) -> Self {
        self.optional = headers
            .iter()
            .filter_map(|h| self.headers.iter().position(|x| x == h))
            .collect();
        self
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }
}
