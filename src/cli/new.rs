//! `guanxi new`: a commented skeleton account file.

use crate::model::Lang;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{GlobalArgs, exit, fail, io_failed};
use crate::edit::yaml::scalar;
use crate::i18n::Msg;

/// Write a skeleton account file, commented, that validates as written.
///
/// The file is named by a slug of the name (or --id) in --dir, starts with
/// the schema modeline for editor completion, and shows every field. It is
/// never written over an existing file.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi new \"Qingshan Steel Group\" --owner li.ming --dir accounts
  guanxi new 华东电网检修分公司 --id huadong-power --owner wu.jie")]
pub struct Args {
    /// The customer's name, as people say it.
    pub name: String,
    /// Our account manager (default: $USER).
    #[arg(long, value_name = "ID")]
    pub owner: Option<String>,
    /// Directory to write the file in. Default: at the top of a repository
    /// whose .guanxi.yaml sets `paths:`, the first of them (`accounts/` in
    /// one made by `guanxi init`); else the current directory.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// The account id and file name (default: a slug of the name).
    #[arg(long, value_name = "SLUG")]
    pub id: Option<String>,

    #[command(flatten)]
    pub global: GlobalArgs,
}

/// `Qingshan Steel Group` → `qingshan-steel-group`; non-Latin letters drop out.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The modeline path from `dir` to a `schemas/account.schema.json` above
/// it, or the conventional `../schemas/…` when there is none.
fn schema_path(dir: &Path) -> String {
    let Ok(abs) = std::path::absolute(dir) else {
        return "../schemas/account.schema.json".into();
    };
    for (up, ancestor) in abs.ancestors().enumerate() {
        if ancestor.join("schemas/account.schema.json").is_file() {
            return format!("{}schemas/account.schema.json", "../".repeat(up));
        }
    }
    "../schemas/account.schema.json".into()
}

pub fn skeleton(name: &str, id: &str, owner: &str, schema: &str, lang: Lang) -> String {
    if lang == Lang::Zh {
        return skeleton_zh(name, id, owner, schema);
    }
    format!(
        "# yaml-language-server: $schema={schema}
#
# Account plan for {name_comment}. Keep every relevant person on file, not only
# the boss (guanxi docs/domain.md §1). `guanxi validate` checks this file; `guanxi log`
# and `guanxi stance` edit it from the shell.
account: {name}
id: {id}
owner: {owner}
# team:                                    # our people on the account
#   - {{ id: {owner}, function: sales }}      # sales | technical | executive | service | quality
competitors: []                            # names used as stance columns
# commercial:                              # used by `guanxi rank`
#   currency: CNY
#   revenue: 0                             # what they bought from us, last 12 months
#   margin_pct: 0                          # average gross margin, percent
#   growth_pct: 0                          # change vs the previous 12 months, percent
#   potential: 0                           # their total yearly spend in our category
#   payment_days: 60                       # average days to pay
goals: []                                  # - {{ horizon: short, text: … }}
pressure_points: []
opportunities: []                          # - {{ name: …, value: 0, stage: qualify, close: YYYY-MM-DD }}
stakeholders: []
#   - id: zhao                             # short lowercase handle
#     name: Zhao Gang                      # any script: 赵刚 is fine
#     title: Procurement Section Chief
#     department: Procurement
#     level: middle                        # executive | middle | staff
#     reports_to: wang
#     roles: [coach]                       # initiator | technical | user | coach | advisor | decider
#     procurement_team: true
#     influence: 3                         # 1..5
#     stance: {{ us: unknown }}              # mentor | supporter | neutral | opponent | unknown (帮 支 中 反 不)
#     evidence: []                         # why we believe the stance toward us
interactions: []                           # `guanxi log {id} --with zhao --kind visit`
",
        name_comment = name.replace('\n', " "),
        name = scalar(name),
    )
}

/// [`skeleton`] with its comments in Chinese, for a repository in 中文.
fn skeleton_zh(name: &str, id: &str, owner: &str, schema: &str) -> String {
    format!(
        "# yaml-language-server: $schema={schema}
#
# {name_comment} 的客户档案。把所有相关的人都记下来，不只是老板
# （guanxi docs/domain.md §1）。`guanxi validate` 检查本文件；`guanxi log`
# 和 `guanxi stance` 可以在命令行里修改它。
account: {name}
id: {id}
owner: {owner}
# team:                                    # 我方负责这个客户的人
#   - {{ id: {owner}, function: sales }}      # sales | technical | executive | service | quality
competitors: []                            # 竞争对手名称，作为态度列
# commercial:                              # `guanxi rank` 使用
#   currency: CNY
#   revenue: 0                             # 近 12 个月从我方采购的金额
#   margin_pct: 0                          # 平均毛利率（百分比）
#   growth_pct: 0                          # 与前 12 个月相比的变化（百分比）
#   potential: 0                           # 他们在本品类的年度总采购额
#   payment_days: 60                       # 平均回款天数
goals: []                                  # - {{ horizon: short, text: … }}
pressure_points: []                        # 客户的痛点
opportunities: []                          # - {{ name: …, value: 0, stage: qualify, close: YYYY-MM-DD }}
stakeholders: []
#   - id: zhao                             # 简短的小写代号
#     name: 赵刚
#     title: 采购科科长
#     department: 物资部
#     level: 中层                          # 高层 | 中层 | 基层
#     reports_to: wang
#     roles: [内部支持者]                  # 首倡者 | 技术支持者 | 关键使用者 | 内部支持者 | 辅助决策者 | 核心决策者
#     procurement_team: true
#     influence: 3                         # 1..5
#     stance: {{ us: 不 }}                   # 帮 | 支 | 中 | 反 | 不
#     evidence: []                         # 为什么认为他对我方是这个态度
interactions: []                           # `guanxi log {id} --with zhao --kind 拜访`
",
        name_comment = name.replace('\n', " "),
        name = scalar(name),
    )
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let id = match &args.id {
        Some(id) => id.clone(),
        None => slug(&args.name),
    };
    if id.is_empty() {
        return Ok(fail(Msg::new("error-new-no-slug")));
    }
    if !crate::checks::is_valid_id(&id) {
        return Ok(fail(Msg::new("error-new-invalid-id").text("id", id)));
    }
    let owner = args
        .owner
        .clone()
        .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| "unassigned".into());
    let here = [PathBuf::from(".")];
    let dir = match &args.dir {
        Some(dir) => dir.clone(),
        None => {
            let (folders, leaving) = crate::load::Scope::find(&here).expand_checked(&here);
            // A folder of `paths:` leads out of the repository: write nowhere.
            if let Some(link) = leaving.first() {
                return Ok(fail(
                    Msg::new("error-new-outside")
                        .text("path", crate::source::display_path(&link.path)),
                ));
            }
            folders
                .into_iter()
                .next()
                .unwrap_or_else(|| PathBuf::from("."))
        }
    };
    if !dir.is_dir() {
        return Ok(fail(
            Msg::new("error-not-a-directory").text("path", dir.display().to_string()),
        ));
    }
    let path = dir.join(format!("{id}.yaml"));
    let lang = args.global.lang(
        crate::checks::read_settings(std::slice::from_ref(&dir))
            .0
            .lang,
    );
    let text = skeleton(&args.name, &id, &owner, &schema_path(&dir), lang);
    let (_, diagnostics) =
        crate::checks::check_text(&path, &text, crate::checks::Dates::now(args.global.as_of()));
    if diagnostics
        .iter()
        .any(|d| d.severity == crate::finding::Severity::Error)
    {
        return Ok(fail(Msg::new("error-new-invalid-text")));
    }
    match crate::edit::write::create_new(&path, &text) {
        Ok(()) => {
            let line = crate::i18n::text_with(
                args.global.lang(
                    crate::checks::read_settings(std::slice::from_ref(&dir))
                        .0
                        .lang,
                ),
                "new-done",
                &[(
                    "file",
                    crate::i18n::Arg::Text(&crate::source::display_path(&path)),
                )],
            );
            writeln!(out, "{line}")?;
            Ok(exit::CLEAN)
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(fail(
            Msg::new("error-new-exists").text("path", crate::source::display_path(&path)),
        )),
        Err(e) => Ok(fail(io_failed("error-cannot-write", &path, &e))),
    }
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs() {
        assert_eq!(slug("Qingshan Steel Group"), "qingshan-steel-group");
        assert_eq!(slug("  A&B  (China) Ltd. "), "a-b-china-ltd");
        assert_eq!(slug("华东电网"), "");
        assert_eq!(slug("3M 中国"), "3m");
    }
}
