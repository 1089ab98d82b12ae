//! Pure logic on the application's own types. No I/O and no async.

mod draft;
mod expiry;
mod expiry_watch;
mod export;
mod key;
mod key_date;
mod key_list;
mod key_row;
mod key_table;
mod person;
mod relative_time;
mod review;
mod rotation;
mod scope;
#[cfg(test)]
pub(crate) mod test_support;

pub use draft::{DraftProblem, KeyChanges, KeyDraft, KeyEdit, Lifetime, MAX_NAME_LENGTH, NewKey};
pub use expiry::{EXPIRING_SOON_DAYS, ExpiryStatus, KeyState};
pub use expiry_watch::{ExpiryWatch, expires_within};
pub use export::{
    CSV_HEADER, CreatorRecord, DateRecord, ExportFormat, KeyRecord, access_text, defuse_formula,
    export, write_csv, write_json,
};
pub use key::{ApiKey, Creator};
pub use key_date::{KeyDate, Moment, write_rfc3339};
pub use key_list::KeyList;
pub use key_table::{
    KeyQuery, KeyTable, SortColumn, SortDirection, SortOrder, StatusCounts, StatusFilter,
    visible_rows,
};
pub use person::{Person, Role};
pub use relative_time::{
    RELATIVE_WITHIN_DAYS, Relative, Span, UNKNOWN_DATE, in_zone, is_recent, local_date,
    local_date_time, moment_text, relative_moment, relative_time,
};
pub use review::{Finding, Fix, Reason, ReviewThresholds, finding, review};
pub use rotation::{OldKeyChoice, OldKeyStep, Rotation, RotationProblem, lifetime_of};
pub use scope::{
    Access, AccessKind, ScopeGrid, ScopeRow, SummaryPart, area_label, grants_full_access,
    permissions_summary, summary_parts,
};
