//! Where the workflow written by `guanxi init` gets guanxi from, and the
//! steps that install it.

use std::fmt;

use crate::i18n::Msg;

/// `--install`: crates.io, a git repository at a fixed commit, or a
/// prebuilt binary checked against its SHA-256.
#[derive(Debug, Clone, PartialEq)]
pub enum Install {
    /// `cargo install --locked guanxi --version V` (V: this guanxi's).
    Cargo,
    /// `cargo install --locked --git URL --rev REV guanxi`.
    Git { url: String, rev: String },
    /// A `.tar.gz` holding the `guanxi` binary, checked before it is used.
    Binary { url: String, sha256: String },
}

impl fmt::Display for Install {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Install::Cargo => f.write_str("cargo"),
            Install::Git { url, rev } => write!(f, "git={url}@{rev}"),
            Install::Binary { url, sha256 } => write!(f, "{url}#sha256={sha256}"),
        }
    }
}

/// Characters a URL may keep in the workflow: nothing a shell or YAML
/// would read as syntax (no quotes, spaces, `$`, backticks, `#`).
fn url_ok(url: &str) -> bool {
    url.starts_with("https://")
        && url.len() > "https://".len()
        && url
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~/:%+=?&@".contains(c))
}

/// Parses `--install`.
/// `--install SOURCE` read; `Err` says what to write instead.
pub fn parse(spec: &str) -> Result<Install, Msg> {
    if spec == "cargo" {
        return Ok(Install::Cargo);
    }
    if let Some(rest) = spec.strip_prefix("git=") {
        let (url, rev) = rest
            .rsplit_once('@')
            .ok_or_else(|| Msg::new("error-install-git-form"))?;
        if !url_ok(url) {
            return Err(Msg::new("error-install-url").text("url", url));
        }
        let commit = (7..=40).contains(&rev.len()) && rev.chars().all(|c| c.is_ascii_hexdigit());
        if !commit {
            return Err(Msg::new("error-install-rev").text("rev", rev));
        }
        return Ok(Install::Git {
            url: url.to_string(),
            rev: rev.to_string(),
        });
    }
    if spec.starts_with("https://") {
        let (url, sha256) = spec
            .split_once("#sha256=")
            .ok_or_else(|| Msg::new("error-install-checksum"))?;
        if !url_ok(url) || !url.ends_with(".tar.gz") {
            return Err(Msg::new("error-install-archive-url").text("url", url));
        }
        if sha256.len() != 64 || !sha256.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(Msg::new("error-install-sha"));
        }
        return Ok(Install::Binary {
            url: url.to_string(),
            sha256: sha256.to_ascii_lowercase(),
        });
    }
    Err(Msg::new("error-install-source"))
}

/// The workflow steps that put `guanxi` on the PATH (indented for a job's
/// `steps:`). Builds are cached under a key that names exactly what is built.
pub fn steps(install: &Install) -> String {
    let version = env!("CARGO_PKG_VERSION");
    let cached = |key: &str, command: &str| {
        format!(
            "      - name: Cache the guanxi build
        id: guanxi-cache
        uses: actions/cache@5a3ec84eff668545956fd18022155c47e93e2684 # v4.2.3
        with:
          path: ~/.cargo/bin/guanxi
          key: {key}
      - name: Install guanxi
        if: steps.guanxi-cache.outputs.cache-hit != 'true'
        run: {command}"
        )
    };
    match install {
        Install::Cargo => cached(
            &format!("guanxi-${{{{ runner.os }}}}-crates-{version}"),
            &format!("cargo install --locked guanxi --version {version}"),
        ),
        Install::Git { url, rev } => cached(
            &format!("guanxi-${{{{ runner.os }}}}-git-{rev}"),
            &format!("cargo install --locked --git {url} --rev {rev} guanxi"),
        ),
        Install::Binary { url, sha256 } => format!(
            "      - name: Install guanxi
        run: |
          curl --proto '=https' --tlsv1.2 -fsSL -o guanxi.tar.gz {url}
          echo '{sha256}  guanxi.tar.gz' | sha256sum --check
          mkdir -p \"$HOME/.local/bin\"
          tar -xzf guanxi.tar.gz -C \"$HOME/.local/bin\" guanxi
          echo \"$HOME/.local/bin\" >> \"$GITHUB_PATH\""
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_parse_and_refuse_what_could_move_or_inject() {
        assert_eq!(parse("cargo"), Ok(Install::Cargo));
        assert_eq!(
            parse("git=https://github.com/acme/guanxi@4f2c1e9"),
            Ok(Install::Git {
                url: "https://github.com/acme/guanxi".into(),
                rev: "4f2c1e9".into()
            })
        );
        let sha = "a".repeat(64);
        assert!(matches!(
            parse(&format!(
                "https://x.example/guanxi-x86_64-unknown-linux-gnu.tar.gz#sha256={sha}"
            )),
            Ok(Install::Binary { .. })
        ));
        for bad in [
            "git=https://github.com/acme/guanxi@main",
            "git=https://github.com/acme/guanxi",
            "git=http://github.com/acme/guanxi@4f2c1e9",
            "git=https://github.com/a$(id)/g@4f2c1e9",
            "https://x.example/guanxi.tar.gz",
            "https://x.example/guanxi.zip#sha256=00",
            "brew",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
