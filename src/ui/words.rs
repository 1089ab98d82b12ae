//! The domain's concepts in the window's language: column headings, filters, roles,
//! access summaries, lifetimes and the reasons a form cannot be sent. The domain keeps
//! its English words for the command line.

use crate::domain::{
    AccessKind, DraftProblem, Lifetime, MAX_NAME_LENGTH, Role, SortColumn, StatusFilter,
    SummaryPart, area_label, summary_parts,
};
use crate::tr;

pub fn column(column: SortColumn) -> String {
    match column {
        SortColumn::Name => tr!("column-name"),
        SortColumn::Key => tr!("column-key"),
        SortColumn::Access => tr!("column-access"),
        SortColumn::Created => tr!("column-created"),
        SortColumn::LastUsed => tr!("column-last-used"),
        SortColumn::Expires => tr!("column-expires"),
        SortColumn::CreatedBy => tr!("column-created-by"),
        SortColumn::Active => tr!("column-active"),
    }
}

pub fn filter(filter: StatusFilter) -> String {
    match filter {
        StatusFilter::All => tr!("filter-all"),
        StatusFilter::Active => tr!("filter-active"),
        StatusFilter::Inactive => tr!("filter-inactive"),
        StatusFilter::Expired => tr!("filter-expired"),
        StatusFilter::ExpiringSoon => tr!("filter-expiring-soon"),
        StatusFilter::NeverUsed => tr!("filter-never-used"),
    }
}

pub fn role(role: Role) -> String {
    match role {
        Role::Owner => tr!("role-owner"),
        Role::Admin => tr!("role-admin"),
        Role::RoomAdmin => tr!("role-room-admin"),
        Role::User => tr!("role-user"),
        Role::Guest => tr!("role-guest"),
    }
}

pub fn access_kind(kind: AccessKind) -> String {
    match kind {
        AccessKind::All => tr!("access-all"),
        AccessKind::ReadOnly => tr!("access-read-only"),
        AccessKind::Custom => tr!("access-custom"),
    }
}

/// An area's name: DocSpace's words for the known ones, otherwise made from the scope.
pub fn area(area: &str) -> String {
    match area {
        "*" => tr!("area-all"),
        "files" => tr!("area-files"),
        "rooms" => tr!("area-rooms"),
        "accounts.self" => tr!("area-profile"),
        "accounts" => tr!("area-contacts"),
        other => area_label(other),
    }
}

/// The Access column: "All", "Read only", or "Files: read and write · Rooms: read".
pub fn access_summary(permissions: &[String]) -> String {
    match AccessKind::of_permissions(permissions) {
        AccessKind::Custom => {
            let parts = summary_parts(permissions.iter().map(String::as_str));
            if parts.is_empty() {
                return tr!("access-nothing-ticked");
            }
            parts
                .into_iter()
                .map(|part| match part {
                    SummaryPart::Area {
                        area: name,
                        writes: true,
                    } => {
                        tr!("access-summary-write", area = area(name))
                    }
                    SummaryPart::Area {
                        area: name,
                        writes: false,
                    } => {
                        tr!("access-summary-read", area = area(name))
                    }
                    SummaryPart::Other(scope) => scope.to_owned(),
                })
                .collect::<Vec<_>>()
                .join(" · ")
        }
        kind => access_kind(kind),
    }
}

pub fn lifetime(lifetime: Lifetime) -> String {
    match lifetime {
        Lifetime::Never => tr!("form-lifetime-never"),
        Lifetime::Days(days) => tr!("form-lifetime-days", days = days),
    }
}

pub fn problem(problem: DraftProblem) -> String {
    match problem {
        DraftProblem::NameMissing => tr!("problem-name-missing"),
        DraftProblem::NameTooLong { length } => {
            tr!(
                "problem-name-too-long",
                length = length,
                limit = MAX_NAME_LENGTH
            )
        }
        DraftProblem::NoAccessTicked => tr!("problem-nothing-ticked"),
        DraftProblem::DaysOutOfRange { .. } => tr!("problem-days-out-of-range"),
    }
}
