//! Benchmarks live in `benches/`; this library holds what they share with the `spin`
//! profiling binary.

pub mod peer;
