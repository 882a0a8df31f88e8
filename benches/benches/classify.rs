//! Criterion benchmarks of the core classifier.
//!
//! `cargo bench -p mfi-benches` — the real-world mix is the 39 lines of
//! `testdata/real-world.tsv` plus the bundled `examples/queue-sample.log`; `mix_1000` is
//! `testdata/bench/mix-1000.txt` (1,000 lines of several systems' shapes, deliveries
//! among the failures, written by `scripts/gen-mix.py`), also as Arrow rows (`mfi-arrow`: every column, and the three a `GROUP BY` reads),
//! and through a classifier of KumoMTA's design (`mfi_benches::peer`) for comparison.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use mfi_benches::peer::{Classifier, Rules};
use mfi_core::contract::Field;
use mfi_core::{classify, classify_with, ConnectorTarget, Options};

fn mix() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut lines: Vec<String> = mfi_testdata::Table::load("real-world")
        .rows()
        .iter()
        .map(|r| r.get("text").to_owned())
        .collect();
    let sample = std::fs::read_to_string(format!("{root}/examples/queue-sample.log"))
        .expect("examples/queue-sample.log");
    lines.extend(sample.lines().map(str::to_owned));
    lines
}

/// Classifies every line (what each `classify/...` benchmark times).
fn classify_all<S: AsRef<str>>(lines: &[S]) {
    for l in lines {
        black_box(classify(black_box(l.as_ref())));
    }
}

/// Classifies every line and writes its JSON (the `classify_and_json/...` benchmarks).
fn classify_all_json<S: AsRef<str>>(lines: &[S], out: &mut Vec<u8>) {
    out.clear();
    for l in lines {
        classify(black_box(l.as_ref()))
            .write_json(&mut *out)
            .unwrap();
        out.push(b'\n');
    }
    black_box(&out);
}

fn bench(c: &mut Criterion) {
    let lines = mix();
    let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
    let _ = classify("warm up");

    let mut g = c.benchmark_group("real_world_mix");
    g.throughput(Throughput::Elements(lines.len() as u64));
    g.bench_function("classify/lines", |b| b.iter(|| classify_all(&lines)));
    let partner = Options::new().connector(ConnectorTarget::Partner);
    g.bench_function("classify_with_partner/lines", |b| {
        b.iter(|| {
            for l in &lines {
                black_box(classify_with(black_box(l), &partner));
            }
        })
    });
    let mut out = Vec::with_capacity(1 << 16);
    g.bench_function("classify_and_json/lines", |b| {
        b.iter(|| classify_all_json(&lines, &mut out))
    });
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("classify/bytes", |b| b.iter(|| classify_all(&lines)));
    g.finish();

    let mix_1000 = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../testdata/bench/mix-1000.txt"
    ))
    .expect("testdata/bench/mix-1000.txt");
    let mix_1000: Vec<&str> = mix_1000.lines().collect();
    let mut g = c.benchmark_group("mix_1000");
    g.throughput(Throughput::Elements(mix_1000.len() as u64));
    g.bench_function("classify/lines", |b| b.iter(|| classify_all(&mix_1000)));
    g.bench_function("classify_and_json/lines", |b| {
        b.iter(|| classify_all_json(&mix_1000, &mut out))
    });
    // Arrow in, Arrow out (what Python's classify_arrow runs), one thread.
    let column = arrow_array::StringArray::from_iter_values(&mix_1000);
    let opts = Options::new();
    g.bench_function("classify_arrow/lines", |b| {
        b.iter(|| black_box(mfi_arrow::classify(black_box(&column), &opts).expect("strings")))
    });
    // The three columns a `GROUP BY mfi_code` query reads (`classify_arrow(columns=...)`).
    let few = [Field::MfiCode, Field::Reason, Field::Severity];
    g.bench_function("classify_arrow_3_columns/lines", |b| {
        b.iter(|| {
            black_box(
                mfi_arrow::classify_columns(&[black_box(&column)], &opts, 1, &few)
                    .expect("strings"),
            )
        })
    });
    // The peer's design (a `RegexSet` of rules, the first match decides) with the stand-in
    // rules: a baseline measured in the same run.
    let peer = Classifier::new(Rules::stand_in(mfi_benches::peer::WORDS)).expect("rules");
    g.bench_function("regexset_peer/lines", |b| {
        b.iter(|| {
            for l in &mix_1000 {
                black_box(peer.classify(black_box(l)));
            }
        })
    });
    g.finish();

    let mut g = c.benchmark_group("huge_line");
    g.sample_size(20);
    for mb in [1usize, 10] {
        let unit = lines.join(" ");
        let huge = unit.repeat(mb * (1 << 20) / unit.len() + 1);
        g.throughput(Throughput::Bytes(huge.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("classify", format!("{mb}MB")),
            &huge,
            |b, h| b.iter(|| black_box(classify(black_box(h)))),
        );
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
