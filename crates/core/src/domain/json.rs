//! Reading the domain's types from parsed JSON, by hand.
//!
//! Files, storage and content are parsed once into a [`serde_json::Value`]; this module turns
//! that value into domain types. It replaces serde's derived `Deserialize`, which generated
//! about 100 KB of wasm (one visitor per type and per container), for a few small functions.
//! The rules are serde's: unknown fields are ignored, a field read with [`opt`] may be absent
//! (serde's `#[serde(default)]`), `null` is only accepted for an `Option`, numbers must fit
//! their type exactly, and enums are their kebab-case names. Writing still uses serde's derived
//! `Serialize`, which is small.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// Where a value did not fit: a path like `samenwerking.partners[2].kind`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub path: String,
}

impl JsonError {
    fn here() -> JsonError {
        JsonError {
            path: String::new(),
        }
    }

    /// The same error one level further out (inside field `name`).
    fn inside(mut self, name: &str) -> JsonError {
        self.path = if self.path.is_empty() || self.path.starts_with('[') {
            format!("{name}{}", self.path)
        } else {
            format!("{name}.{}", self.path)
        };
        self
    }
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "missing or unexpected value at `{}`", self.path)
    }
}

pub type Obj = Map<String, Value>;

/// A type that can be read from a JSON value.
pub trait FromJson: Sized {
    fn from_json(v: &Value) -> Result<Self, JsonError>;
}

/// Reads `T` from the text of a JSON value (used by tests and content).
pub fn from_value<T: FromJson>(v: &Value) -> Result<T, JsonError> {
    T::from_json(v)
}

pub fn object(v: &Value) -> Result<&Obj, JsonError> {
    v.as_object().ok_or_else(JsonError::here)
}

/// A field that must be there.
pub fn req<T: FromJson>(o: &Obj, name: &str) -> Result<T, JsonError> {
    match o.get(name) {
        Some(v) => T::from_json(v).map_err(|e| e.inside(name)),
        None => Err(JsonError::here().inside(name)),
    }
}

/// A field that may be left out (its default then).
pub fn opt<T: FromJson + Default>(o: &Obj, name: &str) -> Result<T, JsonError> {
    match o.get(name) {
        Some(v) => T::from_json(v).map_err(|e| e.inside(name)),
        None => Ok(T::default()),
    }
}

/// An enum written as its kebab-case name; `from_id` knows the names.
pub fn named<T>(v: &Value, from_id: impl Fn(&str) -> Option<T>) -> Result<T, JsonError> {
    v.as_str().and_then(from_id).ok_or_else(JsonError::here)
}

impl FromJson for String {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        v.as_str().map(str::to_string).ok_or_else(JsonError::here)
    }
}

impl FromJson for bool {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        v.as_bool().ok_or_else(JsonError::here)
    }
}

impl FromJson for u64 {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        v.as_u64().ok_or_else(JsonError::here)
    }
}

impl FromJson for u32 {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        u64::from_json(v)?.try_into().map_err(|_| JsonError::here())
    }
}

impl FromJson for u8 {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        u64::from_json(v)?.try_into().map_err(|_| JsonError::here())
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        if v.is_null() {
            Ok(None)
        } else {
            T::from_json(v).map(Some)
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let list = v.as_array().ok_or_else(JsonError::here)?;
        let mut out = Vec::with_capacity(list.len());
        for (i, item) in list.iter().enumerate() {
            out.push(T::from_json(item).map_err(|e| e.inside(&format!("[{i}]")))?);
        }
        Ok(out)
    }
}

impl<const N: usize> FromJson for [u32; N] {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let list: Vec<u32> = Vec::from_json(v)?;
        list.try_into().map_err(|_| JsonError::here())
    }
}

/// A map key: a string, or an enum written as its name.
pub trait FromKey: Sized + Ord {
    fn from_key(key: &str) -> Option<Self>;
}

impl FromKey for String {
    fn from_key(key: &str) -> Option<Self> {
        Some(key.to_string())
    }
}

impl<K: FromKey, V: FromJson> FromJson for BTreeMap<K, V> {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let mut out = BTreeMap::new();
        for (key, value) in object(v)? {
            let k = K::from_key(key).ok_or_else(|| JsonError::here().inside(key))?;
            out.insert(k, V::from_json(value).map_err(|e| e.inside(key))?);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_must_fit_their_type() {
        assert_eq!(u8::from_json(&json!(5)), Ok(5));
        assert!(u8::from_json(&json!(256)).is_err());
        assert!(u8::from_json(&json!(-1)).is_err());
        assert!(u8::from_json(&json!(2.5)).is_err());
        assert!(u32::from_json(&json!(4_294_967_296u64)).is_err());
        assert!(u64::from_json(&json!("5")).is_err());
    }

    #[test]
    fn null_is_only_an_option() {
        assert_eq!(Option::<String>::from_json(&json!(null)), Ok(None));
        assert!(String::from_json(&json!(null)).is_err());
        let o = json!({"a": null});
        let o = object(&o).unwrap();
        assert!(opt::<String>(o, "a").is_err());
        assert_eq!(opt::<String>(o, "b"), Ok(String::new()));
        assert_eq!(opt::<Option<String>>(o, "a"), Ok(None));
    }

    #[test]
    fn errors_say_where() {
        let v = json!({"list": [1, 2, "x"]});
        let e = req::<Vec<u32>>(object(&v).unwrap(), "list").unwrap_err();
        assert_eq!(e.path, "list[2]");
        let v = json!({"a": {"b": {}}});
        let e = req::<BTreeMap<String, BTreeMap<String, u32>>>(object(&v).unwrap(), "a");
        assert_eq!(e, Ok(BTreeMap::from([("b".into(), BTreeMap::new())])));
        let v = json!({});
        assert_eq!(req::<u32>(object(&v).unwrap(), "x").unwrap_err().path, "x");
        assert_eq!(<[u32; 2]>::from_json(&json!([1, 2])), Ok([1, 2]));
        assert!(<[u32; 2]>::from_json(&json!([1, 2, 3])).is_err());
    }
}
