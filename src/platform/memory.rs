//! Giving freed memory back to the operating system.

/// Returns the memory the process has freed to the system, where the allocator keeps it
/// otherwise. glibc's malloc holds on to freed blocks in each thread's arena, and a
/// refresh of 100 000 keys, decoded and sorted on other threads than the one that frees
/// the old list, leaves its arenas fragmented: measured with `cargo bench --bench
/// window_memory`, the resident set grew by more than half at each of ten refreshes while
/// the data stayed the same size. `malloc_trim` releases the free pages of every arena.
/// Elsewhere (Windows' heap, macOS's malloc, musl) freed memory is returned without being
/// asked, and this does nothing.
pub fn return_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes no pointers and may be called from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Above this, glibc gives a block its own mapping, and keeps this much free at the top of
/// its heap before giving it back by itself.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const HEAP_TRIM_AND_MAP_THRESHOLD: libc::c_int = 64 << 20;

/// Has every thread allocate from one glibc arena instead of one per thread (up to eight per
/// core). The key list is decoded on one thread, sorted on another and freed on the window's;
/// spread over several arenas, what is freed cannot be given back while a few live blocks of
/// the next list sit between its pages.
///
/// Also lets the heap's top keep up to 64 MiB free, and maps only blocks above that on their
/// own: with glibc's small defaults, each frame's buffers (the software renderer's among them)
/// moved the heap's top up and back about 260 times a second while the window waited on a
/// portal, costing a quarter of that wait's CPU (measured with `scripts/bench-window.sh`).
/// Memory freed in bulk goes back at [`return_freed_memory`], after a sign-in and after each
/// refresh. Call once, first thing in `main`. Elsewhere this does nothing.
pub fn use_one_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt takes no pointers; called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
        libc::mallopt(libc::M_TRIM_THRESHOLD, HEAP_TRIM_AND_MAP_THRESHOLD);
        libc::mallopt(libc::M_MMAP_THRESHOLD, HEAP_TRIM_AND_MAP_THRESHOLD);
    }
}
