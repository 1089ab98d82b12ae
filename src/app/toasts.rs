//! Short messages at the bottom of the window that go away by themselves.

use chrono::{DateTime, Duration, Utc};

/// How long a toast stays up.
const TOAST_FOR: Duration = Duration::seconds(6);
/// How many toasts are shown at once; the oldest goes first.
const MAX_TOASTS: usize = 4;

/// A short message at the bottom of the window.
#[derive(Debug, Clone)]
pub struct Toast {
    pub text: String,
    pub kind: ToastKind,
    pub until: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToastKind {
    Success,
    Error,
}

/// The toasts that are up, oldest first.
#[derive(Debug, Default)]
pub struct Toasts(Vec<Toast>);

impl Toasts {
    /// Shows `text` from `now` for a few seconds.
    pub fn push(&mut self, kind: ToastKind, text: impl Into<String>, now: DateTime<Utc>) {
        self.0.push(Toast {
            text: text.into(),
            kind,
            until: now + TOAST_FOR,
        });
        if self.0.len() > MAX_TOASTS {
            self.0.remove(0);
        }
    }

    /// Drops the toasts whose time is up.
    pub fn expire(&mut self, now: DateTime<Utc>) {
        self.0.retain(|toast| toast.until > now);
    }

    pub fn as_slice(&self) -> &[Toast] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
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
            toasts.push(ToastKind::Success, format!("toast {n}"), now);
        }
        let texts: Vec<_> = toasts.as_slice().iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["toast 1", "toast 2", "toast 3", "toast 4"]);
        toasts.expire(now + Duration::seconds(5));
        assert_eq!(toasts.as_slice().len(), 4);
        toasts.expire(now + TOAST_FOR);
        assert!(toasts.is_empty());
    }
}
