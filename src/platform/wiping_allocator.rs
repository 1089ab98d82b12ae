//! The process's memory allocator: the system's, with every block zeroed before it is
//! given back.
//!
//! A secret passes through buffers the app does not own: hyper's read buffer holds a new
//! key's answer, headers and all, rustls its decrypted records, serde_json and egui their
//! strings, arboard its copy of the clipboard. None of them zero what they free, and
//! freed memory keeps its bytes until something else is written there. Zeroing every block
//! as it is freed reaches them all, as password managers do (KeePassXC zeroes in its
//! `operator delete`). A buffer that is still in use when the window is closed, or that the
//! kernel holds (socket buffers, the X server's copy of the clipboard), is out of reach.
//!
//! Growing a block never leaves its old copy behind either: `GlobalAlloc::realloc`'s
//! provided method allocates, copies and frees (here: zeroes) the old block.

use std::alloc::{GlobalAlloc, Layout, System};

/// The system allocator, zeroing each block before it is freed. Installed by the binary:
/// `#[global_allocator] static ALLOCATOR: WipingAllocator = WipingAllocator;`
pub struct WipingAllocator;

// SAFETY: every request is forwarded to the system allocator unchanged; the only addition,
// zeroing a block before freeing it, writes within the block the caller gives back.
unsafe impl GlobalAlloc for WipingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` is a live block of `layout.size()` bytes that the caller gives up.
        unsafe { std::ptr::write_bytes(ptr, 0, layout.size()) };
        // Keep the zeroing: without this, stores to memory about to be freed may be dropped
        // as dead.
        std::hint::black_box(ptr);
        std::sync::atomic::compiler_fence(std::sync::atomic::Ordering::SeqCst);
        // SAFETY: forwarded unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_handed_out_and_taken_back_like_the_systems() {
        let layout = Layout::from_size_align(4096, 64).unwrap();
        // SAFETY: a non-zero size; the block is written within bounds and freed once.
        unsafe {
            let block = WipingAllocator.alloc(layout);
            assert!(!block.is_null());
            assert_eq!(block as usize % 64, 0, "aligned as asked");
            block.write_bytes(0xAB, 4096);
            let grown = WipingAllocator.realloc(block, layout, 8192);
            assert_eq!(*grown.add(4095), 0xAB, "kept when grown");
            WipingAllocator.dealloc(grown, Layout::from_size_align(8192, 64).unwrap());
            let zeroed = WipingAllocator.alloc_zeroed(layout);
            assert!((0..4096).all(|at| *zeroed.add(at) == 0));
            WipingAllocator.dealloc(zeroed, layout);
        }
    }
}
