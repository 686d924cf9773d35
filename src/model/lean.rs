//! The account as analyses read it: what a checked file says, without the
//! positions the checks needed, in as little memory as it takes.
//!
//! The format's types ([`super::Account`]) keep a [`super::Span`] on every
//! value a rule may point at, lists with spare room from parsing, and every
//! reference as the text written. Once a file is checked nothing reads
//! those positions again, yet a portfolio of 10,000 accounts held for an
//! analysis is mostly that (29 KB an account against 16 KB here). Here
//! values are plain and lists are boxed slices; an interaction names its
//! people by their place among the account's stakeholders (every `with` id
//! names one, or the file would not have passed the checks) and a stance
//! its column by place (`us`, then the competitors); roles are packed in
//! four bytes; our people (`by`) and notes sit in per-account lists; and
//! each person's interactions are indexed once ([`Account::contacts_of`]).
//! Field names are the format's, so an analysis reads `s.level`, `i.date`,
//! `account.stakeholders` as the file spells them; what moved behind a
//! method (`account.with(i)`, `account.by(i)`, `s.stance.at(column)`) says
//! so in its name.

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
    /// Our people of the interactions that name them (`by`), one after
    /// another (see [`Account::by`]).
    by: Box<[Text]>,
    /// The interactions' notes, when kept (see [`Account::note`]).
    notes: Box<[Box<str>]>,
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
    pub stance: Stances,
    pub evidence: Box<[String]>,
    pub wins: Box<[String]>,
    pub fears: Box<[String]>,
    pub cadence_days: Option<i64>,
    pub left: Option<Date>,
    pub roles: Roles,
    /// 1 to 5 (the checks refuse a file with any other).
    pub influence: Option<u8>,
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
        self.stance.at(Stances::US).unwrap_or(Stance::Unknown)
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(role)
    }

    /// Still at the customer on `as_of`: `left: D` makes them inactive
    /// *after* D; on D itself they are still there.
    pub fn is_active(&self, as_of: Date) -> bool {
        self.left.is_none_or(|left| left >= as_of)
    }
}

/// Buying roles in file order, each once, in four bytes: no allocation
/// per person (a person has a handful; a role written twice counts once,
/// and there are fewer roles than places).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Roles(u32);

impl Roles {
    /// Each role one nibble, 1-based, first role lowest; 0 ends the list.
    const BITS: u32 = 4;

    fn code(role: Role) -> u32 {
        Role::ALL
            .iter()
            .position(|r| *r == role)
            .map_or(0, |at| at as u32 + 1)
    }

    pub fn iter(self) -> impl Iterator<Item = Role> {
        let mut rest = self.0;
        std::iter::from_fn(move || {
            let code = rest & ((1 << Self::BITS) - 1);
            rest >>= Self::BITS;
            (code != 0).then(|| Role::ALL[code as usize - 1])
        })
    }

    pub fn contains(self, role: Role) -> bool {
        self.iter().any(|r| r == role)
    }

    pub fn len(self) -> usize {
        self.iter().count()
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn to_vec(self) -> Vec<Role> {
        self.iter().collect()
    }
}

impl FromIterator<Role> for Roles {
    fn from_iter<I: IntoIterator<Item = Role>>(roles: I) -> Self {
        let mut packed = Roles(0);
        let mut at = 0;
        for role in roles {
            if !packed.contains(role) {
                packed.0 |= Self::code(role) << (at * Self::BITS);
                at += 1;
            }
        }
        packed
    }
}

impl serde::Serialize for Roles {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// A person's stances as written, in file order, by column: 0 is `us`,
/// `k` the account's `k`th competitor ([`Account::column_name`]). Every key
/// of a checked file is one of those (the checks refuse others), so a
/// stance costs a few bytes, not a copy of the competitor's name.
#[derive(Clone, Debug, Default)]
pub struct Stances(Box<[(u16, Stance)]>);

impl Stances {
    /// The column of `us`.
    pub const US: usize = 0;

    /// The stance written for `column`.
    pub fn at(&self, column: usize) -> Option<Stance> {
        self.0
            .iter()
            .find(|(k, _)| *k as usize == column)
            .map(|(_, v)| *v)
    }

    /// Sets the stance for `column`, in its place if written, else last.
    pub fn set(&mut self, column: usize, stance: Stance) {
        match self.0.iter_mut().find(|(k, _)| *k as usize == column) {
            Some((_, v)) => *v = stance,
            None => {
                let mut all = std::mem::take(&mut self.0).into_vec();
                all.push((u16::try_from(column).unwrap_or(u16::MAX), stance));
                self.0 = all.into();
            }
        }
    }

    /// The competitors' columns written, in file order.
    pub fn rivals(&self) -> impl Iterator<Item = (usize, Stance)> + '_ {
        self.iter().filter(|(k, _)| *k != Self::US)
    }

    /// Whether some competitor has this person as a mentor or supporter.
    pub fn backs_a_rival(&self) -> bool {
        self.rivals()
            .any(|(_, v)| matches!(v, Stance::Mentor | Stance::Supporter))
    }

    /// Every column written, in file order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, Stance)> + '_ {
        self.0.iter().map(|(k, v)| (*k as usize, *v))
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
    /// Our people ([`Account::by`]): where they start in the account's
    /// list, and how many.
    by_start: u32,
    by_count: u32,
    /// Its note's place in the account's notes; `u32::MAX` for none.
    note: u32,
    pub cost: Option<f64>,
    /// Who gave its intel (`from:`), as a place among the account's people;
    /// `u32::MAX` for none written.
    from: u32,
}

impl Account {
    /// The people an interaction was with, in the order written, each once.
    pub fn with<'a>(&'a self, i: &Interaction) -> impl Iterator<Item = &'a Stakeholder> + 'a {
        part(&self.people, i.start, i.count)
            .iter()
            .filter_map(|&at| self.stakeholders.get(at as usize))
    }

    /// Whether the interaction's intel is credited to `s`: the person its
    /// `from:` names, else its only person; nobody when it was with several
    /// and says not who gave it (docs/domain.md §10: intel belongs to the
    /// one who gave it).
    pub fn intel_credited_to(&self, i: &Interaction, s: &Stakeholder) -> bool {
        let at = |place: u32| self.stakeholders.get(place as usize);
        if i.from != u32::MAX {
            return at(i.from).is_some_and(|giver| std::ptr::eq(giver, s));
        }
        let with = part(&self.people, i.start, i.count);
        with.len() == 1 && at(with[0]).is_some_and(|only| std::ptr::eq(only, s))
    }

    /// How many people an interaction was with.
    pub fn with_count(&self, i: &Interaction) -> usize {
        part(&self.people, i.start, i.count).len()
    }

    /// Their ids.
    pub fn with_ids<'a>(&'a self, i: &Interaction) -> impl Iterator<Item = &'a str> + 'a {
        self.with(i).map(|s| s.id.as_str())
    }

    /// The name of a stance column: `us`, or a competitor.
    pub fn column_name(&self, column: usize) -> &str {
        match column {
            Stances::US => US,
            k => self.competitors.get(k - 1).map_or("", |c| c.as_str()),
        }
    }

    /// The column of `us` or a competitor's name.
    pub fn column(&self, name: &str) -> Option<usize> {
        if name == US {
            return Some(Stances::US);
        }
        self.competitors
            .iter()
            .position(|c| c == name)
            .map(|at| at + 1)
    }

    /// Our people on an interaction, as written in `by`; empty when it
    /// names nobody (the owner then).
    pub fn by(&self, i: &Interaction) -> &[Text] {
        part(&self.by, i.by_start, i.by_count)
    }

    /// An interaction's note, when the notes were kept.
    pub fn note(&self, i: &Interaction) -> Option<&str> {
        self.notes.get(i.note as usize).map(|n| &**n)
    }

    /// The interactions with `s` (a stakeholder of this account), in file
    /// order, each once: an index built once per account, so a rule that
    /// looks at everyone's contacts reads each interaction once per person
    /// in it rather than every interaction for every person.
    pub fn contacts_of<'a>(
        &'a self,
        s: &Stakeholder,
    ) -> impl Iterator<Item = &'a Interaction> + 'a {
        part(&self.contacts, s.contacts_start, s.contacts_count)
            .iter()
            .filter_map(|&at| self.interactions.get(at as usize))
    }

    /// The account of a checked file. Free text no analysis reads (notes)
    /// is kept only with `keep_notes` (`export --notes`). An interaction's
    /// id that names nobody (which the checks report as an error, so such a
    /// file never reaches an analysis) is left out.
    pub fn from_checked(a: super::Account, keep_notes: bool) -> Self {
        // A stance key's column: `us`, else its competitor's place after it.
        let competitors = &a.competitors;
        let column = |key: &str| -> Option<u16> {
            if key == US {
                return Some(0);
            }
            let at = competitors.iter().position(|c| c.value == key)?;
            u16::try_from(at + 1).ok()
        };
        let mut stakeholders: Box<[Stakeholder]> = a
            .stakeholders
            .value
            .into_iter()
            .map(|s| Stakeholder::from_checked(s, &column))
            .collect();
        let logged = Logged::from_checked(a.interactions, &stakeholders, keep_notes);
        let contacts = index_contacts(&mut stakeholders, &logged.interactions, &logged.people);
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
            interactions: logged.interactions,
            people: logged.people.into(),
            contacts,
            by: logged.by.into(),
            notes: logged.notes.into(),
        }
    }
}

impl Stakeholder {
    /// A checked person, its stance keys as columns (`column`).
    fn from_checked(s: super::Stakeholder, column: &dyn Fn(&str) -> Option<u16>) -> Self {
        Stakeholder {
            id: s.id.value,
            name: s.name.value,
            title: s.title,
            department: s.department,
            reports_to: s.reports_to.map(|r| r.value),
            roles: s.roles.iter().map(|r| r.value).collect(),
            stance: Stances(
                s.stance
                    .value
                    .0
                    .iter()
                    .filter_map(|(k, v)| Some((column(&k.value)?, v.value)))
                    .collect(),
            ),
            evidence: s.evidence.into(),
            wins: s.wins.into(),
            fears: s.fears.into(),
            influence: s.influence.map(|i| i.value.clamp(0, 255) as u8),
            cadence_days: s.cadence_days.map(|c| c.value),
            left: s.left.map(|l| l.value),
            contacts_start: 0,
            contacts_count: 0,
            level: s.level,
            stage: s.stage,
            procurement_team: s.procurement_team,
        }
    }
}

/// The interactions and the flat lists they index into: the people each
/// was with (as places in the account's list), our people, the notes.
struct Logged {
    interactions: Box<[Interaction]>,
    people: Vec<u32>,
    by: Vec<Text>,
    notes: Vec<Box<str>>,
}

impl Logged {
    fn from_checked(
        list: Vec<super::Interaction>,
        stakeholders: &[Stakeholder],
        keep_notes: bool,
    ) -> Self {
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
        let (mut people, mut by, mut notes) = (Vec::new(), Vec::new(), Vec::new());
        // Places in lists far below 4 GiB entries (files are at most a few MiB).
        let place32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        // Each person once on an interaction (the first time written): a
        // repeat is a warning of the checks, and every analysis counts
        // people, so none has to weed repeats out again (60,000 names on
        // one interaction stay linear).
        let mut last_on = vec![u32::MAX; stakeholders.len()];
        let interactions: Box<[Interaction]> = list
            .into_iter()
            .enumerate()
            .map(|(at, i)| {
                let (start, by_start) = (people.len(), by.len());
                let at = place32(at);
                people.extend(
                    i.with
                        .value
                        .iter()
                        .filter_map(|w| place(&w.value))
                        .filter(|&p| std::mem::replace(&mut last_on[p as usize], at) != at),
                );
                by.extend(i.by.into_iter().flatten().map(|b| b.value));
                let note = match i.note.filter(|_| keep_notes) {
                    Some(n) => {
                        notes.push(n.into_boxed_str());
                        place32(notes.len() - 1)
                    }
                    None => u32::MAX,
                };
                Interaction {
                    date: i.date.value,
                    kind: i.kind,
                    intel: i.intel,
                    start: place32(start),
                    count: place32(people.len() - start),
                    by_start: place32(by_start),
                    by_count: place32(by.len() - by_start),
                    note,
                    cost: i.cost.map(|c| c.value),
                    from: i
                        .from
                        .as_ref()
                        .and_then(|f| place(&f.value))
                        .unwrap_or(u32::MAX),
                }
            })
            .collect();
        Logged {
            interactions,
            people,
            by,
            notes,
        }
    }
}

/// `count` items of `list` from `start`; nothing for a range outside it
/// (an interaction or person of another account).
fn part<T>(list: &[T], start: u32, count: u32) -> &[T] {
    let start = start as usize;
    list.get(start..start.saturating_add(count as usize))
        .unwrap_or_default()
}

/// Each person's interactions (places in `interactions`, file order, each
/// once), one person after another, with every stakeholder's start and
/// count set: two passes over the interactions' people.
fn index_contacts(
    stakeholders: &mut [Stakeholder],
    interactions: &[Interaction],
    people: &[u32],
) -> Box<[u32]> {
    // An interaction's people are each there once (see `from_checked`), so
    // each (person, interaction) comes once.
    let everyone = stakeholders.len();
    let each = |f: &mut dyn FnMut(usize, u32)| {
        for (at, i) in interactions.iter().enumerate() {
            for &person in &people[i.start as usize..(i.start + i.count) as usize] {
                f(person as usize, at as u32);
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
    use crate::model::{Date, InteractionKind, Role, Stance, US};

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
    fn interaction_notes_are_kept_only_when_asked() {
        let dropped = lean(false);
        assert_eq!(dropped.note(&dropped.interactions[0]), None);
        let kept = lean(true);
        assert_eq!(
            kept.note(&kept.interactions[0]),
            Some("said the boss is leaving")
        );
        assert_eq!(kept.note(&kept.interactions[1]), None);
    }

    #[test]
    fn our_people_and_roles_read_back_as_written() {
        let text = TEXT
            .replace("kind: meal", "kind: meal, by: [eng, o, eng]")
            .replace(
                "level: middle,",
                "level: middle, roles: [user, decider, user, coach],",
            );
        let parsed = serde_saphyr::from_str::<crate::model::Account>(&text).expect("reads");
        let a = Account::from_checked(parsed, false);
        assert!(a.by(&a.interactions[0]).is_empty());
        assert_eq!(a.by(&a.interactions[1]), ["eng", "o", "eng"]);
        // A role written twice counts once; the order stays.
        let roles = a.stakeholders[1].roles;
        assert_eq!(roles.to_vec(), [Role::User, Role::Decider, Role::Coach]);
        assert!(roles.contains(Role::Coach) && !roles.contains(Role::Advisor));
        assert!(a.stakeholders[0].roles.is_empty());
        let every: super::Roles = Role::ALL.iter().rev().copied().collect();
        assert_eq!(
            every.to_vec(),
            Role::ALL.iter().rev().copied().collect::<Vec<_>>()
        );
    }

    #[test]
    fn values_survive_without_their_positions() {
        let a = lean(false);
        assert_eq!((a.account.as_str(), a.owner.as_str()), ("A", "o"));
        let (first, second) = (&a.stakeholders[0], &a.stakeholders[1]);
        assert_eq!((first.id.as_str(), first.name.as_str()), ("a", "甲"));
        assert_eq!(first.stance_us(), Stance::Mentor);
        assert_eq!(first.stance.at(1), Some(Stance::Opponent));
        assert_eq!((a.column("Jia"), a.column_name(1)), (Some(1), "Jia"));
        assert_eq!((a.column(US), a.column_name(0)), (Some(0), US));
        assert_eq!(a.column("Yi"), None);
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
        // A person written twice is there once, where first written.
        assert_eq!(ids(0), ["b", "a"]);
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
    fn a_person_or_interaction_of_another_account_finds_nothing_there() {
        let small = lean(false);
        let text = format!("{TEXT}  - {{ date: 2026-11-03, with: [b], kind: call, by: [x] }}\n");
        let big = serde_saphyr::from_str::<crate::model::Account>(&text).expect("reads");
        let big = Account::from_checked(big, false);
        let foreign = &big.interactions[2];
        assert_eq!(small.with(foreign).count(), 0);
        assert!(small.by(foreign).is_empty());
        let mut far = big.stakeholders[1].clone();
        far.contacts_start = 1_000;
        assert_eq!(small.contacts_of(&far).count(), 0);
    }

    #[test]
    fn a_stance_set_replaces_in_place_or_comes_last() {
        let mut a = lean(false);
        let stance = &mut a.stakeholders[1].stance;
        stance.set(0, Stance::Supporter);
        stance.set(1, Stance::Mentor);
        let all: Vec<_> = stance.iter().collect();
        assert_eq!(all, [(0, Stance::Supporter), (1, Stance::Mentor)]);
    }
}
