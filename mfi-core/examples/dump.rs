//! Prints the contract JSON of each line of standard input (a debugging aid).
use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("read");
        let d = mfi_core::classify(&line);
        println!("{}", serde_json::to_string(&d).expect("serialise"));
    }
}
