//! Classifying on the borrowed path allocates nothing: checked with a counting allocator
//! over every shape of the golden table.

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
    let path = format!("{}/tests/golden/cases.tsv", env!("CARGO_MANIFEST_DIR"));
    let table = std::fs::read_to_string(path).unwrap();
    let texts: Vec<&str> = table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    // The first coded text builds the signal automaton and the code index, once per process.
    let _ = mfi_core::classify("550 5.1.1 warm up");
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
