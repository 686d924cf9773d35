//! The one line breaker for text that may hold Chinese: terminal tables,
//! paragraphs and `--help` all wrap through it.
//!
//! What may break is a decision of ours, not of a general algorithm: prose
//! breaks between words, Chinese between characters (never before closing
//! punctuation, never after opening punctuation), and nothing else ever
//! breaks: a date, an id, a code, a number or a Latin word stays whole, and
//! so does a short run of Chinese (a name, a department). textwrap (compiled
//! in through miette) breaks by UAX #14, which splits 周建华 as readily as a
//! sentence; hence this one, alone.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The widest run of Chinese characters that stays whole: names (周建华,
/// 欧阳建华) and terms such as department names (生产技术部); longer runs
/// are prose and break between characters.
const CJK_WORD: usize = 6;

/// Closing punctuation: never at the start of a line (the one table for
/// tables, paragraphs and `--help`, in every language).
pub fn is_closing(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '）'
            | '》'
            | '」'
            | '』'
            | '】'
            | '〕'
            | '”'
            | '’'
            | '…'
            | '·'
            | ')'
            | ']'
            | '}'
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | '%'
    )
}

/// Opening punctuation: never at the end of a line.
pub fn is_opening(c: char) -> bool {
    matches!(
        c,
        '（' | '《' | '「' | '『' | '【' | '〔' | '“' | '‘' | '(' | '[' | '{'
    )
}

fn is_wide(c: char) -> bool {
    c.width().unwrap_or(0) >= 2
}

/// The pieces of one word that may go on different lines: a Latin word is
/// one piece, and so is a short run of Chinese (up to [`CJK_WORD`]
/// characters: a name); a longer run breaks between characters, closing
/// punctuation staying with what it closes and opening punctuation with what
/// it opens.
pub fn pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        let wide = word.chars().filter(|&c| is_wide(c)).count();
        let latin = word.chars().filter(|&c| !is_wide(c)).count();
        if wide <= CJK_WORD && (latin == 0 || wide == 0) {
            out.push(word.to_string());
            continue;
        }
        // A list of short Chinese terms (首倡者、技术支持者) breaks between
        // the terms, each staying whole when it is short.
        for segment in word.split_inclusive('、') {
            let short = segment.chars().all(is_wide) && segment.chars().count() <= CJK_WORD + 1;
            if short && segment != word {
                out.push(segment.to_string());
            } else {
                break_between_characters(segment, &mut out);
            }
        }
    }
    out
}

/// A run broken between characters next to a wide one, closing punctuation
/// staying with what it closes and opening punctuation with what it opens.
fn break_between_characters(word: &str, out: &mut Vec<String>) {
    let mut current = String::new();
    let mut previous: Option<char> = None;
    for c in word.chars() {
        let breakable = match previous {
            None => false,
            // Only next to a wide character: a Latin run stays whole.
            Some(p) => (is_wide(c) || is_wide(p)) && !is_closing(c) && !is_opening(p),
        };
        if breakable && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        current.push(c);
        previous = Some(c);
    }
    if !current.is_empty() {
        out.push(current);
    }
}

/// Splits `text` into lines of at most `width` columns, at spaces and at the
/// break points of [`pieces`]. A piece wider than `width` (only in the
/// record layout, on a very narrow terminal) gets a line of its own rather
/// than being cut.
pub fn lines(text: &str, width: usize) -> Vec<String> {
    fill(text, width, width)
}

/// [`lines`] with the first line `first` columns wide and the others
/// `rest` (what a hanging indent leaves them).
pub fn fill(text: &str, first: usize, rest: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let room = |lines: &Vec<String>| if lines.is_empty() { first } else { rest };
    for word in text.split_whitespace() {
        let mut first_piece = true;
        for piece in pieces(word) {
            let joiner = if first_piece && !line.is_empty() {
                " "
            } else {
                ""
            };
            first_piece = false;
            if line.width() + joiner.width() + piece.width() <= room(&lines) {
                line.push_str(joiner);
                line.push_str(&piece);
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line.push_str(&piece);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` as `--help` shows it at `width` columns: each line that does not
/// fit broken by [`fill`], its continuations hanging under its text (past
/// its indent and a list item's `- `); lines that fit, and explicit line
/// breaks, stay as they are.
pub fn hanging(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if line.width() <= width {
            out.push_str(line);
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let hang = lead + if line[lead..].starts_with("- ") { 2 } else { 0 };
        let first = width.saturating_sub(lead).max(10);
        let rest = width.saturating_sub(hang).max(10);
        for (i, piece) in fill(&line[lead..], first, rest).iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(if i == 0 { &line[..lead] } else { "" });
            if i > 0 {
                out.push_str(&" ".repeat(hang));
            }
            out.push_str(piece);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_of_chinese_terms_breaks_between_terms() {
        assert_eq!(lines("首倡者、技术支持者", 14), ["首倡者、", "技术支持者"]);
        assert_eq!(lines("首倡者、技术支持者", 30), ["首倡者、技术支持者"]);
    }

    #[test]
    fn latin_words_dates_and_ids_never_break() {
        assert_eq!(
            lines("met on 2026-10-15 at huadong-power", 12),
            ["met on", "2026-10-15", "at", "huadong-power"]
        );
    }

    #[test]
    fn chinese_breaks_between_characters_but_not_before_closing_punctuation() {
        assert_eq!(
            lines("副院长（分管技术）", 8),
            ["副院长", "（分管技", "术）"]
        );
        assert_eq!(
            pieces("陈丽，你好啊，再见"),
            ["陈", "丽，", "你", "好", "啊，", "再", "见"]
        );
        assert_eq!(pieces("生产技术部"), ["生产技术部"]);
        assert_eq!(pieces("欧阳建华 (ouyang)"), ["欧阳建华", "(ouyang)"]);
    }

    #[test]
    fn chinese_wraps_between_characters_never_before_punctuation() {
        let text = "只算仍在客户那里的人，截止日期之后的往来不计。";
        let wrapped = hanging(text, 20);
        for line in wrapped.lines() {
            assert!(line.width() <= 20, "{line}");
            assert!(
                !line.starts_with('，') && !line.starts_with('。'),
                "{wrapped}"
            );
        }
        assert_eq!(wrapped.replace('\n', ""), text);
    }

    #[test]
    fn words_stay_whole_and_list_items_hang() {
        let wrapped = hanging("- sarif：SARIF 2.1.0，用于 GitHub 代码扫描", 16);
        assert_eq!(
            wrapped,
            "- sarif：SARIF\n  2.1.0，用于\n  GitHub\n  代码扫描"
        );
        // A line that fits, and explicit breaks, stay as they are.
        assert_eq!(hanging("短\n  行", 10), "短\n  行");
    }
}
