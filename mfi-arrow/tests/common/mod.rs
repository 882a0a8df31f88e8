//! Arrow values read back into the JSON the contract and the report write.

use arrow_array::cast::AsArray;
use arrow_array::types::{Int32Type, Int64Type, TimestampMicrosecondType};
use arrow_array::Array;
use arrow_schema::DataType;
use mfi_core::contract::{Kind, FIELDS};
use serde_json::{Map, Value};

/// One value of an Arrow array as the contract's JSON writes it.
pub fn json(a: &dyn Array, i: usize) -> Value {
    if a.is_null(i) {
        return Value::Null;
    }
    match a.data_type() {
        DataType::Int32 => a.as_primitive::<Int32Type>().value(i).into(),
        DataType::Int64 => a.as_primitive::<Int64Type>().value(i).into(),
        DataType::Boolean => a.as_boolean().value(i).into(),
        DataType::Utf8 => a.as_string::<i32>().value(i).into(),
        DataType::Timestamp(..) => {
            let us = a.as_primitive::<TimestampMicrosecondType>().value(i);
            assert_eq!(us % 1_000_000, 0, "whole seconds");
            mfi_core::Timestamp::from_unix(us / 1_000_000)
                .to_string()
                .into()
        }
        DataType::List(_) => {
            let l = a.as_list::<i32>().value(i);
            (0..l.len()).map(|j| json(&l, j)).collect()
        }
        DataType::Struct(fields) => {
            let s = a.as_struct();
            let mut m = Map::new();
            for (f, c) in fields.iter().zip(s.columns()) {
                m.insert(f.name().clone(), json(c, i));
            }
            Value::Object(m)
        }
        other => panic!("unexpected type {other}"),
    }
}

pub fn row(rows: &arrow_array::StructArray, i: usize) -> Value {
    let mut m = Map::new();
    for f in FIELDS {
        let c = rows
            .column_by_name(f.name)
            .expect("every field has a column");
        let mut v = json(c, i);
        match (f.kind, &mut v) {
            // Absent when no queue outcome was asked for.
            (Kind::Queue, Value::Null) => continue,
            // An object of the keys the text has.
            (Kind::Attributes, Value::Object(o)) => o.retain(|_, v| !v.is_null()),
            _ => {}
        }
        m.insert(f.name.to_string(), v);
    }
    Value::Object(m)
}
