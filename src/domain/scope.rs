//! What a key may do: everything, read only, or a custom grid of per-area read/write ticks.
//!
//! The portal publishes its catalogue of scopes (`GET /keys/permissions`), for example
//! `["*", "*:read", "*:write", "accounts:read", …, "rooms:write"]`. A scope is `area:level`;
//! `*` alone means unrestricted. The grid shows one row per area with a Read and a Write box,
//! like the web client's "Restricted" tab (reference §4.4).

use std::cmp::Ordering;

mod grid;

use grid::Level;
pub use grid::{ScopeGrid, ScopeRow};

/// The scope that makes a key unrestricted.
const UNRESTRICTED: &str = "*";
/// Read access to every area.
const READ_EVERYTHING: &str = "*:read";
/// Write access to every area, which the server treats as unrestricted (reference §4.2).
const WRITE_EVERYTHING: &str = "*:write";
/// What a summary says of an area a key may only read, or also change.
const READ: &str = "read";
const READ_AND_WRITE: &str = "read and write";
/// The area name of the global scopes `*:read` and `*:write`.
const EVERY_AREA: &str = "*";

/// The web client's rows, in its order, with their labels. Other areas come after these.
const KNOWN_AREAS: [(&str, &str); 4] = [
    ("files", "Files"),
    ("rooms", "Rooms"),
    ("accounts.self", "Profile"),
    ("accounts", "Contacts"),
];

/// What a key may do, as the create and edit forms offer it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Access {
    /// Everything its creator may do.
    #[default]
    All,
    /// Read access to every area (`*:read`).
    ReadOnly,
    /// Only the ticked areas and levels.
    Custom(ScopeGrid),
}

/// Which of the three choices an [`Access`] is, without the grid: for tabs and sorting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccessKind {
    All,
    ReadOnly,
    Custom,
}

impl AccessKind {
    /// Every kind, in the order the forms show them.
    pub const ALL: [AccessKind; 3] = [AccessKind::All, AccessKind::ReadOnly, AccessKind::Custom];

    /// The tab label.
    pub fn label(self) -> &'static str {
        match self {
            AccessKind::All => "All",
            AccessKind::ReadOnly => "Read only",
            AccessKind::Custom => "Custom",
        }
    }

    /// Classifies stored permissions without a catalogue: full access by
    /// [`grants_full_access`] is [`AccessKind::All`]; nothing but `*:read` is
    /// [`AccessKind::ReadOnly`]; anything else is [`AccessKind::Custom`].
    pub fn of_permissions(permissions: &[String]) -> AccessKind {
        if grants_full_access(permissions) {
            AccessKind::All
        } else if permissions.iter().all(|scope| scope == READ_EVERYTHING) {
            AccessKind::ReadOnly
        } else {
            AccessKind::Custom
        }
    }
}

/// True when stored permissions let a key do everything its creator may: the one rule behind
/// [`AccessKind::All`] and [`crate::domain::ApiKey::is_unrestricted`].
///
/// The server (reference §3 `permissions`, §4.2) treats stored permissions that are empty,
/// absent (NULL) or contain `*` as unrestricted, and gives such a request the scope `*:write`.
/// Every endpoint accepts `*:write` (GET accepts `*:read` or `*:write`, the other methods
/// `*:write`), so a key holding `*:write` is effectively unrestricted as well. `*:read` alone is
/// not: it cannot change anything.
pub fn grants_full_access(permissions: &[String]) -> bool {
    permissions.is_empty()
        || permissions
            .iter()
            .any(|scope| scope == UNRESTRICTED || scope == WRITE_EVERYTHING)
}

impl Access {
    /// The access a stored key has, for opening it in the edit form.
    ///
    /// Empty, or containing `*` or `*:write`, is [`Access::All`]; only `*:read` is
    /// [`Access::ReadOnly`]; anything else is [`Access::Custom`] with the matching boxes ticked
    /// (a stored `files:write` ticks Read too, since write implies read). Scopes the grid cannot
    /// show are kept in [`ScopeGrid::extra`] and sent back unchanged.
    pub fn from_permissions(permissions: &[String], catalogue: &[String]) -> Access {
        match AccessKind::of_permissions(permissions) {
            AccessKind::All => Access::All,
            AccessKind::ReadOnly => Access::ReadOnly,
            AccessKind::Custom => {
                let mut grid = ScopeGrid::from_catalogue(catalogue);
                for scope in permissions {
                    if !grid.tick_scope(scope) && !grid.extra.contains(scope) {
                        grid.extra.push(scope.clone());
                    }
                }
                Access::Custom(grid)
            }
        }
    }

    /// A custom access with nothing ticked yet.
    pub fn custom(catalogue: &[String]) -> Access {
        Access::Custom(ScopeGrid::from_catalogue(catalogue))
    }

    /// Which of the three choices this is.
    pub fn kind(&self) -> AccessKind {
        match self {
            Access::All => AccessKind::All,
            Access::ReadOnly => AccessKind::ReadOnly,
            Access::Custom(_) => AccessKind::Custom,
        }
    }

    /// The scopes to send on create or update.
    ///
    /// [`Access::All`] sends `["*"]`, never `[]`: on update `[]` means "unchanged", and on
    /// create `["*"]` is stored as unrestricted all the same.
    pub fn to_permissions(&self) -> Vec<String> {
        match self {
            Access::All => vec![UNRESTRICTED.to_owned()],
            Access::ReadOnly => vec![READ_EVERYTHING.to_owned()],
            Access::Custom(grid) => grid.to_permissions(),
        }
    }

    /// False when there would be nothing to send: a custom access with no box ticked and no
    /// kept scope.
    pub fn is_valid(&self) -> bool {
        match self {
            Access::All | Access::ReadOnly => true,
            Access::Custom(grid) => grid.has_anything_to_send(),
        }
    }

    /// Short text for the key grid's Access column: "All", "Read only", or for example
    /// "Files: read and write · Rooms: read".
    pub fn summary(&self) -> String {
        match self {
            Access::All => AccessKind::All.label().to_owned(),
            Access::ReadOnly => AccessKind::ReadOnly.label().to_owned(),
            Access::Custom(grid) => grid.summary(),
        }
    }
}

/// The same text as [`Access::summary`] straight from stored permissions, without a catalogue,
/// so the key grid can describe thousands of keys cheaply.
pub fn permissions_summary(permissions: &[String]) -> String {
    match AccessKind::of_permissions(permissions) {
        AccessKind::All => AccessKind::All.label().to_owned(),
        AccessKind::ReadOnly => AccessKind::ReadOnly.label().to_owned(),
        AccessKind::Custom => summarize_scopes(permissions.iter().map(String::as_str)),
    }
}

/// A readable label for an area: the web client's names for the known ones, otherwise derived
/// from the name (`reports` → "Reports", `files.shared` → "Files shared").
pub fn area_label(area: &str) -> String {
    if area == EVERY_AREA {
        return "All areas".to_owned();
    }
    if let Some((_, label)) = KNOWN_AREAS.iter().find(|(known, _)| *known == area) {
        return (*label).to_owned();
    }
    let words = area
        .split(['.', '_', '-', ' '])
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => area.to_owned(),
    }
}

/// `area:read` / `area:write` split into its parts; `None` for anything else.
fn split_scope(scope: &str) -> Option<(&str, Level)> {
    let (area, level) = scope.split_once(':')?;
    if area.is_empty() {
        return None;
    }
    let level = match level {
        "read" => Level::Read,
        "write" => Level::Write,
        _ => return None,
    };
    Some((area, level))
}

/// Display order of areas: the global one, the web client's four, then the rest by name.
fn compare_areas(a: &str, b: &str) -> Ordering {
    area_rank(a).cmp(&area_rank(b)).then_with(|| a.cmp(b))
}

fn area_rank(area: &str) -> usize {
    if area == EVERY_AREA {
        return 0;
    }
    KNOWN_AREAS
        .iter()
        .position(|(known, _)| *known == area)
        .map_or(KNOWN_AREAS.len() + 1, |position| position + 1)
}

/// "Files: read and write · Rooms: read · openid": one part per area ("read and write" when any
/// write scope is present, "read" otherwise), then scopes that are not `area:read`/`area:write`,
/// verbatim.
fn summarize_scopes<'a>(scopes: impl IntoIterator<Item = &'a str>) -> String {
    summary_parts(scopes)
        .into_iter()
        .map(|part| match part {
            SummaryPart::Area { area, writes } => {
                let level = if writes { READ_AND_WRITE } else { READ };
                format!("{}: {level}", area_label(area))
            }
            SummaryPart::Other(scope) => scope.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// One piece of a custom access's summary: an area and whether it may write, or a scope
/// that names no area, kept as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryPart<'a> {
    Area { area: &'a str, writes: bool },
    Other(&'a str),
}

/// The pieces of "Files: read and write · Rooms: read": each area once, in grid order, then the other scopes.
/// The window says them in its language; [`permissions_summary`] in English.
pub fn summary_parts<'a>(scopes: impl IntoIterator<Item = &'a str>) -> Vec<SummaryPart<'a>> {
    let mut areas: Vec<(&str, bool)> = Vec::new();
    let mut others: Vec<&str> = Vec::new();
    for scope in scopes {
        match split_scope(scope) {
            Some((area, level)) => {
                let writes = level == Level::Write;
                match areas.iter_mut().find(|(known, _)| *known == area) {
                    Some(entry) => entry.1 |= writes,
                    None => areas.push((area, writes)),
                }
            }
            None => {
                if !others.contains(&scope) {
                    others.push(scope);
                }
            }
        }
    }
    areas.sort_by(|a, b| compare_areas(a.0, b.0));
    areas
        .into_iter()
        .map(|(area, writes)| SummaryPart::Area { area, writes })
        .chain(others.into_iter().map(SummaryPart::Other))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{catalogue, strings};

    fn grid_of(access: &Access) -> &ScopeGrid {
        match access {
            Access::Custom(grid) => grid,
            other => panic!("expected custom access, got {other:?}"),
        }
    }

    fn row_index(grid: &ScopeGrid, area: &str) -> usize {
        grid.rows()
            .iter()
            .position(|row| row.area() == area)
            .unwrap_or_else(|| panic!("no row for {area}"))
    }

    #[test]
    fn grid_rows_follow_the_web_client_order_without_global_scopes() {
        let grid = ScopeGrid::from_catalogue(&catalogue());
        let labels: Vec<&str> = grid.rows().iter().map(ScopeRow::label).collect();
        assert_eq!(labels, ["Files", "Rooms", "Profile", "Contacts"]);
        assert!(
            grid.rows()
                .iter()
                .all(|row| row.offers_read() && row.offers_write())
        );
        assert!(!grid.has_ticks());
    }

    #[test]
    fn unknown_scope_gets_its_own_row() {
        let mut catalogue = catalogue();
        catalogue.extend(strings(&[
            "reports:read",
            "files.shared:read",
            "files.shared:write",
        ]));
        let grid = ScopeGrid::from_catalogue(&catalogue);
        let labels: Vec<&str> = grid.rows().iter().map(ScopeRow::label).collect();
        assert_eq!(
            labels,
            [
                "Files",
                "Rooms",
                "Profile",
                "Contacts",
                "Files shared",
                "Reports"
            ]
        );
        let reports = grid.rows().get(row_index(&grid, "reports")).cloned();
        let reports = reports.expect("reports row");
        assert!(reports.offers_read());
        assert!(!reports.offers_write());
    }

    #[test]
    fn row_offers_only_the_levels_in_the_catalogue() {
        let grid = ScopeGrid::from_catalogue(&strings(&["audit:write"]));
        let row = grid.rows().first().expect("audit row");
        assert!(!row.offers_read());
        assert!(row.offers_write());
    }

    #[test]
    fn ticking_write_ticks_and_locks_read() {
        let mut grid = ScopeGrid::from_catalogue(&catalogue());
        let files = row_index(&grid, "files");
        grid.set_write(files, true);
        assert!(grid.rows().get(files).is_some_and(ScopeRow::is_read_ticked));
        assert!(grid.read_locked(files));
        grid.set_read(files, false);
        assert!(grid.rows().get(files).is_some_and(ScopeRow::is_read_ticked));
    }

    #[test]
    fn unticking_write_unlocks_read_and_leaves_it_ticked() {
        let mut grid = ScopeGrid::from_catalogue(&catalogue());
        let rooms = row_index(&grid, "rooms");
        grid.set_write(rooms, true);
        grid.set_write(rooms, false);
        assert!(!grid.read_locked(rooms));
        assert!(grid.rows().get(rooms).is_some_and(ScopeRow::is_read_ticked));
        grid.set_read(rooms, false);
        assert!(!grid.has_ticks());
    }

    #[test]
    fn out_of_range_rows_are_ignored() {
        let mut grid = ScopeGrid::from_catalogue(&catalogue());
        grid.set_read(99, true);
        grid.set_write(99, true);
        assert!(!grid.read_locked(99));
        assert!(!grid.has_ticks());
    }

    #[test]
    fn empty_permissions_mean_all() {
        assert_eq!(Access::from_permissions(&[], &catalogue()), Access::All);
    }

    #[test]
    fn star_anywhere_means_all() {
        let permissions = strings(&["files:read", "*"]);
        assert_eq!(
            Access::from_permissions(&permissions, &catalogue()),
            Access::All
        );
    }

    #[test]
    fn global_write_means_all() {
        let permissions = strings(&["*:write"]);
        assert_eq!(
            Access::from_permissions(&permissions, &catalogue()),
            Access::All
        );
    }

    #[test]
    fn only_global_read_means_read_only() {
        let permissions = strings(&["*:read"]);
        assert_eq!(
            Access::from_permissions(&permissions, &catalogue()),
            Access::ReadOnly
        );
    }

    #[test]
    fn stored_write_without_read_shows_both_ticked() {
        let access = Access::from_permissions(&strings(&["files:write"]), &catalogue());
        let grid = grid_of(&access);
        let files = row_index(grid, "files");
        let row = grid.rows().get(files).expect("files row");
        assert!(row.is_read_ticked() && row.is_write_ticked());
        assert!(grid.extra().is_empty());
    }

    #[test]
    fn scopes_missing_from_the_catalogue_are_kept_and_sent_back() {
        let permissions = strings(&["rooms:read", "reports:read", "openid"]);
        let access = Access::from_permissions(&permissions, &catalogue());
        assert_eq!(grid_of(&access).extra(), ["reports:read", "openid"]);
        assert_eq!(
            access.to_permissions(),
            strings(&["rooms:read", "reports:read", "openid"])
        );
    }

    #[test]
    fn global_read_mixed_with_area_scopes_is_kept() {
        let permissions = strings(&["*:read", "files:write"]);
        let access = Access::from_permissions(&permissions, &catalogue());
        assert_eq!(grid_of(&access).extra(), ["*:read"]);
        assert_eq!(
            access.to_permissions(),
            strings(&["files:read", "files:write", "*:read"])
        );
    }

    #[test]
    fn without_a_catalogue_every_scope_is_kept() {
        let permissions = strings(&["files:read", "rooms:write"]);
        let access = Access::from_permissions(&permissions, &[]);
        assert_eq!(access.to_permissions(), permissions);
        assert!(access.is_valid());
    }

    #[test]
    fn all_sends_star_so_update_is_not_a_no_op() {
        assert_eq!(Access::All.to_permissions(), ["*"]);
    }

    #[test]
    fn read_only_sends_global_read() {
        assert_eq!(Access::ReadOnly.to_permissions(), ["*:read"]);
    }

    #[test]
    fn custom_sends_ticked_scopes_in_catalogue_order_with_read_implied() {
        let mut access = Access::custom(&catalogue());
        let Access::Custom(grid) = &mut access else {
            panic!("custom access expected");
        };
        let rooms = row_index(grid, "rooms");
        let contacts = row_index(grid, "accounts");
        let files = row_index(grid, "files");
        grid.set_read(rooms, true);
        grid.set_write(files, true);
        grid.set_write(contacts, true);
        assert_eq!(
            access.to_permissions(),
            strings(&[
                "accounts:read",
                "accounts:write",
                "files:read",
                "files:write",
                "rooms:read"
            ])
        );
    }

    #[test]
    fn write_only_row_sends_just_write() {
        let mut grid = ScopeGrid::from_catalogue(&strings(&["audit:write"]));
        grid.set_write(0, true);
        assert_eq!(grid.to_permissions(), ["audit:write"]);
    }

    #[test]
    fn custom_with_nothing_ticked_is_invalid() {
        assert!(!Access::custom(&catalogue()).is_valid());
        assert!(Access::All.is_valid());
        assert!(Access::ReadOnly.is_valid());
    }

    #[test]
    fn custom_with_only_kept_scopes_is_valid_so_such_keys_can_be_renamed() {
        let access = Access::from_permissions(&strings(&["reports:read"]), &catalogue());
        assert!(access.is_valid());
    }

    #[test]
    fn summary_names_rows_in_grid_order() {
        let permissions = strings(&["rooms:read", "files:write", "accounts.self:read"]);
        let access = Access::from_permissions(&permissions, &catalogue());
        assert_eq!(
            access.summary(),
            "Files: read and write · Rooms: read · Profile: read"
        );
    }

    #[test]
    fn summary_of_all_and_read_only() {
        assert_eq!(Access::All.summary(), "All");
        assert_eq!(Access::ReadOnly.summary(), "Read only");
    }

    #[test]
    fn summary_describes_unknown_scopes() {
        let permissions = strings(&["files:read", "reports:write", "openid", "*:read"]);
        let access = Access::from_permissions(&permissions, &catalogue());
        assert_eq!(
            access.summary(),
            "All areas: read · Files: read · Reports: read and write · openid"
        );
    }

    #[test]
    fn summary_of_an_empty_custom_grid_says_so() {
        assert_eq!(Access::custom(&catalogue()).summary(), "Nothing ticked");
    }

    #[test]
    fn permissions_summary_matches_the_grid_summary() {
        let cases = [
            strings(&[]),
            strings(&["*"]),
            strings(&["*:read"]),
            strings(&["files:write", "rooms:read"]),
            strings(&["accounts:read", "accounts.self:write"]),
        ];
        for permissions in cases {
            let access = Access::from_permissions(&permissions, &catalogue());
            assert_eq!(permissions_summary(&permissions), access.summary());
        }
    }

    #[test]
    fn access_kind_of_permissions_classifies_without_a_catalogue() {
        assert_eq!(AccessKind::of_permissions(&[]), AccessKind::All);
        assert_eq!(
            AccessKind::of_permissions(&strings(&["*:read", "*:read"])),
            AccessKind::ReadOnly
        );
        assert_eq!(
            AccessKind::of_permissions(&strings(&["*:read", "files:read"])),
            AccessKind::Custom
        );
    }

    #[test]
    fn full_access_is_empty_star_or_global_write_and_both_names_agree() {
        let cases: [(&[&str], bool); 6] = [
            (&[], true),
            (&["*"], true),
            (&["*", "files:read"], true),
            (&["*:write"], true),
            (&["*:read"], false),
            (&["files:read"], false),
        ];
        for (scopes, full) in cases {
            let permissions = strings(scopes);
            assert_eq!(grants_full_access(&permissions), full, "{scopes:?}");
            let key = crate::domain::ApiKey {
                id: "id".to_owned(),
                name: "name".to_owned(),
                postfix: "abcd".to_owned(),
                permissions: permissions.clone(),
                created: Default::default(),
                last_used: Default::default(),
                expires: Default::default(),
                creator: crate::domain::Creator::default(),
                active: true,
            };
            assert_eq!(key.is_unrestricted(), full, "{scopes:?}");
            assert_eq!(
                AccessKind::of_permissions(&permissions) == AccessKind::All,
                full,
                "{scopes:?}"
            );
        }
    }

    #[test]
    fn derived_labels_read_as_words() {
        assert_eq!(area_label("reports"), "Reports");
        assert_eq!(area_label("files.shared"), "Files shared");
        assert_eq!(area_label("accounts.self"), "Profile");
        assert_eq!(area_label("ünits"), "Ünits");
    }

    #[test]
    fn duplicate_catalogue_entries_make_one_box() {
        let grid = ScopeGrid::from_catalogue(&strings(&["files:read", "files:read"]));
        assert_eq!(grid.rows().len(), 1);
        let mut grid = grid;
        grid.set_read(0, true);
        assert_eq!(grid.to_permissions(), ["files:read"]);
    }
}
