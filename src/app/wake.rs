//! A small handle that wakes the window when background work has finished.
//! The window installs what "wake" means (a repaint request); the app only calls it.

use std::sync::{Arc, Mutex};

type WakeFn = Box<dyn Fn() + Send + Sync>;

/// Wakes the window. Cheap to clone; does nothing until [`Wake::install`] ran.
#[derive(Clone, Default)]
pub struct Wake(Arc<Mutex<Option<WakeFn>>>);

impl Wake {
    /// Sets what waking does, the first time only.
    pub fn install(&self, wake: impl Fn() + Send + Sync + 'static) {
        if let Ok(mut slot) = self.0.lock()
            && slot.is_none()
        {
            *slot = Some(Box::new(wake));
        }
    }

    /// True once something was installed.
    #[cfg(test)]
    fn is_installed(&self) -> bool {
        self.0.lock().is_ok_and(|slot| slot.is_some())
    }

    /// Wakes the window, if one is listening.
    pub fn wake(&self) {
        if let Ok(slot) = self.0.lock()
            && let Some(wake) = slot.as_ref()
        {
            wake();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    #[test]
    fn waking_calls_what_was_installed_first() {
        let wake = Wake::default();
        wake.wake();
        let count = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&count);
        wake.install(move || {
            seen.fetch_add(1, Ordering::SeqCst);
        });
        wake.install(|| panic!("only the first waker is kept"));
        wake.clone().wake();
        assert!(wake.is_installed());
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }
}
