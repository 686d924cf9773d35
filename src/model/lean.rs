//! The account as analyses read it: what a checked file says, without the
//! positions the checks needed, in as little memory as it takes.
//!
//! The format's types ([`super::Account`]) keep a [`super::Span`] on every
//! value a rule may point at, lists with spare room from parsing, and the
//! people of each interaction as their written ids. Once a file is checked
//! nothing reads those positions again, yet a portfolio of 10,000 accounts
//! held for an analysis is mostly that. Here an interaction names its people
//! by their place among the account's stakeholders (every `with` id names
//! one, or the file would not have passed the checks), lists are boxed
//! slices, and values are plain. Field names are the format's, so an
//! analysis reads `s.level`, `i.date`, `account.stakeholders` as the file
//! spells them.

use super::{
    Date, Goal, Intel, InteractionKind, Level, OpportunityStage, RelationshipStage, Role, Stance,
    TeamFunction, Text, US,
};

/// One checked account.
#[derive(Clone, Debug)]
pub struct Account {
    pub account: Text,
    pub owner: Text,
    pub team: Box<[TeamMember]>,
    pub competitors: Box<[Text]>,
    pub commercial: Option<Box<Commercial>>,
    pub goals: Box<[Goal]>,
    pub pressure_points: Box<[String]>,
    pub opportunities: Box<[Opportunity]>,
    pub stakeholders: Box<[Stakeholder]>,
    pub interactions: Box<[Interaction]>,
    /// The people of every interaction, one after another: places in
    /// `stakeholders` (see [`Account::with`]).
    people: Box<[u32]>,
    /// Every stakeholder's interactions, one person after another: places
    /// in `interactions`, in file order (see [`Account::contacts_of`]).
    contacts: Box<[u32]>,
}

/// One of our people on the account.
#[derive(Clone, Debug)]
pub struct TeamMember {
    pub id: Text,
    pub function: Option<TeamFunction>,
}

/// Commercial figures for the last 12 months.
#[derive(Clone, Debug, Default)]
pub struct Commercial {
    pub currency: Option<Text>,
    pub revenue: Option<f64>,
    pub margin_pct: Option<f64>,
    pub growth_pct: Option<f64>,
    pub potential: Option<f64>,
    pub payment_days: Option<f64>,
}

/// A sales opportunity.
#[derive(Clone, Debug)]
pub struct Opportunity {
    pub name: Text,
    pub value: Option<f64>,
    pub stage: Option<OpportunityStage>,
    pub close: Option<Date>,
}

/// A person at the customer.
#[derive(Clone, Debug)]
pub struct Stakeholder {
    pub id: Text,
    pub name: Text,
    pub title: Option<Text>,
    pub department: Option<Text>,
    pub reports_to: Option<Text>,
    pub roles: Box<[Role]>,
    pub stance: Stances,
    pub evidence: Box<[String]>,
    pub wins: Box<[String]>,
    pub fears: Box<[String]>,
    pub influence: Option<i64>,
    pub cadence_days: Option<i64>,
    pub note: Option<Box<str>>,
    pub left: Option<Date>,
    /// Where this person's interactions start in the account's index, and
    /// how many ([`Account::contacts_of`]).
    contacts_start: u32,
    contacts_count: u32,
    pub level: Level,
    pub stage: Option<RelationshipStage>,
    pub procurement_team: bool,
}

impl Stakeholder {
    /// The stance toward us (`unknown` when missing).
    pub fn stance_us(&self) -> Stance {
        self.stance.get(US).unwrap_or(Stance::Unknown)
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Still at the customer on `as_of`: `left: D` makes them inactive
    /// *after* D; on D itself they are still there.
    pub fn is_active(&self, as_of: Date) -> bool {
        self.left.is_none_or(|left| left >= as_of)
    }
}

/// Stances by column (`us` or a competitor name), in file order.
#[derive(Clone, Debug, Default)]
pub struct Stances(Box<[(Text, Stance)]>);

impl Stances {
    pub fn get(&self, column: &str) -> Option<Stance> {
        self.0.iter().find(|(k, _)| k == column).map(|(_, v)| *v)
    }

    /// Sets the stance for `column`, in its place if written, else last.
    pub fn set(&mut self, column: &str, stance: Stance) {
        match self.0.iter_mut().find(|(k, _)| k == column) {
            Some((_, v)) => *v = stance,
            None => {
                let mut all = std::mem::take(&mut self.0).into_vec();
                all.push((column.into(), stance));
                self.0 = all.into();
            }
        }
    }

    /// Every column written, in file order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Stance)> {
        self.0.iter().map(|(k, v)| (k.as_str(), *v))
    }
}

/// One contact with the customer.
#[derive(Clone, Debug)]
pub struct Interaction {
    pub date: Date,
    pub kind: InteractionKind,
    pub intel: Option<Intel>,
    /// Where this interaction's people start in the account's list, and how
    /// many: read them with [`Account::with`].
    start: u32,
    count: u32,
    pub cost: Option<f64>,
    /// Our people, as written; `None` means the owner.
    pub by: Option<Box<[Text]>>,
    pub note: Option<Box<str>>,
}

impl Account {
    /// The people an interaction was with, as written (a name twice stays
    /// twice).
    pub fn with<'a>(&'a self, i: &Interaction) -> impl Iterator<Item = &'a Stakeholder> + 'a {
        let start = i.start as usize;
        self.people[start..start + i.count as usize]
            .iter()
            .map(|&at| &self.stakeholders[at as usize])
    }

    /// Their ids.
    pub fn with_ids<'a>(&'a self, i: &Interaction) -> impl Iterator<Item = &'a str> + 'a {
        self.with(i).map(|s| s.id.as_str())
    }

    /// The interactions with `s` (a stakeholder of this account), in file
    /// order, each once: an index built once per account, so a rule that
    /// looks at everyone's contacts reads each interaction once per person
    /// in it rather than every interaction for every person.
    pub fn contacts_of<'a>(
        &'a self,
        s: &Stakeholder,
    ) -> impl Iterator<Item = &'a Interaction> + 'a {
        let start = s.contacts_start as usize;
        self.contacts[start..start + s.contacts_count as usize]
            .iter()
            .map(|&at| &self.interactions[at as usize])
    }

    /// The account of a checked file. Free text no analysis reads (notes)
    /// is kept only with `keep_notes` (`export --notes`). An interaction's
    /// id that names nobody (which the checks report as an error, so such a
    /// file never reaches an analysis) is left out.
    pub fn from_checked(a: super::Account, keep_notes: bool) -> Self {
        let note = |n: Option<String>| n.filter(|_| keep_notes).map(String::into_boxed_str);
        let mut stakeholders: Box<[Stakeholder]> = a
            .stakeholders
            .value
            .into_iter()
            .map(|s| Stakeholder {
                id: s.id.value,
                name: s.name.value,
                title: s.title,
                department: s.department,
                reports_to: s.reports_to.map(|r| r.value),
                roles: s.roles.into_iter().map(|r| r.value).collect(),
                stance: Stances(
                    s.stance
                        .value
                        .0
                        .into_iter()
                        .map(|(k, v)| (k.value, v.value))
                        .collect(),
                ),
                evidence: s.evidence.into(),
                wins: s.wins.into(),
                fears: s.fears.into(),
                influence: s.influence.map(|i| i.value),
                cadence_days: s.cadence_days.map(|c| c.value),
                note: note(s.note),
                left: s.left.map(|l| l.value),
                contacts_start: 0,
                contacts_count: 0,
                level: s.level,
                stage: s.stage,
                procurement_team: s.procurement_team,
            })
            .collect();
        // Ids to places: sorted once, looked up by binary search.
        let mut places: Vec<(&str, u32)> = stakeholders
            .iter()
            .enumerate()
            .map(|(at, s)| (s.id.as_str(), at as u32))
            .collect();
        places.sort_unstable();
        let place = |id: &str| {
            places
                .binary_search_by(|(k, _)| (*k).cmp(id))
                .ok()
                .map(|found| places[found].1)
        };
        let mut people = Vec::new();
        let interactions: Box<[Interaction]> = a
            .interactions
            .into_iter()
            .map(|i| {
                let start = people.len();
                people.extend(i.with.value.iter().filter_map(|w| place(&w.value)));
                Interaction {
                    date: i.date.value,
                    kind: i.kind,
                    intel: i.intel,
                    start: u32::try_from(start).unwrap_or(u32::MAX),
                    count: u32::try_from(people.len() - start).unwrap_or(0),
                    cost: i.cost.map(|c| c.value),
                    by: i.by.map(|by| by.into_iter().map(|b| b.value).collect()),
                    note: note(i.note),
                }
            })
            .collect();
        drop(places);
        let contacts = index_contacts(&mut stakeholders, &interactions, &people);
        Self {
            account: a.account.value,
            owner: a.owner.value,
            team: a
                .team
                .into_iter()
                .map(|m| TeamMember {
                    id: m.id.value,
                    function: m.function,
                })
                .collect(),
            competitors: a.competitors.into_iter().map(|c| c.value).collect(),
            commercial: a.commercial.map(|c| {
                Box::new(Commercial {
                    currency: c.currency.map(Text::from),
                    revenue: c.revenue.map(|v| v.value),
                    margin_pct: c.margin_pct.map(|v| v.value),
                    growth_pct: c.growth_pct.map(|v| v.value),
                    potential: c.potential.map(|v| v.value),
                    payment_days: c.payment_days.map(|v| v.value),
                })
            }),
            goals: a.goals.into(),
            pressure_points: a.pressure_points.into(),
            opportunities: a
                .opportunities
                .into_iter()
                .map(|o| Opportunity {
                    name: o.name.value,
                    value: o.value.map(|v| v.value),
                    stage: o.stage,
                    close: o.close.map(|c| c.value),
                })
                .collect(),
            stakeholders,
            interactions,
            people: people.into(),
            contacts,
        }
    }
}

/// Each person's interactions (places in `interactions`, file order, each
/// once), one person after another, with every stakeholder's start and
/// count set: two passes over the interactions' people.
fn index_contacts(
    stakeholders: &mut [Stakeholder],
    interactions: &[Interaction],
    people: &[u32],
) -> Box<[u32]> {
    // Each (person, interaction) once: a person written twice on one
    // interaction is the same interaction they were last seen on.
    let everyone = stakeholders.len();
    let each = |f: &mut dyn FnMut(usize, u32)| {
        let mut last = vec![u32::MAX; everyone];
        for (at, i) in interactions.iter().enumerate() {
            let at = at as u32;
            for &person in &people[i.start as usize..(i.start + i.count) as usize] {
                let person = person as usize;
                if last[person] != at {
                    last[person] = at;
                    f(person, at);
                }
            }
        }
    };
    each(&mut |person, _| stakeholders[person].contacts_count += 1);
    let mut next = 0u32;
    for s in stakeholders.iter_mut() {
        s.contacts_start = next;
        next += s.contacts_count;
    }
    let mut contacts = vec![0u32; next as usize];
    let mut filled = vec![0u32; everyone];
    each(&mut |person, at| {
        let s = &stakeholders[person];
        contacts[(s.contacts_start + filled[person]) as usize] = at;
        filled[person] += 1;
    });
    contacts.into()
}

#[cfg(test)]
mod tests {
    use super::Account;
    use crate::model::{Date, InteractionKind, Stance};

    const TEXT: &str = "account: A\nowner: o\ncompetitors: [Jia]\nstakeholders:\n  \
        - { id: a, name: 甲, level: staff, stance: { us: 帮, Jia: 反 }, note: private }\n  \
        - { id: b, name: B, level: middle, reports_to: a, stance: { us: neutral } }\n\
        interactions:\n  \
        - { date: 2026-11-01, with: [b, a, b], kind: visit, cost: 120, note: \"said the boss is leaving\" }\n  \
        - { date: 2026-11-02, with: [a, nobody], kind: meal }\n";

    fn lean(keep_notes: bool) -> Account {
        let parsed = serde_saphyr::from_str::<crate::model::Account>(TEXT);
        Account::from_checked(parsed.expect("reads"), keep_notes)
    }

    #[test]
    fn notes_are_kept_only_when_asked() {
        let dropped = lean(false);
        assert_eq!(dropped.interactions[0].note, None);
        assert_eq!(dropped.stakeholders[0].note, None);
        let kept = lean(true);
        assert_eq!(
            kept.interactions[0].note.as_deref(),
            Some("said the boss is leaving")
        );
        assert_eq!(kept.stakeholders[0].note.as_deref(), Some("private"));
    }

    #[test]
    fn values_survive_without_their_positions() {
        let a = lean(false);
        assert_eq!((a.account.as_str(), a.owner.as_str()), ("A", "o"));
        let (first, second) = (&a.stakeholders[0], &a.stakeholders[1]);
        assert_eq!((first.id.as_str(), first.name.as_str()), ("a", "甲"));
        assert_eq!(first.stance_us(), Stance::Mentor);
        assert_eq!(first.stance.get("Jia"), Some(Stance::Opponent));
        assert_eq!(second.reports_to.as_deref(), Some("a"));
        let visit = &a.interactions[0];
        assert_eq!(visit.date, Date::parse("2026-11-01").unwrap());
        assert_eq!(
            (visit.kind, visit.cost),
            (InteractionKind::Visit, Some(120.0))
        );
    }

    #[test]
    fn interactions_name_their_people_by_place_as_written() {
        let a = lean(false);
        let ids = |i: usize| a.with_ids(&a.interactions[i]).collect::<Vec<_>>();
        assert_eq!(ids(0), ["b", "a", "b"]);
        // An id naming nobody (an error the checks report first) is left
        // out rather than read as someone else.
        assert_eq!(ids(1), ["a"]);
    }

    #[test]
    fn each_persons_contacts_are_indexed_once_in_file_order() {
        let a = lean(false);
        let kinds = |s: usize| {
            a.contacts_of(&a.stakeholders[s])
                .map(|i| i.kind)
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds(0), [InteractionKind::Visit, InteractionKind::Meal]);
        // Written twice on the visit, counted once.
        assert_eq!(kinds(1), [InteractionKind::Visit]);
    }

    #[test]
    fn a_stance_set_replaces_in_place_or_comes_last() {
        let mut a = lean(false);
        let stance = &mut a.stakeholders[1].stance;
        stance.set("us", Stance::Supporter);
        stance.set("Jia", Stance::Mentor);
        let all: Vec<_> = stance.iter().collect();
        assert_eq!(all, [("us", Stance::Supporter), ("Jia", Stance::Mentor)]);
    }
}
