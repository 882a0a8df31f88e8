//! `mfi`: classify mail-delivery failures from the shell. The command is the library
//! `mfi_cli` (shared with `python -m mfi`).

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(mfi_cli::run(std::env::args_os().skip(1)))
}
