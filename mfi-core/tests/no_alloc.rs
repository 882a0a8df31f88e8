//! Classifying on the borrowed path allocates nothing, not even the first time (the
//! automaton and the tables are static): checked with a counting allocator over every shape
//! of the golden tables (qmail's underscore-encoded log lines included: decoded on the stack).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    // Only this thread's allocations count (the test harness has threads of its own).
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = COUNTING.try_with(|c| {
            if c.get() {
                let _ = ALLOCATIONS.try_with(|a| a.set(a.get() + 1));
            }
        });
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn classify_does_not_allocate() {
    let table = mfi_testdata::Table::load("cases");
    let wordings = mfi_testdata::Table::load("mta-wordings");
    // (And a qmail-encoded text too long to be decoded on the stack: read as it is.)
    let long = format!("delivery 5: failure: Sorry,_I_{}", "x".repeat(5000));
    let texts: Vec<&str> = table
        .rows()
        .iter()
        .chain(wordings.rows())
        .map(|r| r.get("text"))
        .chain([long.as_str()])
        .collect();
    // Nothing is built lazily: the very first classification allocates nothing either.
    let opts = mfi_core::Options::new().connector(mfi_core::ConnectorTarget::Partner);
    COUNTING.with(|c| c.set(true));
    let mut found = 0;
    for t in &texts {
        let d = mfi_core::classify_with(t, &opts);
        found += d.chain().len() + d.causes().len() + d.remediations().len() + d.attributes().len();
        std::hint::black_box(&d);
    }
    COUNTING.with(|c| c.set(false));
    let n = ALLOCATIONS.with(Cell::get);
    assert!(found > texts.len(), "the texts were really analysed");
    assert_eq!(
        n,
        0,
        "classify allocated {n} times over {} texts",
        texts.len()
    );
}
