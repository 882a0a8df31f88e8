//! The ABI's fixed numbers, and the C functions called from Rust (the rlib form).

use mfi::*;

#[test]
fn result_numbers_are_fixed_forever() {
    assert_eq!(mfi_result::Ok as u32, 0);
    assert_eq!(mfi_result::BufferTooSmall as u32, 1);
    assert_eq!(mfi_result::NullArgument as u32, 2);
    assert_eq!(mfi_result::Panic as u32, 3);
    assert_eq!(mfi_result::InvalidArgument as u32, 4);
    assert_eq!(mfi_result::NotFound as u32, 5);
    assert_eq!(mfi_result::UnknownName as u32, 6);
    assert_eq!(mfi_result::ParseError as u32, 7);
}

#[test]
fn enum_values_are_the_core_positions() {
    // C sees each core enum as its declaration position; new variants go at the end.
    for c in mfi_core::Cause::all() {
        let name = unsafe { std::ffi::CStr::from_ptr(mfi_cause_name(c.index() as u32)) };
        assert_eq!(name.to_str().unwrap(), c.name());
    }
    assert!(mfi_cause_name(mfi_core::Cause::all().count() as u32).is_null());
}

#[test]
fn classify_and_json_round_trip_from_rust() {
    let text = b"450 4.4.316 Connection refused";
    let mut d = std::ptr::null_mut();
    assert_eq!(
        unsafe { mfi_classify(text.as_ptr(), text.len(), &mut d) },
        mfi_result::Ok
    );
    let mut needed = 0;
    let r = unsafe { mfi_diagnosis_to_json(d, std::ptr::null_mut(), 0, &mut needed) };
    assert_eq!(r, mfi_result::BufferTooSmall);
    let mut buf = vec![0 as std::ffi::c_char; needed];
    let r = unsafe { mfi_diagnosis_to_json(d, buf.as_mut_ptr(), buf.len(), &mut needed) };
    assert_eq!(r, mfi_result::Ok);
    let json = unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }
        .to_str()
        .unwrap();
    let want = mfi_core::classify("450 4.4.316 Connection refused").to_json();
    assert_eq!(json, want);
    unsafe { mfi_diagnosis_free(d) };
}
