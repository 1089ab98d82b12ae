//! The data of the create and edit forms: what the user typed, its problems, and what to send.

use std::collections::BTreeSet;
use std::fmt;

use chrono::{DateTime, TimeDelta, Utc};

use super::{Access, ApiKey};

/// The longest name the portal accepts, in UTF-16 code units (how .NET counts a string).
pub const MAX_NAME_LENGTH: usize = 30;

/// How long a new key lives. The expiry date cannot be changed after creation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lifetime {
    /// The key never expires.
    #[default]
    Never,
    /// The key expires this many days (of 24 hours) after creation; 1 to 365.
    Days(u32),
}

impl Lifetime {
    /// The fewest days the portal accepts.
    pub const MIN_DAYS: u32 = 1;
    /// The most days the portal accepts.
    pub const MAX_DAYS: u32 = 365;
    /// The choices offered before "Custom".
    pub const PRESETS: [Lifetime; 5] = [
        Lifetime::Never,
        Lifetime::Days(7),
        Lifetime::Days(30),
        Lifetime::Days(90),
        Lifetime::Days(365),
    ];

    /// The value of `expiresInDays` to send; `None` means never expires.
    pub fn expires_in_days(self) -> Option<u32> {
        match self {
            Lifetime::Never => None,
            Lifetime::Days(days) => Some(days),
        }
    }

    /// When a key created at `now` would expire: exactly `days` × 24 hours later, as the portal
    /// computes it. `None` for [`Lifetime::Never`] (and for a day count too large for a date,
    /// which [`Lifetime::is_valid`] refuses anyway).
    pub fn expiry_date(self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let days = self.expires_in_days()?;
        now.checked_add_signed(TimeDelta::days(i64::from(days)))
    }

    /// False for a day count outside 1–365.
    pub fn is_valid(self) -> bool {
        match self {
            Lifetime::Never => true,
            Lifetime::Days(days) => (Self::MIN_DAYS..=Self::MAX_DAYS).contains(&days),
        }
    }

    /// True for one of [`Lifetime::PRESETS`].
    pub fn is_preset(self) -> bool {
        Self::PRESETS.contains(&self)
    }

    /// "Never", "1 day", "30 days".
    pub fn label(self) -> String {
        match self {
            Lifetime::Never => "Never".to_owned(),
            Lifetime::Days(1) => "1 day".to_owned(),
            Lifetime::Days(days) => format!("{days} days"),
        }
    }
}

/// Something that stops a form from being sent, in words the user can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DraftProblem {
    /// The name is empty or only whitespace.
    NameMissing,
    /// The name is longer than [`MAX_NAME_LENGTH`]; `length` in UTF-16 code units.
    NameTooLong { length: usize },
    /// Custom access with no box ticked.
    NoAccessTicked,
    /// A lifetime outside 1–365 days.
    DaysOutOfRange { days: u32 },
}

impl fmt::Display for DraftProblem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DraftProblem::NameMissing => write!(formatter, "Enter a name."),
            DraftProblem::NameTooLong { length } => write!(
                formatter,
                "The name is {length} characters long; the limit is {MAX_NAME_LENGTH}."
            ),
            DraftProblem::NoAccessTicked => {
                write!(
                    formatter,
                    "Tick at least one box, or choose All or Read only."
                )
            }
            DraftProblem::DaysOutOfRange { .. } => write!(
                formatter,
                "The lifetime must be between {} and {} days.",
                Lifetime::MIN_DAYS,
                Lifetime::MAX_DAYS
            ),
        }
    }
}

/// The create form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeyDraft {
    pub name: String,
    pub access: Access,
    pub lifetime: Lifetime,
}

/// A validated create request, free of wire types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewKey {
    /// The trimmed name.
    pub name: String,
    /// Never empty: [`Access::All`] sends `["*"]`.
    pub permissions: Vec<String>,
    /// `None`: never expires.
    pub expires_in_days: Option<u32>,
}

impl KeyDraft {
    /// Everything that stops the draft from being sent; empty when it can be sent.
    pub fn validate(&self) -> Vec<DraftProblem> {
        let mut problems: Vec<DraftProblem> = name_problem(&self.name).into_iter().collect();
        problems.extend(access_problem(&self.access));
        if let Lifetime::Days(days) = self.lifetime
            && !self.lifetime.is_valid()
        {
            problems.push(DraftProblem::DaysOutOfRange { days });
        }
        problems
    }

    /// True when [`KeyDraft::validate`] finds nothing.
    pub fn is_valid(&self) -> bool {
        self.validate().is_empty()
    }

    /// The name's length against the limit, e.g. "12/30".
    pub fn name_counter(&self) -> String {
        name_counter(&self.name)
    }

    /// The create request, or the problems that stop it.
    pub fn to_new_key(&self) -> Result<NewKey, Vec<DraftProblem>> {
        let problems = self.validate();
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(NewKey {
            name: self.name.trim().to_owned(),
            permissions: self.access.to_permissions(),
            expires_in_days: self.lifetime.expires_in_days(),
        })
    }
}

/// The edit form: name, access and the active flag of an existing key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyEdit {
    pub name: String,
    pub access: Access,
    pub active: bool,
}

/// What an edit changes. `None` leaves a field as it is; all `None` means nothing to send.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeyChanges {
    /// The new, trimmed name.
    pub name: Option<String>,
    /// The new scopes. Never empty when present: unrestricted is `["*"]`.
    pub permissions: Option<Vec<String>>,
    pub active: Option<bool>,
}

impl KeyChanges {
    /// Only switching a key on or off, as the grid's toggle does.
    pub fn activation(active: bool) -> KeyChanges {
        KeyChanges {
            active: Some(active),
            ..KeyChanges::default()
        }
    }

    /// True when there is nothing to send.
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.permissions.is_none() && self.active.is_none()
    }
}

impl KeyEdit {
    /// The form for an existing key, filled with its current values.
    pub fn from_key(key: &ApiKey, catalogue: &[String]) -> KeyEdit {
        KeyEdit {
            name: key.name.clone(),
            access: Access::from_permissions(&key.permissions, catalogue),
            active: key.active,
        }
    }

    /// Everything that stops the edit from being sent; empty when it can be sent.
    pub fn validate(&self) -> Vec<DraftProblem> {
        let mut problems: Vec<DraftProblem> = name_problem(&self.name).into_iter().collect();
        problems.extend(access_problem(&self.access));
        problems
    }

    /// True when [`KeyEdit::validate`] finds nothing.
    pub fn is_valid(&self) -> bool {
        self.validate().is_empty()
    }

    /// The name's length against the limit, e.g. "12/30".
    pub fn name_counter(&self) -> String {
        name_counter(&self.name)
    }

    /// Only the fields that differ from `original`.
    ///
    /// Names are compared trimmed. Permissions are compared as sets after normalising both
    /// sides through [`Access`] (so `[]`, `["*"]` and `["*:write"]` are all "All", and a stored
    /// `files:write` equals the ticked Read + Write it opens as): reopening and saving an
    /// untouched key sends nothing.
    pub fn changes(&self, original: &ApiKey, catalogue: &[String]) -> KeyChanges {
        let name = self.name.trim();
        let name = (name != original.name.trim()).then(|| name.to_owned());

        let before = Access::from_permissions(&original.permissions, catalogue).to_permissions();
        let after = self.access.to_permissions();
        let permissions = (as_set(&before) != as_set(&after)).then_some(after);

        let active = (self.active != original.active).then_some(self.active);
        KeyChanges {
            name,
            permissions,
            active,
        }
    }
}

fn as_set(scopes: &[String]) -> BTreeSet<&str> {
    scopes.iter().map(String::as_str).collect()
}

/// The length the portal checks: UTF-16 code units of the trimmed name.
fn name_length(name: &str) -> usize {
    name.trim().encode_utf16().count()
}

fn name_counter(name: &str) -> String {
    format!("{}/{MAX_NAME_LENGTH}", name_length(name))
}

fn name_problem(name: &str) -> Option<DraftProblem> {
    let length = name_length(name);
    if length == 0 {
        Some(DraftProblem::NameMissing)
    } else if length > MAX_NAME_LENGTH {
        Some(DraftProblem::NameTooLong { length })
    } else {
        None
    }
}

fn access_problem(access: &Access) -> Option<DraftProblem> {
    (!access.is_valid()).then_some(DraftProblem::NoAccessTicked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Creator;
    use crate::domain::test_support::{catalogue, now, strings};
    use chrono::TimeZone;

    fn draft(name: &str) -> KeyDraft {
        KeyDraft {
            name: name.to_owned(),
            ..KeyDraft::default()
        }
    }

    fn stored_key(permissions: &[&str]) -> ApiKey {
        ApiKey {
            id: "3f2b9c1e-8d4a-4f0e-9a77-1c2d3e4f5a6b".to_owned(),
            name: "Rust desktop client".to_owned(),
            postfix: "1a2b".to_owned(),
            permissions: strings(permissions),
            created: Default::default(),
            last_used: Default::default(),
            expires: Default::default(),
            creator: Creator::default(),
            active: true,
        }
    }

    fn tick(access: &mut Access, scope: &str) {
        let Access::Custom(grid) = access else {
            panic!("custom access expected");
        };
        assert!(grid.tick_scope(scope), "no box for {scope}");
    }

    #[test]
    fn name_of_30_utf16_units_is_accepted_and_31_refused() {
        assert!(draft(&"a".repeat(30)).is_valid());
        assert_eq!(
            draft(&"a".repeat(31)).validate(),
            [DraftProblem::NameTooLong { length: 31 }]
        );
        // Each emoji is two UTF-16 code units: 15 of them make 30.
        let fifteen_emoji = "🔑".repeat(15);
        assert!(draft(&fifteen_emoji).is_valid());
        assert_eq!(
            draft(&format!("{fifteen_emoji}a")).validate(),
            [DraftProblem::NameTooLong { length: 31 }]
        );
    }

    #[test]
    fn blank_name_is_refused() {
        assert_eq!(draft("").validate(), [DraftProblem::NameMissing]);
        assert_eq!(draft(" \t ").validate(), [DraftProblem::NameMissing]);
    }

    #[test]
    fn surrounding_spaces_neither_count_nor_get_sent() {
        let padded = draft(&format!("  {}  ", "a".repeat(30)));
        assert!(padded.is_valid());
        assert_eq!(padded.name_counter(), "30/30");
        let new_key = padded.to_new_key().expect("valid draft");
        assert_eq!(new_key.name, "a".repeat(30));
    }

    #[test]
    fn name_counter_counts_utf16_units() {
        assert_eq!(draft("").name_counter(), "0/30");
        assert_eq!(draft("🔑 key").name_counter(), "6/30");
    }

    #[test]
    fn custom_access_needs_at_least_one_tick() {
        let mut custom = KeyDraft {
            access: Access::custom(&catalogue()),
            ..draft("CI")
        };
        assert_eq!(custom.validate(), [DraftProblem::NoAccessTicked]);
        tick(&mut custom.access, "rooms:read");
        assert!(custom.is_valid());
    }

    #[test]
    fn lifetime_of_1_to_365_days_is_accepted() {
        for days in [1, 7, 200, 365] {
            let within_range = KeyDraft {
                lifetime: Lifetime::Days(days),
                ..draft("CI")
            };
            assert!(within_range.is_valid(), "{days}");
        }
    }

    #[test]
    fn lifetime_of_0_or_366_days_is_refused() {
        for days in [0, 366] {
            let out_of_range = KeyDraft {
                lifetime: Lifetime::Days(days),
                ..draft("CI")
            };
            assert_eq!(
                out_of_range.validate(),
                [DraftProblem::DaysOutOfRange { days }]
            );
        }
    }

    #[test]
    fn every_problem_is_listed_at_once() {
        let broken = KeyDraft {
            name: String::new(),
            access: Access::custom(&catalogue()),
            lifetime: Lifetime::Days(0),
        };
        assert_eq!(
            broken.validate(),
            [
                DraftProblem::NameMissing,
                DraftProblem::NoAccessTicked,
                DraftProblem::DaysOutOfRange { days: 0 }
            ]
        );
        assert_eq!(broken.to_new_key(), Err(broken.validate()));
    }

    #[test]
    fn problems_read_as_plain_sentences() {
        assert_eq!(DraftProblem::NameMissing.to_string(), "Enter a name.");
        assert_eq!(
            DraftProblem::NameTooLong { length: 31 }.to_string(),
            "The name is 31 characters long; the limit is 30."
        );
        assert_eq!(
            DraftProblem::DaysOutOfRange { days: 0 }.to_string(),
            "The lifetime must be between 1 and 365 days."
        );
    }

    #[test]
    fn expiry_date_is_whole_days_after_now() {
        assert_eq!(Lifetime::Never.expiry_date(now()), None);
        let expected = Utc
            .with_ymd_and_hms(2026, 7, 31, 12, 0, 0)
            .single()
            .expect("valid date");
        assert_eq!(Lifetime::Days(30).expiry_date(now()), Some(expected));
    }

    #[test]
    fn huge_day_counts_do_not_panic() {
        assert_eq!(Lifetime::Days(u32::MAX).expiry_date(now()), None);
    }

    #[test]
    fn presets_are_never_and_7_30_90_365_days() {
        assert!(Lifetime::Never.is_preset());
        assert!(Lifetime::Days(90).is_preset());
        assert!(!Lifetime::Days(14).is_preset());
        assert_eq!(Lifetime::Days(1).label(), "1 day");
        assert_eq!(Lifetime::Days(30).label(), "30 days");
    }

    #[test]
    fn new_key_carries_scopes_and_days() {
        let read_only = KeyDraft {
            name: "Reporting".to_owned(),
            access: Access::ReadOnly,
            lifetime: Lifetime::Days(365),
        };
        assert_eq!(
            read_only.to_new_key(),
            Ok(NewKey {
                name: "Reporting".to_owned(),
                permissions: strings(&["*:read"]),
                expires_in_days: Some(365),
            })
        );
        let full = draft("Full").to_new_key().expect("valid draft");
        assert_eq!(full.permissions, ["*"]);
        assert_eq!(full.expires_in_days, None);
    }

    #[test]
    fn untouched_key_opened_and_saved_sends_nothing() {
        let shapes: [&[&str]; 8] = [
            &[],
            &["*"],
            &["*:write"],
            &["*:read"],
            &["files:write"],
            &["rooms:read", "files:read", "files:write"],
            &["files:read", "reports:read"],
            &["*:read", "accounts:read", "accounts:read"],
        ];
        for permissions in shapes {
            let original = stored_key(permissions);
            let edit = KeyEdit::from_key(&original, &catalogue());
            assert!(edit.is_valid(), "{permissions:?}");
            assert_eq!(
                edit.changes(&original, &catalogue()),
                KeyChanges::default(),
                "{permissions:?}"
            );
        }
    }

    #[test]
    fn renaming_sends_only_the_trimmed_name() {
        let original = stored_key(&["files:read"]);
        let mut edit = KeyEdit::from_key(&original, &catalogue());
        edit.name = "  Renamed key ".to_owned();
        assert_eq!(
            edit.changes(&original, &catalogue()),
            KeyChanges {
                name: Some("Renamed key".to_owned()),
                ..KeyChanges::default()
            }
        );
    }

    #[test]
    fn adding_spaces_around_the_name_is_no_change() {
        let original = stored_key(&[]);
        let mut edit = KeyEdit::from_key(&original, &catalogue());
        edit.name = format!(" {} ", original.name);
        assert!(edit.changes(&original, &catalogue()).is_empty());
    }

    #[test]
    fn switching_off_sends_only_the_active_flag() {
        let original = stored_key(&[]);
        let mut edit = KeyEdit::from_key(&original, &catalogue());
        edit.active = false;
        assert_eq!(
            edit.changes(&original, &catalogue()),
            KeyChanges::activation(false)
        );
    }

    #[test]
    fn widening_restricted_access_to_all_sends_star() {
        let original = stored_key(&["files:read"]);
        let mut edit = KeyEdit::from_key(&original, &catalogue());
        edit.access = Access::All;
        let changes = edit.changes(&original, &catalogue());
        assert_eq!(changes.permissions, Some(strings(&["*"])));
        assert_eq!(changes.name, None);
    }

    #[test]
    fn ticking_another_box_sends_the_whole_new_list() {
        let original = stored_key(&["files:write", "reports:read"]);
        let mut edit = KeyEdit::from_key(&original, &catalogue());
        tick(&mut edit.access, "rooms:read");
        assert_eq!(
            edit.changes(&original, &catalogue()).permissions,
            Some(strings(&[
                "files:read",
                "files:write",
                "rooms:read",
                "reports:read"
            ]))
        );
    }

    #[test]
    fn edit_with_blank_name_or_no_tick_is_invalid() {
        let original = stored_key(&[]);
        let mut edit = KeyEdit::from_key(&original, &catalogue());
        edit.name = "  ".to_owned();
        edit.access = Access::custom(&catalogue());
        assert_eq!(
            edit.validate(),
            [DraftProblem::NameMissing, DraftProblem::NoAccessTicked]
        );
        assert_eq!(edit.name_counter(), "0/30");
    }
}
