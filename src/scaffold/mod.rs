//! What guanxi writes from nothing: a new account-plan repository
//! (`guanxi init`: [`repo`], with the CI's install step from [`install`])
//! and a new account file (`guanxi new`: [`account`]). The texts are
//! templates under `templates/`, filled here; the command line only passes
//! the arguments and says the outcome.

pub mod account;
pub mod crm;
pub mod install;
pub mod repo;

/// `template` with each `%%key%%` replaced by its value, in one pass: a
/// value that itself reads `%%id%%` stays as written.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(start) = rest.find("%%") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let value = after.find("%%").and_then(|end| {
            let key = &after[..end];
            let (_, value) = values.iter().find(|(k, _)| *k == key)?;
            Some((value, end))
        });
        match value {
            Some((value, end)) => {
                out.push_str(value);
                rest = &after[end + 2..];
            }
            None => {
                out.push_str("%%");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn fills_in_one_pass() {
        let text = super::fill(
            "a: %%name%%, b: %%id%%, c: %%none%% 100%%",
            &[("name", "%%id%%"), ("id", "x")],
        );
        assert_eq!(text, "a: %%id%%, b: x, c: %%none%% 100%%");
    }
}
