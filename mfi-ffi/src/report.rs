//! Whole messages: `mfi_report_read` reads a bounce, delay notice, NDR, auto-reply or
//! feedback report into an `mfi_report` with one entry per recipient; each recipient's
//! diagnosis is an `mfi_diagnosis` that the diagnosis accessors read.

use std::ffi::{c_char, CString};
use std::ptr;
use std::sync::OnceLock;

use mfi_core::contract::Vocabulary;
use mfi_core::{Action, ReportKind, Timestamp};
use mfi_mail::{ReadOptions, Recipient, Report};

use crate::{
    copy_out, guard, input, mfi_diagnosis, mfi_enhanced_status, mfi_options, mfi_result, mfi_str,
    name_of, put, ToC, R,
};

/// A report read from a message (opaque). Made by `mfi_report_read`, freed by
/// `mfi_report_free`.
pub struct mfi_report {
    inner: Report,
    /// One diagnosis per recipient, in order (owned by the report).
    diagnoses: Vec<mfi_diagnosis>,
    json: OnceLock<CString>,
}

/// Reads one message (`len` bytes at `bytes`: as stored, any line ends, MIME encodings and
/// charsets, with or without an mbox `From ` line) into a new report in `*out`; the caller
/// frees it with `mfi_report_free`. Input that is not a report gives a report of kind
/// `MFI_REPORT_KIND_NOT_A_REPORT`, not an error.
///
/// `options` (NULL: the defaults) gives the connector target and the most bytes of one
/// failure text that are classified; a queue set with `mfi_options_set_queue` judges every
/// recipient's queue at those times, and a profile set with `mfi_options_set_queue_profile`
/// judges it from the message's own dates (`Arrival-Date`, `Last-Attempt-Date`,
/// `Will-Retry-Until`). At most 32 MiB of the message are read.
///
/// Returns `MFI_RESULT_OK`, or `MFI_RESULT_NULL_ARGUMENT` (`out` NULL, or `bytes` NULL with
/// `len > 0`), or `MFI_RESULT_INVALID_ARGUMENT` (`len` above `PTRDIFF_MAX`). On error
/// `*out` is set to NULL (when `out` is not NULL).
///
/// # Safety
/// `bytes` must point at `len` readable bytes; `options` NULL or a live options object that
/// no other thread changes during the call; `out` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_read(
    bytes: *const u8,
    len: usize,
    options: *const mfi_options,
    out: *mut *mut mfi_report,
) -> mfi_result {
    guard(R::Panic, || {
        if out.is_null() {
            return R::NullArgument;
        }
        // SAFETY: `out` is not NULL and the caller promises it is writable.
        unsafe { *out = ptr::null_mut() };
        // SAFETY: forwarded from the caller.
        let bytes = match unsafe { input(bytes, len) } {
            Ok(b) => b,
            Err(e) => return e,
        };
        // SAFETY: NULL or a live mfi_options, as the caller promises.
        let opts = unsafe { options.as_ref() }.map_or_else(ReadOptions::default, read_options);
        let inner = mfi_mail::read_message(bytes, &opts);
        let diagnoses = inner
            .recipients
            .iter()
            .map(|r| mfi_diagnosis::new(r.diagnosis.clone()))
            .collect();
        let boxed = Box::new(mfi_report {
            inner,
            diagnoses,
            json: OnceLock::new(),
        });
        // SAFETY: checked above.
        unsafe { *out = Box::into_raw(boxed) };
        R::Ok
    })
}

/// The reader's options from a classification options object.
fn read_options(o: &mfi_options) -> ReadOptions {
    let mut r = ReadOptions::default()
        .connector(o.inner.connector)
        .max_len(o.inner.max_len);
    if let Some(q) = o.inner.queue {
        r = r
            .profile(q.profile)
            .first_attempt(q.first_attempt)
            .now(q.now);
    } else if let Some(p) = o.report_profile {
        r = r.profile(p);
    }
    r
}

/// Frees a report (and the diagnoses of its recipients). NULL is a no-op.
///
/// # Safety
/// `r` must be NULL or a report from `mfi_report_read` not freed before, and no other
/// thread may be using it (or any of its recipients' diagnoses).
#[no_mangle]
pub unsafe extern "C" fn mfi_report_free(r: *mut mfi_report) {
    guard((), || {
        if !r.is_null() {
            // SAFETY: the caller hands back ownership of a Box made by mfi_report_read.
            drop(unsafe { Box::from_raw(r) });
        }
    })
}

/// Writes the report as the JSON object `mfi bounce --json` prints for the same message
/// (without its `source` key), NUL-terminated, into `buf` of `cap` bytes; as
/// `mfi_diagnosis_to_json` does (ask with `cap == 0` first for the size).
///
/// # Safety
/// `r` must be NULL or a live report; `buf` writable for `cap` bytes or NULL; `needed` NULL
/// or writable.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_to_json(
    r: *const mfi_report,
    buf: *mut c_char,
    cap: usize,
    needed: *mut usize,
) -> mfi_result {
    guard(R::Panic, || {
        // SAFETY: NULL or live, as the caller promises.
        let Some(r) = (unsafe { r.as_ref() }) else {
            return R::NullArgument;
        };
        let json = r
            .json
            .get_or_init(|| CString::new(r.inner.to_json()).expect("JSON has no NUL byte"));
        // SAFETY: forwarded from the caller.
        unsafe { copy_out(json.as_bytes(), buf, cap, needed) }
    })
}

/// Runs `f` on a live report, or gives `fallback` (NULL, or a panic).
fn with_report<T>(r: *const mfi_report, fallback: T, f: impl FnOnce(&mfi_report) -> T) -> T {
    // SAFETY: the accessors' contract: NULL or a live report.
    guard(None, || unsafe { r.as_ref() }.map(f)).unwrap_or(fallback)
}

/// Runs `f` on recipient `i` of a live report, or gives `fallback`.
fn with_recipient<T>(
    r: *const mfi_report,
    i: usize,
    fallback: T,
    f: impl FnOnce(&Recipient) -> T,
) -> T {
    guard(None, || {
        // SAFETY: the accessors' contract: NULL or a live report.
        unsafe { r.as_ref() }
            .and_then(|r| r.inner.recipients.get(i))
            .map(f)
    })
    .unwrap_or(fallback)
}

fn opt_str(s: Option<&str>) -> mfi_str {
    mfi_str::of(s.unwrap_or(""))
}

fn put_time(out: *mut i64, t: Option<Timestamp>) -> bool {
    put(out, t.map(|t| t.unix()))
}

/// What kind of message the report is (an `mfi_report_kind` value);
/// `MFI_REPORT_KIND_NOT_A_REPORT` when `r` is NULL.
///
/// # Safety
/// `r` must be NULL or a live report.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_message_kind(r: *const mfi_report) -> ReportKind {
    with_report(r, ReportKind::NotAReport, |r| r.inner.kind)
}

/// `Reporting-MTA`, or the host the report says it comes from; empty when unknown. A view
/// into the report (valid until it is freed).
///
/// # Safety
/// `r` must be NULL or a live report.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_reporting_mta(r: *const mfi_report) -> mfi_str {
    with_report(r, mfi_str::of(""), |r| {
        opt_str(r.inner.reporting_mta.as_deref())
    })
}

/// `Arrival-Date` in seconds since the Unix epoch, through `out`; false when the report has
/// none (or a pointer is NULL).
///
/// # Safety
/// `r` must be NULL or a live report; `out` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_arrival_date(r: *const mfi_report, out: *mut i64) -> bool {
    with_report(r, false, |r| put_time(out, r.inner.arrival_date))
}

/// The returned original's `Message-ID` (without angle brackets); empty when unknown.
///
/// # Safety
/// `r` must be NULL or a live report.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_original_message_id(r: *const mfi_report) -> mfi_str {
    with_report(r, mfi_str::of(""), |r| {
        opt_str(r.inner.original.message_id.as_deref())
    })
}

/// The returned original's `From` address; empty when unknown.
///
/// # Safety
/// `r` must be NULL or a live report.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_original_from(r: *const mfi_report) -> mfi_str {
    with_report(r, mfi_str::of(""), |r| {
        opt_str(r.inner.original.from.as_deref())
    })
}

/// The returned original's `To` addresses, comma-separated; empty when unknown.
///
/// # Safety
/// `r` must be NULL or a live report.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_original_to(r: *const mfi_report) -> mfi_str {
    with_report(r, mfi_str::of(""), |r| {
        opt_str(r.inner.original.to.as_deref())
    })
}

/// The returned original's `Subject` (decoded); empty when unknown.
///
/// # Safety
/// `r` must be NULL or a live report.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_original_subject(r: *const mfi_report) -> mfi_str {
    with_report(r, mfi_str::of(""), |r| {
        opt_str(r.inner.original.subject.as_deref())
    })
}

/// The returned original's `Date` in seconds since the Unix epoch, through `out`; false
/// when unknown.
///
/// # Safety
/// `r` must be NULL or a live report; `out` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_original_date(r: *const mfi_report, out: *mut i64) -> bool {
    with_report(r, false, |r| put_time(out, r.inner.original.date))
}

/// How many recipients the report lists (0 when `r` is NULL).
///
/// # Safety
/// `r` must be NULL or a live report.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_recipient_count(r: *const mfi_report) -> usize {
    with_report(r, 0, |r| r.inner.recipients.len())
}

/// The address of recipient `i` (`Final-Recipient`, or the address the error text names);
/// empty when `i` is out of range.
///
/// # Safety
/// `r` must be NULL or a live report.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_recipient(r: *const mfi_report, i: usize) -> mfi_str {
    with_recipient(r, i, mfi_str::of(""), |x| mfi_str::of(&x.recipient))
}

/// `Original-Recipient` of recipient `i`; empty when the report gives none.
///
/// # Safety
/// `r` must be NULL or a live report.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_original_recipient(r: *const mfi_report, i: usize) -> mfi_str {
    with_recipient(r, i, mfi_str::of(""), |x| {
        opt_str(x.original_recipient.as_deref())
    })
}

/// What the reporting system did for recipient `i` (an `mfi_action` value) through `out`;
/// false when the report does not say.
///
/// # Safety
/// `r` must be NULL or a live report; `out` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_recipient_action(
    r: *const mfi_report,
    i: usize,
    out: *mut Action,
) -> bool {
    with_recipient(r, i, false, |x| put(out, x.action))
}

/// The enhanced status judged right for recipient `i` (the diagnostic text's own specific
/// code, else the `Status` field) through `out`; false when there is none.
///
/// # Safety
/// `r` must be NULL or a live report; `out` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_recipient_status(
    r: *const mfi_report,
    i: usize,
    out: *mut mfi_enhanced_status,
) -> bool {
    with_recipient(r, i, false, |x| put(out, x.status.map(|s| s.to_c())))
}

/// The `Status` field of recipient `i` as the report gives it, through `out`; false when
/// there is none.
///
/// # Safety
/// `r` must be NULL or a live report; `out` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_recipient_reported_status(
    r: *const mfi_report,
    i: usize,
    out: *mut mfi_enhanced_status,
) -> bool {
    with_recipient(r, i, false, |x| {
        put(out, x.reported_status.map(|s| s.to_c()))
    })
}

/// `Remote-MTA` of recipient `i`, or the host its error text names; empty when unknown.
///
/// # Safety
/// `r` must be NULL or a live report.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_recipient_remote_mta(
    r: *const mfi_report,
    i: usize,
) -> mfi_str {
    with_recipient(r, i, mfi_str::of(""), |x| opt_str(x.remote_mta.as_deref()))
}

/// The failure text of recipient `i` (`Diagnostic-Code`, or the report's words about it);
/// empty when there is none.
///
/// # Safety
/// `r` must be NULL or a live report.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_recipient_diagnostic_code(
    r: *const mfi_report,
    i: usize,
) -> mfi_str {
    with_recipient(r, i, mfi_str::of(""), |x| {
        opt_str(x.diagnostic_code.as_deref())
    })
}

/// `Last-Attempt-Date` of recipient `i` in seconds since the Unix epoch; false when none.
///
/// # Safety
/// `r` must be NULL or a live report; `out` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_recipient_last_attempt(
    r: *const mfi_report,
    i: usize,
    out: *mut i64,
) -> bool {
    with_recipient(r, i, false, |x| put_time(out, x.last_attempt))
}

/// `Will-Retry-Until` of recipient `i` (when the queue gives up) in seconds since the Unix
/// epoch; false when none.
///
/// # Safety
/// `r` must be NULL or a live report; `out` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_recipient_will_retry_until(
    r: *const mfi_report,
    i: usize,
    out: *mut i64,
) -> bool {
    with_recipient(r, i, false, |x| put_time(out, x.will_retry_until))
}

/// Whether retrying recipient `i` is pointless (it does not exist, its domain does not, it
/// moved, or its system accepts no mail); false when `i` is out of range.
///
/// # Safety
/// `r` must be NULL or a live report.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_recipient_hardbounce(r: *const mfi_report, i: usize) -> bool {
    with_recipient(r, i, false, |x| x.hardbounce)
}

/// The diagnosis of recipient `i`'s failure, read with the `mfi_diagnosis_*` accessors.
/// It belongs to the report (valid until `mfi_report_free`; never pass it to
/// `mfi_diagnosis_free`). NULL when `r` is NULL or `i` is out of range.
///
/// # Safety
/// `r` must be NULL or a live report.
#[no_mangle]
pub unsafe extern "C" fn mfi_report_recipient_diagnosis(
    r: *const mfi_report,
    i: usize,
) -> *const mfi_diagnosis {
    guard(ptr::null(), || {
        // SAFETY: the accessors' contract: NULL or a live report.
        unsafe { r.as_ref() }
            .and_then(|r| r.diagnoses.get(i))
            .map_or(ptr::null(), |d| d as *const mfi_diagnosis)
    })
}

/// The name of an `mfi_report_kind` value (`"bounce"`; static, NUL-terminated), or NULL
/// when out of range.
#[no_mangle]
pub extern "C" fn mfi_report_kind_name(value: u32) -> *const c_char {
    name_of(Vocabulary::ReportKind, value)
}

/// The name of an `mfi_action` value (`"failed"`; static, NUL-terminated), or NULL when
/// out of range.
#[no_mangle]
pub extern "C" fn mfi_action_name(value: u32) -> *const c_char {
    name_of(Vocabulary::Action, value)
}
