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

/// `mfi_diagnosis_to_json_fields` is the core's projection for every parity case under
/// every option set (the core holds its projections to the full object's members).
#[test]
fn json_fields_are_the_cores_projection() {
    use mfi_core::contract::Field;
    let list = c"queue, mfi_code,severity,chain";
    let fields = Field::parse_list(list.to_str().unwrap()).unwrap();
    let mut checked = 0;
    for set in mfi_testdata::option_sets() {
        let options = mfi_testdata::options(&set);
        let c_options = c_options(&set);
        for case in mfi_testdata::parity_cases() {
            let mut d = std::ptr::null_mut();
            let r = unsafe {
                mfi_classify_with(case.text.as_ptr(), case.text.len(), c_options, &mut d)
            };
            assert_eq!(r, mfi_result::Ok);
            let mut needed = 0;
            let r = unsafe {
                mfi_diagnosis_to_json_fields(d, list.as_ptr(), std::ptr::null_mut(), 0, &mut needed)
            };
            assert_eq!(r, mfi_result::BufferTooSmall);
            let mut buf = vec![0 as std::ffi::c_char; needed];
            let r = unsafe {
                mfi_diagnosis_to_json_fields(
                    d,
                    list.as_ptr(),
                    buf.as_mut_ptr(),
                    needed,
                    std::ptr::null_mut(),
                )
            };
            assert_eq!(r, mfi_result::Ok);
            let got = unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) };
            let want = mfi_core::classify_bytes(&case.text, &options);
            assert_eq!(
                got.to_str().unwrap(),
                want.as_diagnosis().to_json_fields(&fields),
                "{} ({})",
                case.at,
                set.name
            );
            unsafe { mfi_diagnosis_free(d) };
            checked += 1;
        }
        unsafe { mfi_options_free(c_options) };
    }
    assert!(checked > 500, "only {checked}");
}

/// A C options object set as the parity option set says.
fn c_options(set: &mfi_testdata::OptionSet) -> *mut mfi_options {
    use mfi_core::{ConnectorTarget, Origin, QueueProfile, Severity, Timestamp};
    let o = mfi_options_new();
    let ok = |r: mfi_result| assert_eq!(r, mfi_result::Ok, "{}", set.name);
    let time = |t: &Option<String>| t.as_deref().unwrap().parse::<Timestamp>().unwrap().unix();
    unsafe {
        if let Some(c) = &set.connector {
            let c = ConnectorTarget::from_name(c).unwrap().index() as u32;
            ok(mfi_options_set_connector(o, c));
        }
        if let Some(p) = &set.profile {
            let p = QueueProfile::from_name(p).unwrap().index() as u32;
            ok(mfi_options_set_queue(
                o,
                p,
                time(&set.first_attempt),
                time(&set.now),
            ));
        }
        if let Some(n) = set.max_len {
            ok(mfi_options_set_max_len(o, n));
        }
        if let Some(origin) = &set.origin {
            let origin = Origin::from_name(origin).unwrap().index() as u32;
            ok(mfi_options_set_origin(o, origin));
        }
        if let Some(l) = &set.locale {
            let l = std::ffi::CString::new(l.as_str()).unwrap();
            ok(mfi_options_set_locale(o, l.as_ptr()));
        }
        if let Some(s) = &set.stated {
            let s = Severity::from_name(s).unwrap().index() as u32;
            ok(mfi_options_set_stated_severity(o, s));
        }
    }
    o
}
