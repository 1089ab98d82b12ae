//! What the user asked for: the contract between the window's drawing code and
//! the application. `ui` produces these, [`DocSpaceKeysApp::apply`] consumes them.
//!
//! [`DocSpaceKeysApp::apply`]: super::DocSpaceKeysApp::apply

use super::bulk::BulkAction;
use super::preferences::{ClearDelay, Theme};
use crate::domain::{ExportFormat, ReviewThresholds, SortColumn};
use crate::i18n::LanguageChoice;
use crate::platform::KnownAccount;

/// Something the user asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UiAction {
    SignIn,
    Refresh,
    NewKey,
    EditKey(String),
    SetActive(String, bool),
    AskDelete(String),
    ConfirmDelete,
    /// "Rotate…" on a row or in the edit dialog: ask first.
    AskRotate(String),
    ConfirmRotate,
    /// Save the keys the grid shows to a file in this format.
    Export(ExportFormat),
    SubmitCreate,
    SubmitEdit,
    /// Esc, Cancel or Done on the dialog that is up.
    CloseDialog,
    /// "Close anyway" on the not-copied warning.
    DiscardKey,
    /// "Go back" on the not-copied warning.
    KeepKey,
    /// Show or hide the new key in the reveal dialog.
    ToggleShown,
    CopyKey,
    /// Clear the copied key from the clipboard before its time.
    ClearClipboardNow,
    /// A new clipboard delay from the settings menu.
    SetClearDelay(ClearDelay),
    /// A language from the settings menu.
    SetLanguage(LanguageChoice),
    SaveKey,
    /// With no save dialog on the system: save to the suggested file in Downloads.
    SaveKeyToFallback,
    SortBy(SortColumn),
    /// Undo on the toast with this id.
    Undo(u64),
    /// A theme from the settings menu.
    SetTheme(Theme),
    /// The search text or the status filter changed.
    FilterChanged,
    /// "Sign out of this portal": forgets this portal's sign-in only.
    SignOut,
    /// Open this remembered sign-in (the header's portal menu, or the connect screen).
    SwitchTo(KnownAccount),
    /// "Add portal…": the connect screen, with the way back to the grid kept.
    AddPortal,
    /// "Back to …" (or Esc) on the connect screen opened by "Add portal…".
    BackToPortal,
    /// Show the security review (true) or the key grid (false).
    ShowReview(bool),
    /// Hide the expiry banner until another key expires or nears its expiry.
    DismissExpiryWatch,
    /// A key's checkbox, or a Ctrl-click on its row: marks or unmarks it.
    ToggleMarked(String),
    /// A Shift-click on a row: marks the shown keys from the last one marked to this one.
    MarkRange(String),
    /// "Select all shown": marks the keys the search and filter show (or unmarks them all).
    MarkAllShown,
    /// "Clear selection", or Esc with no dialog up.
    ClearMarked,
    /// Switch on, Switch off or Delete on the selection bar.
    AskBulk(BulkAction),
    /// The button of the confirmation for several keys.
    ConfirmBulk,
    /// New thresholds for the security review, from the settings menu.
    SetReviewThresholds(ReviewThresholds),
}
