//! Classifies the lines of a file many times (for profiling).
fn main() {
    let path = std::env::args().nth(1).expect("file");
    let n: usize = std::env::args().nth(2).map_or(2000, |s| s.parse().unwrap());
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    let mut k = 0;
    for _ in 0..n {
        for l in &lines {
            k += mfi_core::classify(std::hint::black_box(l)).causes().len();
        }
    }
    println!("{k}");
}
