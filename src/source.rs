//! One account file's text, wrapped once and shared by every diagnostic on it.

use std::path::PathBuf;

/// How far into a file a position is counted directly rather than looked
/// up in the file's line index (which costs a pass over the whole file).
const DIRECT: usize = 4096;

/// A file's path (as the user would type it) and its text.
#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    /// Built on the first position asked for, so that a file with many
    /// diagnostics costs one pass, not one per diagnostic.
    index: std::sync::OnceLock<LineIndex>,
}

/// Where lines start, and how many characters come before every
/// [`LineIndex::STEP`]th byte: a byte offset's line is a binary search and
/// its column a count over at most one step.
#[derive(Debug)]
struct LineIndex {
    line_starts: Vec<usize>,
    chars_before: Vec<usize>,
}

impl LineIndex {
    const STEP: usize = 64;

    fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        line_starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        );
        let mut chars_before = Vec::with_capacity(bytes.len() / Self::STEP + 1);
        let mut count = 0;
        for chunk in bytes.chunks(Self::STEP) {
            chars_before.push(count);
            count += chunk.iter().filter(|b| !is_continuation(**b)).count();
        }
        chars_before.push(count);
        Self {
            line_starts,
            chars_before,
        }
    }

    /// Characters before byte `offset` (a character boundary).
    fn chars_to(&self, bytes: &[u8], offset: usize) -> usize {
        let step = offset / Self::STEP;
        self.chars_before[step]
            + bytes[step * Self::STEP..offset]
                .iter()
                .filter(|b| !is_continuation(**b))
                .count()
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            text: text.into(),
            index: std::sync::OnceLock::new(),
        }
    }

    /// The name shown in diagnostics.
    pub fn name(&self) -> String {
        display_path(&self.path)
    }

    /// 1-based line and character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        if self.index.get().is_none() && offset <= DIRECT {
            // Near the top (an account's `id:`, asked of every file):
            // counting there is cheaper than indexing the whole file.
            let before = &self.text[..offset];
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
            return (line, before[line_start..].chars().count() + 1);
        }
        let index = self.index.get_or_init(|| LineIndex::new(&self.text));
        let line = index.line_starts.partition_point(|&start| start <= offset);
        let line_start = index.line_starts[line - 1];
        let bytes = self.text.as_bytes();
        let column = index.chars_to(bytes, offset) - index.chars_to(bytes, line_start) + 1;
        (line, column)
    }

    /// 0-based line number of a byte offset, and the byte where that line
    /// starts.
    pub fn line_of(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let index = self.index.get_or_init(|| LineIndex::new(&self.text));
        let line = index.line_starts.partition_point(|&start| start <= offset);
        (line - 1, index.line_starts[line - 1])
    }

    /// The part of the file a diagnostic shows around `offset..offset+len`.
    pub fn excerpt(&self, offset: usize, len: usize) -> Excerpt {
        // Bounded work per call, whatever the line's length: positions come
        // from the line index, and only the characters shown are walked (a
        // 240 KB line with 40,000 problems on it is not walked 40,000 times).
        let text = self.text.as_str();
        let bytes = text.as_bytes();
        let start = floor_boundary(text, offset.min(text.len()));
        let (line_no, _) = self.line_of(start);
        let index = self.index.get_or_init(|| LineIndex::new(&self.text));
        let starts = &index.line_starts;
        // Line `k` as `split('\n')` would give it.
        let line = |k: usize| {
            let begin = starts[k];
            let end = starts.get(k + 1).map_or(text.len(), |next| next - 1);
            (begin, end)
        };
        let first_line = line_no.saturating_sub(1);
        let last_line = (line_no + 1).min(starts.len() - 1);

        let mut out = String::new();
        let mut new_span = (offset, len);
        for k in first_line..=last_line {
            if k > first_line {
                out.push('\n');
            }
            let (begin, end) = line(k);
            let piece = &text[begin..end];
            if k == line_no {
                let chars = index.chars_to(bytes, end) - index.chars_to(bytes, begin);
                let col = index.chars_to(bytes, start) - index.chars_to(bytes, begin);
                let (from, to) = if chars <= MAX_LINE {
                    (begin, end)
                } else {
                    let from_char = col.saturating_sub(MAX_LINE / 2);
                    let from = back_chars(text, start, col - from_char);
                    let shown = MAX_LINE.min(chars - from_char);
                    (from, forward_chars(text, from, shown))
                };
                if from > begin {
                    out.push('…');
                }
                let at = out.len() + (start - from);
                out.push_str(&text[from..to]);
                if to < end {
                    out.push('…');
                }
                let available = out.len().saturating_sub(at);
                new_span = (at, len.min(available));
            } else if let Some((cut, _)) = piece.char_indices().nth(MAX_LINE) {
                out.push_str(&piece[..cut]);
                out.push('…');
            } else {
                out.push_str(piece);
            }
        }
        Excerpt {
            text: out,
            offset: new_span.0,
            len: new_span.1,
            first_line,
        }
    }
}

/// Longest line shown in a snippet, in characters; longer ones are cut
/// around the problem, so a 400 KB line does not flood the terminal.
const MAX_LINE: usize = 120;

/// The lines a diagnostic shows (its line and one either side, a long line
/// cropped around the problem), kept instead of the whole file: a warning
/// keeps its lines, not its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excerpt {
    pub text: String,
    /// Where the problem is in `text`, in bytes.
    pub offset: usize,
    pub len: usize,
    /// The 0-based line number of `text`'s first line in the file.
    pub first_line: usize,
}

/// The byte `n` characters before byte `at` (a boundary).
fn back_chars(text: &str, at: usize, n: usize) -> usize {
    match n {
        0 => at,
        n => text[..at]
            .char_indices()
            .rev()
            .nth(n - 1)
            .map_or(0, |(i, _)| i),
    }
}

/// The byte `n` characters after byte `at` (a boundary), or the end.
fn forward_chars(text: &str, at: usize, n: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i)
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Characters that are valid text but hide or reorder what a reader sees:
/// bidirectional marks and overrides, invisible characters, line and
/// paragraph separators. Outputs escape them; editors write them escaped.
pub fn is_hidden(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// A path for humans: no leading `./`; on Windows, forward slashes. (On
/// Unix a backslash is part of a file name and stays.)
pub fn display_path(path: &std::path::Path) -> String {
    let text = path.to_string_lossy();
    #[cfg(windows)]
    let text = text.replace('\\', "/");
    match text.strip_prefix("./") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let src = SourceFile::new("a.yaml", "a: 1\nname: 赵刚 x\n");
        assert_eq!(src.line_col(0), (1, 1));
        assert_eq!(src.line_col(5), (2, 1));
        // "x" comes after "name: " (6 chars) + "赵刚 " (3 chars).
        let x = src.text.find('x').unwrap();
        assert_eq!(src.line_col(x), (2, 10));
        // Offsets inside a multi-byte character round down.
        assert_eq!(src.line_col(x - 2), (2, 8));
        assert_eq!(src.line_col(src.text.len()), (3, 1));
    }

    #[test]
    fn the_index_agrees_with_counting_on_long_mixed_lines() {
        let line: String = (0..300)
            .map(|i| if i % 3 == 0 { '赵' } else { 'a' })
            .collect();
        let text = format!("{line}\n{line}\nend");
        let src = SourceFile::new("a.yaml", text.as_str());
        for offset in (0..text.len()).filter(|&o| text.is_char_boundary(o)) {
            let before = &text[..offset];
            let line = before.matches('\n').count() + 1;
            let start = before.rfind('\n').map_or(0, |i| i + 1);
            let column = before[start..].chars().count() + 1;
            assert_eq!(src.line_col(offset), (line, column), "at {offset}");
        }
    }

    #[test]
    fn excerpt_keeps_line_numbers_and_moves_the_span() {
        let text = "a: 1\nb: 2\nc: bad\nd: 4\ne: 5\n";
        let at = text.find("bad").unwrap();
        let e = SourceFile::new("a.yaml", text).excerpt(at, 3);
        assert_eq!(e.text, "b: 2\nc: bad\nd: 4");
        assert_eq!(e.first_line, 1);
        assert_eq!(&e.text[e.offset..e.offset + e.len], "bad");
    }

    #[test]
    fn excerpt_crops_long_lines_around_the_problem() {
        let text = format!("a: [{}X{}]\n", "[".repeat(5000), "]".repeat(5000));
        let at = text.find('X').unwrap();
        let e = SourceFile::new("a.yaml", text.as_str()).excerpt(at, 1);
        assert!(e.text.chars().count() < MAX_LINE + 10, "{}", e.text.len());
        assert_eq!(&e.text[e.offset..e.offset + 1], "X");
        assert!(e.text.starts_with('…') && e.text.trim_end().ends_with('…'));
    }

    /// The excerpt as it was first written: the lines split from the text,
    /// every character of the problem's line collected (linear in the line,
    /// so quadratic for many problems on one long line).
    fn excerpt_by_splitting(
        text: &str,
        offset: usize,
        len: usize,
    ) -> (String, usize, usize, usize) {
        let start = floor_boundary(text, offset.min(text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_no = text[..line_start].matches('\n').count();
        let prev_start = if line_start == 0 {
            0
        } else {
            text[..line_start - 1].rfind('\n').map_or(0, |i| i + 1)
        };
        let lines: Vec<&str> = text[prev_start..]
            .split('\n')
            .take(if line_start == 0 { 2 } else { 3 })
            .collect();
        let target = if line_start == 0 { 0 } else { 1 };
        let mut out = String::new();
        let mut new_span = (offset, len);
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            if i == target {
                let col = text[line_start..start].chars().count();
                let chars: Vec<char> = line.chars().collect();
                let (from, to) = if chars.len() <= MAX_LINE {
                    (0, chars.len())
                } else {
                    let from = col.saturating_sub(MAX_LINE / 2);
                    (from, (from + MAX_LINE).min(chars.len()))
                };
                if from > 0 {
                    out.push('…');
                }
                let at = out.len()
                    + chars[from..col.max(from)]
                        .iter()
                        .map(|c| c.len_utf8())
                        .sum::<usize>();
                out.extend(&chars[from..to]);
                if to < chars.len() {
                    out.push('…');
                }
                new_span = (at, len.min(out.len().saturating_sub(at)));
            } else if line.chars().count() > MAX_LINE {
                out.extend(line.chars().take(MAX_LINE));
                out.push('…');
            } else {
                out.push_str(line);
            }
        }
        (out, new_span.0, new_span.1, line_no.saturating_sub(1))
    }

    #[test]
    fn excerpts_from_the_index_are_the_excerpts_by_splitting() {
        let long = format!("with: [{}]", ["赵刚", "zhao"].repeat(60).join(", "));
        let texts = [
            "a: 1\nb: 2\nc: bad\nd: 4\n".to_string(),
            format!("x: 1\n{long}\n{long}\ny: 2"),
            format!("{long}\n\n{}\n", "b".repeat(121)),
            long.clone(),
            "\n\n\n".to_string(),
            String::new(),
        ];
        for text in &texts {
            let source = SourceFile::new("a.yaml", text.as_str());
            for offset in (0..=text.len()).filter(|o| text.is_char_boundary(*o)) {
                for len in [0, 1, 7, 500] {
                    let e = source.excerpt(offset, len);
                    assert_eq!(
                        (e.text, e.offset, e.len, e.first_line),
                        excerpt_by_splitting(text, offset, len),
                        "{text:?} at {offset}, {len}"
                    );
                }
            }
        }
    }

    #[test]
    fn excerpt_at_the_first_line() {
        let source = SourceFile::new("a.yaml", "x: 1\ny: 2\nz: 3\n");
        let e = source.excerpt(0, 1);
        assert_eq!(e.text, "x: 1\ny: 2");
        assert_eq!(e.first_line, 0);
        assert_eq!((e.offset, e.len), (0, 1));
    }

    #[test]
    fn counted_and_indexed_positions_agree() {
        let text = "a: 1\nname: 赵刚\n\tx: y\n".repeat(400);
        let direct = SourceFile::new("a.yaml", text.as_str());
        let indexed = SourceFile::new("a.yaml", text.as_str());
        indexed.line_of(0);
        for offset in (0..text.len().min(DIRECT + 64)).filter(|o| text.is_char_boundary(*o)) {
            assert_eq!(
                direct.line_col(offset),
                indexed.line_col(offset),
                "{offset}"
            );
        }
    }
}
