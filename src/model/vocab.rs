//! The closed vocabularies of format v1: every value a field may take.
//!
//! One macro defines each set so that serde, the JSON Schema, the error
//! messages ("expected one of …") and the docs all read the same list.

/// A vocabulary of the format: [`names!`](crate::names::names) plus
/// `Deserialize` (aliases accepted), the JSON Schema and `WHAT`.
macro_rules! vocab {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal {
            $( $(#[doc = $doc:literal])* $variant:ident = $text:literal $(| $alias:literal)? ),+ $(,)?
        }
    ) => {
        crate::names::names! {
            $(#[$meta])*
            #[derive(serde::Deserialize)]
            pub enum $name {
                $( $(#[doc = $doc])* #[serde(rename = $text $(, alias = $alias)?)] $variant = $text $(| $alias)?, )+
            }
        }

        impl $name {
            /// What the field holds, for messages ("a stance").
            pub const WHAT: &'static str = $what;
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let mut values: Vec<&str> = vec![$($text),+];
                values.extend($name::ALL.iter().filter_map(|v| v.alias()));
                let description = format!("One of: {}.", [$($text),+].join(", "));
                schemars::json_schema!({
                    "type": "string",
                    "enum": values,
                    "description": description
                })
            }
        }
    };
}

vocab! {
    /// Where a person stands toward one vendor (docs/domain.md §2).
    Stance, "a stance" {
        /// 帮: firmly on our side, tells us what goes on inside.
        Mentor = "mentor" | "帮",
        /// 支: backs us on this project, for the product's sake.
        Supporter = "supporter" | "支",
        /// 中: takes no side.
        Neutral = "neutral" | "中",
        /// 反: firmly against, usually another vendor's helper.
        Opponent = "opponent" | "反",
        /// 不: not yet established.
        Unknown = "unknown" | "不",
    }
}

vocab! {
    /// A stakeholder's level in the customer's organisation (docs/domain.md §1).
    Level, "a level" {
        /// 高层: the top: bureau chief, general manager, their deputies.
        Executive = "executive" | "高层",
        /// 中层: middle managers of the business and the departments.
        Middle = "middle" | "中层",
        /// 基层: staff.
        Staff = "staff" | "基层",
    }
}

vocab! {
    /// Buying roles (docs/domain.md §5).
    Role, "a buying role" {
        /// 首倡者: champions the purchase inside.
        Initiator = "initiator" | "首倡者",
        /// 技术支持者: the technical evaluator.
        Technical = "technical" | "技术支持者",
        /// 关键使用者: head of the using department.
        User = "user" | "关键使用者",
        /// 内部支持者: an insider who tells us how the decision is made.
        Coach = "coach" | "内部支持者",
        /// 辅助决策者: the decider's assistant or trusted adviser.
        Advisor = "advisor" | "辅助决策者",
        /// 核心决策者: signs off.
        Decider = "decider" | "核心决策者",
    }
}

vocab! {
    /// What one of our people does on the account (docs/domain.md §6).
    TeamFunction, "a team function" {
        Sales = "sales" | "销售",
        Technical = "technical" | "技术",
        Executive = "executive" | "高管",
        Service = "service" | "服务",
        Quality = "quality" | "质量",
    }
}

vocab! {
    /// How far a relationship has deepened (docs/domain.md §7).
    RelationshipStage, "a relationship stage" {
        /// 相识: just met.
        Acquainted = "acquainted" | "相识",
        /// 相知: we know what they need.
        Understanding = "understanding" | "相知",
        /// 尊重: they respect our competence.
        Respect = "respect" | "尊重",
        /// 友谊: a personal bond.
        Friendship = "friendship" | "友谊",
        /// 信任: they trust us personally.
        Trust = "trust" | "信任",
        /// 忠诚: they stand by us whatever comes.
        Loyalty = "loyalty" | "忠诚",
    }
}

vocab! {
    /// Where an opportunity stands in our sales process.
    OpportunityStage, "an opportunity stage" {
        Qualify = "qualify" | "资格确认",
        Develop = "develop" | "需求开发",
        Propose = "propose" | "方案",
        Negotiate = "negotiate" | "商务谈判",
        Won = "won" | "赢单",
        Lost = "lost" | "丢单",
    }
}

impl Stance {
    /// The stance a mistyped one-character form was most likely meant as:
    /// the same pinyin picked from the input method's list (邦 for 帮, 只
    /// for 支, 钟 for 中, 返 for 反, 布 for 不).
    pub fn input_slip(text: &str) -> Option<Self> {
        const SLIPS: [(Stance, &str); 5] = [
            (Stance::Mentor, "邦梆绑榜棒"),
            (Stance::Supporter, "只之知枝值"),
            (Stance::Neutral, "钟终忠种众"),
            (Stance::Opponent, "返饭犯泛范"),
            (Stance::Unknown, "布步部补簿"),
        ];
        let mut chars = text.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            return None;
        };
        SLIPS
            .iter()
            .find(|(_, slips)| slips.contains(c))
            .map(|(stance, _)| *stance)
    }
}

impl OpportunityStage {
    /// Still being worked: neither won nor lost.
    pub const fn is_open(self) -> bool {
        !matches!(self, Self::Won | Self::Lost)
    }
}

vocab! {
    /// The time horizon of a customer goal.
    Horizon, "a goal horizon" {
        Short = "short" | "短期",
        Long = "long" | "长期",
    }
}

vocab! {
    /// Whether information a stakeholder gave proved right, once checked.
    Intel, "an intel rating" {
        Accurate = "accurate" | "准确",
        Inaccurate = "inaccurate" | "不准",
        Unverified = "unverified" | "未核实",
    }
}

vocab! {
    /// The kind of an interaction (docs/format.md; docs/domain.md §4, §7).
    InteractionKind, "an interaction kind" {
        Visit = "visit" | "拜访",
        Call = "call" | "电话",
        Email = "email" | "邮件",
        Message = "message" | "消息",
        Meal = "meal" | "宴请",
        Entertainment = "entertainment" | "娱乐",
        Gift = "gift" | "礼品",
        Demo = "demo" | "演示",
        TechExchange = "tech-exchange" | "技术交流",
        Training = "training" | "培训",
        JointSelling = "joint-selling" | "联合销售",
        Proposal = "proposal" | "方案",
        ExecVisit = "exec-visit" | "高层拜访",
        HelpRequested = "help-requested" | "求助",
        HelpGiven = "help-given" | "帮助",
        Other = "other" | "其他",
    }
}

impl InteractionKind {
    /// Meals, entertainment and gifts: relationship upkeep that wears thin (docs/domain.md §7).
    pub const fn is_entertainment(self) -> bool {
        matches!(self, Self::Meal | Self::Entertainment | Self::Gift)
    }

    /// Contribution that lasts: demos, training, joint selling, help (docs/domain.md §7).
    pub const fn is_value_adding(self) -> bool {
        matches!(
            self,
            Self::Demo
                | Self::TechExchange
                | Self::Training
                | Self::JointSelling
                | Self::Proposal
                | Self::HelpGiven
        )
    }
}

vocab! {
    /// The interface language (`--lang`, `lang:` in .guanxi.yaml).
    Lang, "an interface language" {
        /// English.
        En = "en",
        /// Simplified Chinese, 中文.
        Zh = "zh",
    }
}

/// The names of a vocabulary's values, for "expected one of" messages.
pub fn names_of(enum_name: &str) -> Option<(&'static str, Vec<&'static str>, Vec<&'static str>)> {
    macro_rules! pick {
        ($($t:ident),+) => {
            match enum_name {
                $(stringify!($t) => Some((
                    $t::WHAT,
                    $t::ALL.iter().map(|v| v.as_str()).collect(),
                    $t::ALL.iter().filter_map(|v| v.alias()).collect(),
                )),)+
                _ => None,
            }
        };
    }
    pick!(
        Stance,
        Level,
        Role,
        TeamFunction,
        RelationshipStage,
        OpportunityStage,
        Horizon,
        Intel,
        InteractionKind
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_stance_forms_are_aliases() {
        assert_eq!(Stance::Mentor.alias(), Some("帮"));
        assert_eq!(Stance::Unknown.alias(), Some("不"));
        let s: Stance = serde_saphyr::from_str("反").unwrap();
        assert_eq!(s, Stance::Opponent);
    }

    #[test]
    fn kinds_use_kebab_case() {
        let k: InteractionKind = serde_saphyr::from_str("tech-exchange").unwrap();
        assert_eq!(k, InteractionKind::TechExchange);
        assert!(k.is_value_adding() && !k.is_entertainment());
        assert!(InteractionKind::Gift.is_entertainment());
    }

    #[test]
    fn names_of_lists_values_and_aliases() {
        let (what, names, aliases) = names_of("Stance").unwrap();
        assert_eq!(what, "a stance");
        assert_eq!(
            names,
            ["mentor", "supporter", "neutral", "opponent", "unknown"]
        );
        assert_eq!(aliases, ["帮", "支", "中", "反", "不"]);
    }
}
