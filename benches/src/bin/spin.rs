//! Classifies texts in a loop, for profilers and instruction counters
//! (`valgrind --tool=callgrind`, `perf`):
//!
//! - `spin FILE N [json]`: every line of FILE, N times (with the contract's JSON);
//! - `spin repeat UNIT COUNT`: one text made of UNIT repeated COUNT times, once;
//! - `spin arrow FILE N [THREADS]`: every line of FILE as one Arrow string array,
//!   classified into Arrow rows N times (on one thread, or THREADS); `spin arrow3 ...`
//!   the same with the three columns `mfi_code`, `reason` and `severity` only;
//! - `spin mail FILE... N`: every message file (or mbox) read N times;
//! - `spin mail-repeat HEAD UNIT COUNT`: one message, HEAD then UNIT repeated COUNT times
//!   (`\n` in the arguments is a line end), read once;
//! - `spin peer FILE N [RULES_DIR]`: every line of FILE, N times, through the KumoMTA-style
//!   `RegexSet` classifier of `mfi_benches::peer` (with the rules files of RULES_DIR, or
//!   the stand-in rules).

use std::hint::black_box;

use arrow_array::Array;
use mfi_benches::peer;
use mfi_core::{classify, classify_with, Options};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("repeat") => {
            let unit = &args[1];
            let count: usize = args[2].parse().expect("COUNT");
            let text = unit.repeat(count);
            let opts = Options::new().max_len(usize::MAX);
            let d = classify_with(black_box(&text), &opts);
            println!("{}", d.causes().len() + d.chain().len());
        }
        Some(mode @ ("arrow" | "arrow3")) => {
            let text = std::fs::read_to_string(&args[1]).expect("FILE");
            let n: usize = args[2].parse().expect("N");
            let threads: usize = args.get(3).map_or(1, |t| t.parse().expect("THREADS"));
            let lines: Vec<&str> = text.lines().collect();
            let texts = arrow_array::StringArray::from_iter_values(lines);
            let mut k = 0;
            use mfi_core::contract::Field;
            let columns = [Field::MfiCode, Field::Reason, Field::Severity];
            let chunks: [&dyn Array; 1] = [black_box(&texts)];
            for _ in 0..n {
                k += if mode == "arrow3" {
                    mfi_arrow::classify_columns(&chunks, &Options::new(), threads, &columns)
                } else {
                    mfi_arrow::classify_chunks(&chunks, &Options::new(), threads)
                }
                .expect("strings")
                .len();
            }
            println!("{k}");
        }
        Some("mail") => {
            let n: usize = args.last().expect("N").parse().expect("N");
            let mut messages = Vec::new();
            for item in mfi_mail::Mailbox::new(&args[1..args.len() - 1], usize::MAX) {
                messages.push(item.expect("readable").1);
            }
            let reader = mfi_mail::MessageReader::new(mfi_mail::ReadOptions::default());
            let mut k = 0;
            for _ in 0..n {
                for m in &messages {
                    k += reader.read(black_box(m)).recipients.len();
                }
            }
            println!("{k}");
        }
        Some("peer") => {
            let text = std::fs::read_to_string(&args[1]).expect("FILE");
            let n: usize = args[2].parse().expect("N");
            let rules = match args.get(3) {
                Some(dir) => peer::Rules::from_dir(dir.as_ref()).unwrap_or_else(|e| {
                    eprintln!("spin: {e}");
                    std::process::exit(2)
                }),
                None => peer::Rules::stand_in(peer::WORDS),
            };
            let classifier = peer::Classifier::new(rules).expect("rules compile");
            let lines: Vec<&str> = text.lines().collect();
            let mut k = 0;
            for _ in 0..n {
                for l in &lines {
                    k += usize::from(classifier.classify(black_box(l)).is_some());
                }
            }
            println!("{k}");
        }
        Some("mail-repeat") => {
            let head = args[1].replace("\\n", "\r\n");
            let unit = args[2].replace("\\n", "\r\n");
            let count: usize = args[3].parse().expect("COUNT");
            let message = format!("{head}{}", unit.repeat(count));
            let opts = mfi_mail::ReadOptions::default().max_message_len(usize::MAX);
            let r = mfi_mail::read_message(black_box(message.as_bytes()), &opts);
            println!("{}", r.recipients.len());
        }
        Some(path) => {
            let n: usize = args.get(1).map_or(2000, |s| s.parse().expect("N"));
            let json = args.get(2).is_some_and(|a| a == "json");
            let text = std::fs::read_to_string(path).expect("read FILE");
            let lines: Vec<&str> = text.lines().collect();
            let mut out = Vec::with_capacity(1 << 16);
            let mut k = 0;
            for _ in 0..n {
                for l in &lines {
                    let d = classify(black_box(l));
                    if json {
                        out.clear();
                        d.write_json(&mut out).expect("write to a Vec");
                        k += out.len();
                    } else {
                        k += d.causes().len();
                    }
                }
            }
            println!("{k}");
        }
        None => eprintln!("usage: spin FILE N [json] | spin repeat UNIT COUNT"),
    }
}
