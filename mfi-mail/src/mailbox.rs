//! Many messages: mbox files, Maildir folders, folders of `.eml` files, read one message at
//! a time (an mbox streams: memory holds one message, however large the file).

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Where a message came from: a file, or the `n`th message (1-based) of an mbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The file (`-` for standard input).
    pub path: PathBuf,
    /// The message's number within an mbox, if the file is one.
    pub index: Option<usize>,
}

impl std::fmt::Display for Source {
    /// `path`, or `path#N` for the Nth message of an mbox.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.index {
            Some(n) => write!(f, "{}#{n}", self.path.display()),
            None => write!(f, "{}", self.path.display()),
        }
    }
}

/// An error reading a mailbox: which file, and the I/O error.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct MailboxError {
    /// The file or folder.
    pub path: PathBuf,
    /// What went wrong.
    #[source]
    pub source: io::Error,
}

/// The messages of some paths, in order: each file is a message or an mbox (it starts with
/// `From `); each folder is read recursively in name order (a Maildir's `cur` and `new`, or
/// any folder of message files); `-` is standard input.
///
/// ```no_run
/// for item in mfi_mail::Mailbox::new(["bounces/"], 32 << 20) {
///     let (source, bytes) = item.expect("readable");
///     let report = mfi_mail::read_message(&bytes, &Default::default());
///     println!("{source}: {:?}", report.kind);
/// }
/// ```
pub struct Mailbox {
    pending: Vec<PathBuf>,
    current: Option<(PathBuf, Reader)>,
    max_len: usize,
}

enum Reader {
    Mbox(Box<dyn BufRead>, usize, Option<Vec<u8>>),
}

impl Mailbox {
    /// Reads `paths`, each message up to `max_len` bytes.
    pub fn new<I, P>(paths: I, max_len: usize) -> Self
    where
        I: IntoIterator<Item = P>,
        P: AsRef<Path>,
    {
        let mut pending: Vec<PathBuf> = paths
            .into_iter()
            .map(|p| p.as_ref().to_path_buf())
            .collect();
        pending.reverse();
        Mailbox {
            pending,
            current: None,
            max_len,
        }
    }

    fn open(&mut self, path: PathBuf) -> Result<Option<(Source, Vec<u8>)>, MailboxError> {
        let err = |source: io::Error| MailboxError {
            path: path.clone(),
            source,
        };
        if path.as_os_str() == "-" {
            let stdin: Box<dyn BufRead> = Box::new(BufReader::with_capacity(1 << 16, io::stdin()));
            let p = path.clone();
            return self.start(p, stdin).map_err(err);
        }
        let meta = std::fs::metadata(&path).map_err(err)?;
        if meta.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(&path)
                .map_err(err)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    // Maildir's tmp holds messages being written; dot files are not mail.
                    let name = p
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    !name.starts_with('.') && name != "tmp"
                })
                .collect();
            entries.sort();
            entries.reverse();
            self.pending.extend(entries);
            return Ok(None);
        }
        let file: Box<dyn BufRead> = Box::new(BufReader::with_capacity(
            1 << 16,
            File::open(&path).map_err(err)?,
        ));
        let p = path.clone();
        self.start(p, file).map_err(err)
    }

    /// Starts reading a file: an mbox yields its messages one by one; any other file is
    /// one message.
    fn start(
        &mut self,
        path: PathBuf,
        mut input: Box<dyn BufRead>,
    ) -> io::Result<Option<(Source, Vec<u8>)>> {
        let head = input.fill_buf()?;
        if head.starts_with(b"From ") {
            self.current = Some((path, Reader::Mbox(input, 0, None)));
            return Ok(None);
        }
        let mut bytes = Vec::new();
        input.take(self.max_len as u64).read_to_end(&mut bytes)?;
        // The rest of a longer file is not read.
        Ok(Some((Source { path, index: None }, bytes)))
    }

    /// The next message of the current mbox.
    fn next_in_mbox(&mut self) -> Option<Result<(Source, Vec<u8>), MailboxError>> {
        let (path, Reader::Mbox(input, n, carried)) = self.current.as_mut()?;
        let mut message: Vec<u8> = carried.take().unwrap_or_default();
        let mut line = Vec::new();
        let mut blank_before = true;
        loop {
            line.clear();
            match input.read_until(b'\n', &mut line) {
                Err(e) => {
                    let path = path.clone();
                    self.current = None;
                    return Some(Err(MailboxError { path, source: e }));
                }
                Ok(0) => {
                    let path = path.clone();
                    let index = *n + 1;
                    self.current = None;
                    return (!message.is_empty()).then_some(Ok((
                        Source {
                            path,
                            index: Some(index),
                        },
                        message,
                    )));
                }
                Ok(_) => {}
            }
            let starts = line.starts_with(b"From ") && (blank_before || message.is_empty());
            if starts && !message.is_empty() {
                *n += 1;
                let index = *n;
                *carried = Some(line.clone());
                return Some(Ok((
                    Source {
                        path: path.clone(),
                        index: Some(index),
                    },
                    message,
                )));
            }
            blank_before = line.iter().all(|b| matches!(b, b'\r' | b'\n'));
            // mboxrd: '>From ' lines lose one '>'.
            let unquoted = if line.starts_with(b">")
                && line
                    .iter()
                    .skip_while(|b| **b == b'>')
                    .take(5)
                    .eq(b"From ".iter())
            {
                &line[1..]
            } else {
                &line[..]
            };
            if message.len() + unquoted.len() <= self.max_len {
                message.extend_from_slice(unquoted);
            }
        }
    }
}

impl Iterator for Mailbox {
    type Item = Result<(Source, Vec<u8>), MailboxError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.current.is_some() {
                if let Some(item) = self.next_in_mbox() {
                    return Some(item);
                }
                continue;
            }
            let path = self.pending.pop()?;
            match self.open(path) {
                Ok(Some(item)) => return Some(Ok(item)),
                Ok(None) => continue,
                Err(e) => return Some(Err(e)),
            }
        }
    }
}
