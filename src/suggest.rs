//! "Did you mean …?" for misspelt keys and values.

/// The candidate closest to `input`, if it is close enough to be a likely typo.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input_lower = input.to_lowercase();
    candidates
        .into_iter()
        .map(|c| {
            (
                strsim::jaro_winkler(&input_lower, c).max(one_slip(input, c)),
                c,
            )
        })
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

/// A Chinese word of two or more characters with one character wrong (拜放
/// for 拜访, the input method's neighbour) is as close as a near spelling;
/// Jaro-Winkler scores it low because the words are short.
fn one_slip(input: &str, candidate: &str) -> f64 {
    let wide = |s: &str| s.chars().any(|c| c as u32 >= 0x2E80);
    let (a, b): (Vec<char>, Vec<char>) = (input.chars().collect(), candidate.chars().collect());
    let slips = a.iter().zip(&b).filter(|(x, y)| x != y).count();
    if wide(input) && wide(candidate) && a.len() == b.len() && a.len() >= 2 && slips == 1 {
        0.8
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn one_wrong_chinese_character_is_a_slip() {
        assert_eq!(closest("拜放", ["拜访", "电话"]), Some("拜访"));
        assert_eq!(closest("技术交六", ["技术交流", "培训"]), Some("技术交流"));
        assert_eq!(closest("放", ["访"]), None);
        assert_eq!(closest("电脑", ["拜访"]), None);
    }

    #[test]
    fn suggests_near_misses_only() {
        let fields = ["stakeholders", "interactions", "owner"];
        assert_eq!(closest("stakholders", fields), Some("stakeholders"));
        assert_eq!(closest("Owner", fields), Some("owner"));
        assert_eq!(closest("budget", fields), None);
        let stances = ["mentor", "supporter", "neutral", "opponent", "unknown"];
        assert_eq!(closest("mentr", stances), Some("mentor"));
    }
}
