//! Work on every core, results in input order: what `mfi classify` (chunks of lines) and
//! `mfi bounce` (messages) run their inputs through.

use std::collections::BTreeMap;
use std::io;
use std::sync::{mpsc, Mutex};

/// How many threads work: the cores available, at most 8 (beyond that the one thread
/// that reads and writes is the bound).
pub(crate) fn workers() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
}

/// Runs `work` on each of `items` on `workers` threads and hands the results to `emit` in
/// the items' order. The calling thread takes the items and emits the results as they
/// come back, taking more items while the workers work: no round waits for its slowest
/// item. Memory stays bounded: at most `2 × workers` items are in flight, and no more
/// once their `weigh`ts (bytes) reach `budget` (one item is always let through).
///
/// An error from `items` ends the run with it after the results of the items before it are
/// emitted; an error from `work` or `emit` ends it at once (items already handed out are
/// worked on and their results dropped); a panic in `work` is an error. With one worker
/// everything runs on the calling thread.
pub(crate) fn run<T: Send, R: Send>(
    items: impl Iterator<Item = io::Result<T>>,
    workers: usize,
    (weigh, budget): (impl Fn(&T) -> usize, usize),
    work: impl Fn(T) -> io::Result<R> + Sync,
    mut emit: impl FnMut(R) -> io::Result<()>,
) -> io::Result<()> {
    let guarded = |item: T| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(item)))
            .unwrap_or_else(|_| Err(io::Error::other("worker panicked")))
    };
    let mut items = items.fuse();
    if workers <= 1 {
        for item in items {
            emit(guarded(item?)?)?;
        }
        return Ok(());
    }
    let in_flight = 2 * workers;
    let (jobs, queue) = mpsc::sync_channel::<(usize, T)>(in_flight);
    let queue = Mutex::new(queue);
    let (done, results) = mpsc::channel::<(usize, io::Result<R>)>();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (queue, done, guarded) = (&queue, done.clone(), &guarded);
            scope.spawn(move || loop {
                // (The lock is held only while waiting for a job: one worker waits, the
                // others work.)
                let job = queue.lock().map_or(None, |q| q.recv().ok());
                let Some((seq, item)) = job else {
                    return;
                };
                if done.send((seq, guarded(item))).is_err() {
                    return;
                }
            });
        }
        drop(done);
        // Results that came back before an earlier one.
        let mut waiting: BTreeMap<usize, R> = BTreeMap::new();
        // The weights of the items in flight, in order, and their sum.
        let mut weights = std::collections::VecDeque::new();
        let mut weight = 0usize;
        let (mut sent, mut emitted, mut end) = (0usize, 0usize, false);
        // An error of `items`, returned once the results before it are out.
        let mut failed = None;
        let result = 'feed: loop {
            // Keep the workers fed while there are items and room.
            let room = sent - emitted < in_flight && (weight < budget || sent == emitted);
            if !end && room {
                match items.next() {
                    Some(Ok(item)) => {
                        let w = weigh(&item);
                        if jobs.send((sent, item)).is_err() {
                            break Err(io::Error::other("a worker stopped"));
                        }
                        weights.push_back(w);
                        weight += w;
                        sent += 1;
                    }
                    None => end = true,
                    Some(Err(e)) => {
                        failed = Some(e);
                        end = true;
                    }
                }
                // Emit what is ready without waiting, then take more.
                if let Err(e) = drain(&results, &mut waiting, false) {
                    break Err(e);
                }
            } else if emitted == sent {
                break failed.map_or(Ok(()), Err);
            } else if let Err(e) = drain(&results, &mut waiting, true) {
                break Err(e);
            }
            while let Some(r) = waiting.remove(&emitted) {
                if let Err(e) = emit(r) {
                    break 'feed Err(e);
                }
                weight -= weights.pop_front().unwrap_or(0);
                emitted += 1;
            }
        };
        // Workers stop when the jobs end: on an error, after the items still queued (at
        // most `in_flight`), whose results nobody reads.
        drop(jobs);
        result
    })
}

/// Moves finished results into `waiting` (blocking for one when `wait`); an error of a
/// worker ends the run.
fn drain<R>(
    results: &mpsc::Receiver<(usize, io::Result<R>)>,
    waiting: &mut BTreeMap<usize, R>,
    wait: bool,
) -> io::Result<()> {
    let mut next = if wait {
        // (Every worker gone with results still due: none of them can come.)
        Some(
            results
                .recv()
                .map_err(|_| io::Error::other("the workers stopped"))?,
        )
    } else {
        results.try_recv().ok()
    };
    while let Some((seq, r)) = next {
        waiting.insert(seq, r?);
        next = results.try_recv().ok();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Results come out in input order whatever order the workers finish in, on one
    /// thread and on several.
    #[test]
    fn results_are_emitted_in_input_order() {
        for workers in [1, 2, 4] {
            let mut out = Vec::new();
            run(
                (0..200u64).map(Ok),
                workers,
                (|_: &u64| 0, usize::MAX),
                |i| {
                    // Later items finish sooner, now and then.
                    std::thread::sleep(std::time::Duration::from_micros((200 - i) % 7 * 50));
                    Ok(i * 2)
                },
                |r| {
                    out.push(r);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(
                out,
                (0..200).map(|i| i * 2).collect::<Vec<_>>(),
                "{workers}"
            );
        }
    }

    /// No more items are taken while those in flight weigh the budget or more (big
    /// messages are not read ahead eight at a time), and one is always let through.
    #[test]
    fn the_weight_in_flight_stays_within_the_budget() {
        use std::cell::Cell;
        use std::rc::Rc;
        let (held, most) = (Rc::new(Cell::new(0usize)), Rc::new(Cell::new(0usize)));
        let (h, m) = (held.clone(), most.clone());
        // Weights 1 to 9 MB, over a budget of 10 MB, on four workers (eight items in
        // flight by count).
        let items = (0..100usize).map(move |i| {
            let w = (1 + i % 9) << 20;
            h.set(h.get() + w);
            m.set(m.get().max(h.get()));
            Ok(w)
        });
        let mut out = Vec::new();
        run(items, 4, (|w: &usize| *w, 10 << 20), Ok, |w| {
            held.set(held.get() - w);
            out.push(w);
            Ok(())
        })
        .unwrap();
        assert_eq!(out.len(), 100);
        // Below the budget when the last item was taken, plus that item.
        assert!(most.get() < (10 << 20) + (9 << 20), "{}", most.get());
        // A single item over the budget still goes through.
        let mut n = 0;
        run((0..3).map(Ok), 2, (|_: &i32| 1 << 30, 1), Ok, |_| {
            n += 1;
            Ok(())
        })
        .unwrap();
        assert_eq!(n, 3);
    }

    /// An error from the items, the work or the emitter ends the run with it; a panic
    /// in the work is an error, not a crash.
    #[test]
    fn errors_and_panics_end_the_run() {
        for workers in [1, 3] {
            let items = (0..100u32).map(|i| {
                if i == 50 {
                    Err(io::Error::other("unreadable"))
                } else {
                    Ok(i)
                }
            });
            let mut seen = 0;
            let e = run(items, workers, (|_: &u32| 0, usize::MAX), Ok, |_| {
                seen += 1;
                Ok(())
            })
            .unwrap_err();
            assert_eq!(e.to_string(), "unreadable");
            // Every item before the unreadable one is out first.
            assert_eq!(seen, 50);

            let e = run(
                (0..100u32).map(Ok),
                workers,
                (|_: &u32| 0, usize::MAX),
                |i| if i == 10 { panic!("boom") } else { Ok(i) },
                |_| Ok(()),
            )
            .unwrap_err();
            assert_eq!(e.to_string(), "worker panicked");

            let e = run(
                (0..100u32).map(Ok),
                workers,
                (|_: &u32| 0, usize::MAX),
                Ok,
                |i| {
                    if i == 7 {
                        Err(io::Error::other("disk full"))
                    } else {
                        Ok(())
                    }
                },
            )
            .unwrap_err();
            assert_eq!(e.to_string(), "disk full");
        }
    }
}
