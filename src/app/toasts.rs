//! Short messages at the bottom of the window that go away by themselves.

use chrono::{DateTime, Duration, Utc};

use super::action::UiAction;
use super::message::Message;

/// How long a toast stays up.
const TOAST_FOR: Duration = Duration::seconds(6);
/// How long a toast that offers Undo stays up.
const UNDO_FOR: Duration = Duration::seconds(10);
/// How many toasts are shown at once; the oldest goes first.
const MAX_TOASTS: usize = 4;

/// A short message at the bottom of the window.
#[derive(Debug, Clone)]
pub struct Toast {
    /// Tells this toast from the others, for its Undo button.
    pub id: u64,
    pub text: Message,
    pub kind: ToastKind,
    pub until: DateTime<Utc>,
    /// What its Undo button does; `None` when it has none.
    pub undo: Option<UiAction>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToastKind {
    Success,
    Error,
}

/// The toasts that are up, oldest first.
#[derive(Debug, Default)]
pub struct Toasts {
    up: Vec<Toast>,
    next_id: u64,
}

impl Toasts {
    /// Shows `text` from `now` for a few seconds.
    pub fn push(&mut self, kind: ToastKind, text: Message, now: DateTime<Utc>) {
        self.add(kind, text, now + TOAST_FOR, None);
    }

    /// Shows `text` with an Undo button that does `undo`, for a few seconds more.
    pub fn push_with_undo(&mut self, text: Message, undo: UiAction, now: DateTime<Utc>) {
        self.add(ToastKind::Success, text, now + UNDO_FOR, Some(undo));
    }

    fn add(
        &mut self,
        kind: ToastKind,
        text: Message,
        until: DateTime<Utc>,
        undo: Option<UiAction>,
    ) {
        self.next_id += 1;
        self.up.push(Toast {
            id: self.next_id,
            text,
            kind,
            until,
            undo,
        });
        if self.up.len() > MAX_TOASTS {
            self.up.remove(0);
        }
    }

    /// Takes the toast with this id down and returns what its Undo does.
    pub fn take_undo(&mut self, id: u64) -> Option<UiAction> {
        let index = self.up.iter().position(|toast| toast.id == id)?;
        self.up.remove(index).undo
    }

    /// Takes down the toasts that offer an Undo (they were about another portal).
    pub fn drop_undos(&mut self) {
        self.up.retain(|toast| toast.undo.is_none());
    }

    /// Drops the toasts whose time is up.
    pub fn expire(&mut self, now: DateTime<Utc>) {
        self.up.retain(|toast| toast.until > now);
    }

    pub fn as_slice(&self) -> &[Toast] {
        &self.up
    }

    pub fn is_empty(&self) -> bool {
        self.up.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_toast_goes_after_its_time_and_only_four_stay_up() {
        let now = Utc::now();
        let mut toasts = Toasts::default();
        for n in 0..5 {
            toasts.push(
                ToastKind::Success,
                Message::Deleted {
                    name: format!("{n}"),
                },
                now,
            );
        }
        let names: Vec<_> = toasts
            .as_slice()
            .iter()
            .map(|toast| match &toast.text {
                Message::Deleted { name } => name.as_str(),
                _ => "",
            })
            .collect();
        assert_eq!(names, ["1", "2", "3", "4"]);
        toasts.expire(now + Duration::seconds(5));
        assert_eq!(toasts.as_slice().len(), 4);
        toasts.expire(now + TOAST_FOR);
        assert!(toasts.is_empty());
    }

    #[test]
    fn an_undo_is_taken_once_and_takes_its_toast_down() {
        let now = Utc::now();
        let mut toasts = Toasts::default();
        toasts.push(ToastKind::Success, Message::ShownAgain, now);
        let undo = UiAction::SetActive("k1".into(), true);
        toasts.push_with_undo(Message::SignedOut, undo.clone(), now);
        let id = toasts.as_slice()[1].id;
        assert_eq!(toasts.take_undo(id), Some(undo));
        assert_eq!(toasts.take_undo(id), None);
        let plain = toasts.as_slice()[0].id;
        assert_eq!(toasts.take_undo(plain), None);
        assert!(toasts.is_empty());
        // An Undo stays up longer than a plain toast.
        toasts.push_with_undo(Message::SignedOut, UiAction::Refresh, now);
        toasts.expire(now + TOAST_FOR);
        assert_eq!(toasts.as_slice().len(), 1);
        toasts.expire(now + UNDO_FOR);
        assert!(toasts.is_empty());
    }
}
