//! A development aid: for each line of standard input, the evidence the classifier found
//! (the reasons its words name, a mail system's decisive wording, the signals) and the reason
//! it settled on. The evidence comes from `mfi_core::internal`, which is not a stable
//! interface.
//!
//! ```text
//! echo '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown' \
//!     | cargo run -q -p mfi-core --example evidence
//! ```

use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        println!("{:#?}", mfi_core::internal::evidence(&line));
        println!("reason: {}", mfi_core::classify(&line).reason());
    }
}
