// The sections of the locale files, in the order of `Section` (its discriminant is the index):
// the TOML table, and for the code tables the key inside each code's entry.
//
// Read twice: by `src/knowledge/locale.rs`, and by `build.rs`, which compiles the locale files.
const SECTIONS: [(&str, Option<&str>); 16] = [
    ("mfi", Some("title")),
    ("mfi", Some("meaning")),
    ("code", Some("title")),
    ("code", Some("meaning")),
    ("iana", Some("title")),
    ("iana", Some("meaning")),
    ("cause", None),
    ("remediation", None),
    ("actor", None),
    ("severity", None),
    ("match", None),
    ("queue_state", None),
    ("origin", None),
    ("kind", None),
    ("action", None),
    ("label", None),
];
