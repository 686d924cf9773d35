//! Ids made from names: the file stem of a new account, the id of a new
//! person. Lowercase ASCII, as the id rule wants (`checks::is_valid_id`),
//! Chinese by its pinyin.

/// The longest id [`slug`] makes.
const SLUG_MAX: usize = 48;

/// `Qingshan Steel Group` → `qingshan-steel-group`; Chinese characters by
/// their pinyin, a run of them as one word (`南方钢铁集团` →
/// `nanfanggangtiejituan`, `3M 中国` → `3m-zhongguo`); anything else drops
/// out. At most [`SLUG_MAX`] characters, cut at a hyphen where it can be.
pub fn slug(name: &str) -> String {
    use pinyin::ToPinyin;
    let mut out = String::new();
    let mut in_han = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if in_han && !out.ends_with('-') {
                out.push('-');
            }
            in_han = false;
            out.push(c.to_ascii_lowercase());
        } else if let Some(sound) = c.to_pinyin() {
            if !in_han && !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            in_han = true;
            out.push_str(sound.plain());
        } else {
            in_han = false;
            if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
        }
    }
    let mut out = out.trim_end_matches('-').to_string();
    if out.len() > SLUG_MAX {
        let cut = out[..SLUG_MAX]
            .rfind('-')
            .filter(|&at| at > 0)
            .unwrap_or(SLUG_MAX);
        out.truncate(cut);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Qingshan Steel Group"), "qingshan-steel-group");
        assert_eq!(slug("  A&B  (China) Ltd. "), "a-b-china-ltd");
        assert_eq!(slug("华东电网"), "huadongdianwang");
        assert_eq!(slug("3M 中国"), "3m-zhongguo");
        assert_eq!(
            slug("南方钢铁集团（广州）"),
            "nanfanggangtiejituan-guangzhou"
        );
        assert_eq!(slug("★☆"), "");
        let long = slug(&"Qingshan Steel ".repeat(10));
        assert!(long.len() <= SLUG_MAX && !long.ends_with('-'), "{long}");
    }
}
