//! The custom access grid: one row per area with a Read and a Write box.

use super::*;

/// One row per area with a Read and a Write box. Write implies read: ticking Write ticks Read,
/// and Read stays locked while Write is ticked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeGrid {
    pub(super) rows: Vec<ScopeRow>,
    /// Scopes of the key that no box stands for; sent back unchanged.
    pub(super) extra: Vec<String>,
}

/// One area of the [`ScopeGrid`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeRow {
    pub(super) area: String,
    pub(super) label: String,
    pub(super) read: Option<ScopeBox>,
    pub(super) write: Option<ScopeBox>,
}

/// One box of a row: the scope it stands for and whether it is ticked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ScopeBox {
    scope: String,
    /// Position in the catalogue, so scopes are sent in the portal's order.
    position: usize,
    ticked: bool,
}

/// The level part of a scope the grid understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Level {
    Read,
    Write,
}

impl ScopeGrid {
    /// An untouched grid with one row per area of the catalogue (`*` and the global `*:read`
    /// and `*:write` are not rows). Rows follow the web client: Files, Rooms, Profile, Contacts,
    /// then any other area alphabetically.
    pub fn from_catalogue(catalogue: &[String]) -> ScopeGrid {
        let mut rows: Vec<ScopeRow> = Vec::new();
        for (position, scope) in catalogue.iter().enumerate() {
            let Some((area, level)) = split_scope(scope) else {
                continue;
            };
            if area == EVERY_AREA {
                continue;
            }
            let index = match rows.iter().position(|row| row.area == area) {
                Some(index) => index,
                None => {
                    rows.push(ScopeRow {
                        area: area.to_owned(),
                        label: area_label(area),
                        read: None,
                        write: None,
                    });
                    rows.len() - 1
                }
            };
            let Some(row) = rows.get_mut(index) else {
                continue;
            };
            let slot = match level {
                Level::Read => &mut row.read,
                Level::Write => &mut row.write,
            };
            if slot.is_none() {
                *slot = Some(ScopeBox {
                    scope: scope.clone(),
                    position,
                    ticked: false,
                });
            }
        }
        rows.sort_by(|a, b| compare_areas(&a.area, &b.area));
        ScopeGrid {
            rows,
            extra: Vec::new(),
        }
    }

    /// The rows, in display order.
    pub fn rows(&self) -> &[ScopeRow] {
        &self.rows
    }

    /// Scopes of the key that no box stands for (not in the catalogue, or `*:read` mixed with
    /// area scopes). They are kept and sent back unchanged.
    pub fn extra(&self) -> &[String] {
        &self.extra
    }

    /// Ticks or unticks Read of a row. Does nothing while Read is locked by Write, or when the
    /// row has no Read box.
    pub fn set_read(&mut self, row: usize, ticked: bool) {
        if self.read_locked(row) {
            return;
        }
        if let Some(read) = self.rows.get_mut(row).and_then(|row| row.read.as_mut()) {
            read.ticked = ticked;
        }
    }

    /// Ticks or unticks Write of a row. Ticking Write also ticks Read; unticking it leaves Read
    /// ticked but unlocked.
    pub fn set_write(&mut self, row: usize, ticked: bool) {
        let Some(row) = self.rows.get_mut(row) else {
            return;
        };
        let Some(write) = row.write.as_mut() else {
            return;
        };
        write.ticked = ticked;
        if ticked && let Some(read) = row.read.as_mut() {
            read.ticked = true;
        }
    }

    /// True while the row's Read box must be shown ticked and disabled because Write is ticked.
    pub fn read_locked(&self, row: usize) -> bool {
        self.rows.get(row).is_some_and(ScopeRow::is_read_locked)
    }

    /// Ticks the box standing for `scope` (a write scope ticks Read too). Returns false when no
    /// box stands for it.
    pub fn tick_scope(&mut self, scope: &str) -> bool {
        let Some((area, level)) = split_scope(scope) else {
            return false;
        };
        let Some(index) = self.rows.iter().position(|row| row.area == area) else {
            return false;
        };
        let Some(row) = self.rows.get(index) else {
            return false;
        };
        let has_box = match level {
            Level::Read => row.read.is_some(),
            Level::Write => row.write.is_some(),
        };
        if !has_box {
            return false;
        }
        match level {
            Level::Read => self.set_read(index, true),
            Level::Write => self.set_write(index, true),
        }
        true
    }

    /// True when at least one box is ticked.
    pub fn has_ticks(&self) -> bool {
        self.rows
            .iter()
            .any(|row| row.is_read_ticked() || row.is_write_ticked())
    }

    /// The scopes to send: every ticked box in catalogue order (Read included whenever Write is
    /// ticked), then the kept extra scopes.
    pub fn to_permissions(&self) -> Vec<String> {
        let mut ticked: Vec<&ScopeBox> = self
            .rows
            .iter()
            .flat_map(|row| [row.read.as_ref(), row.write.as_ref()])
            .flatten()
            .filter(|scope_box| scope_box.ticked)
            .collect();
        ticked.sort_by_key(|scope_box| scope_box.position);
        ticked
            .into_iter()
            .map(|scope_box| scope_box.scope.clone())
            .chain(self.extra.iter().cloned())
            .collect()
    }

    /// "Files: read and write · Rooms: read" for the ticked rows in grid order, followed by the kept scopes.
    pub fn summary(&self) -> String {
        let permissions = self.to_permissions();
        if permissions.is_empty() {
            return "Nothing ticked".to_owned();
        }
        summarize_scopes(permissions.iter().map(String::as_str))
    }

    pub(super) fn has_anything_to_send(&self) -> bool {
        self.has_ticks() || !self.extra.is_empty()
    }
}

impl ScopeRow {
    /// The area name, e.g. `files` or `accounts.self`.
    pub fn area(&self) -> &str {
        &self.area
    }

    /// The row label, e.g. "Files" or "Profile".
    pub fn label(&self) -> &str {
        &self.label
    }

    /// True when the catalogue has `area:read`, so the Read box can be shown.
    pub fn offers_read(&self) -> bool {
        self.read.is_some()
    }

    /// True when the catalogue has `area:write`, so the Write box can be shown.
    pub fn offers_write(&self) -> bool {
        self.write.is_some()
    }

    /// Whether the Read box is ticked.
    pub fn is_read_ticked(&self) -> bool {
        self.read.as_ref().is_some_and(|read| read.ticked)
    }

    /// Whether the Write box is ticked.
    pub fn is_write_ticked(&self) -> bool {
        self.write.as_ref().is_some_and(|write| write.ticked)
    }

    /// True while Write is ticked, so Read must stay ticked.
    pub fn is_read_locked(&self) -> bool {
        self.is_write_ticked()
    }
}
