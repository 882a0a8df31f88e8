//! Criterion benchmark of the bounce reader: messages per second, one thread.
//!
//! `cargo bench -p mfi-benches --bench bounces` reads the fixtures of `testdata/messages`
//! and, when the Sisimai corpus is beside the checkout (`../shared/corpus/sisimai/eml`),
//! every message of it. The target is 20,000 messages/s on the corpus.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use mfi_mail::{Mailbox, MessageReader, ReadOptions};

fn load(dir: PathBuf) -> Vec<Vec<u8>> {
    if !dir.is_dir() {
        return Vec::new();
    }
    Mailbox::new([dir], 32 << 20)
        .filter_map(Result::ok)
        .map(|(_, m)| m)
        .collect()
}

fn bench(c: &mut Criterion) {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    let sets = [
        ("fixtures", load(root.join("testdata/messages"))),
        (
            "sisimai_corpus",
            load(root.join("../shared/corpus/sisimai/eml")),
        ),
    ];
    // One reader for all (as `mfi bounce` and `mfi.read_mailbox` read a mailbox).
    let reader = MessageReader::new(ReadOptions::default());
    let mut g = c.benchmark_group("read_message");
    for (name, messages) in &sets {
        if messages.is_empty() {
            continue;
        }
        g.throughput(Throughput::Elements(messages.len() as u64));
        g.bench_function(*name, |b| {
            b.iter(|| {
                for m in messages {
                    black_box(reader.read(black_box(m)));
                }
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
