//! How the domain's types are written to and read from JSON (files, storage, content), with
//! serde's derives and three small additions:
//!
//! * [`read`] turns a parsed [`Value`] into a type and, when that fails, says exactly where:
//!   `samenwerking.partners[2].kind` (with `serde_path_to_error`).
//! * [`objects!`] makes a struct readable from a JSON object only. serde's derive also reads a
//!   struct from an array of its field values (`"checks": []` would be all defaults); that form
//!   is not part of any format of this app, so it is refused.
//! * [`named_enum!`] declares an enum with the name of each variant written once; the names
//!   are what files hold, what `id()` returns and what serde writes and reads.
//!
//! The rules everything is read by are serde's: unknown fields are ignored, a field marked
//! `#[serde(default)]` may be left out, `null` is only accepted for an `Option`, numbers must
//! fit their type exactly (no `1.0` or `-1` for an unsigned integer, no `256` for a `u8`), and
//! enums are their names (kebab-case).

use serde::de::{DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde_json::Value;
use std::fmt;

/// Reads `T` from a parsed JSON value. The error is the exact place that did not fit, like
/// `samenwerking.partners[2].kind`: the value there, or the field missing there.
pub fn read<T: DeserializeOwned>(value: &Value) -> Result<T, String> {
    serde_path_to_error::deserialize(value).map_err(|e| place(&e))
}

/// A place is shown to the user; a map key in it comes from the file and may be long.
pub const MAX_PLACE_CHARS: usize = 200;

/// The place of an error. serde reports a missing field at the object that lacks it, with the
/// message "missing field `kind`" (serde's `de::Error::missing_field`, which serde_json keeps),
/// so the field's name is added to that object's path. The whole value is `.`.
fn place(e: &serde_path_to_error::Error<serde_json::Error>) -> String {
    let path = e.path().to_string();
    let message = e.inner().to_string();
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'));
    let place = match missing {
        Some(field) if path == "." => field.to_string(),
        Some(field) => format!("{path}.{field}"),
        None => path,
    };
    if place.chars().count() > MAX_PLACE_CHARS {
        let mut short: String = place.chars().take(MAX_PLACE_CHARS).collect();
        short.push('…');
        short
    } else {
        place
    }
}

/// A deserializer that reads a struct only from a map (a JSON object): the struct's derived
/// visitor is handed over in a [`MapVisitor`], which has no `visit_seq`, so serde's array form
/// is refused with "invalid type: sequence, expected an object". Everything else (and what is
/// inside the object) goes to the wrapped deserializer unchanged.
pub struct ObjectOnly<D>(pub D);

/// See [`ObjectOnly`].
pub struct MapVisitor<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for MapVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(map)
    }
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ObjectOnly<D> {
    type Error = D::Error;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_struct(name, fields, MapVisitor(visitor))
    }

    // A derived struct only ever asks for `deserialize_struct`; the rest passes through.
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

/// Implements serde's `Deserialize` (and `Serialize`, unless `read only:`) for structs that
/// derive them with `#[serde(remote = "Self")]`: the derive then writes its code as inherent
/// functions `T::deserialize` / `T::serialize`, and the trait impls here call them, reading
/// through [`ObjectOnly`] so the struct is read from a JSON object only. A struct that uses
/// `remote = "Self"` but is not listed here has no `Deserialize`, which is a compile error
/// wherever it is read; `crates/core/tests/file_format/` checks that every object of a file refuses the
/// array form.
macro_rules! objects {
    (read only: $($t:ty),+ $(,)?) => {$(
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                <$t>::deserialize($crate::domain::wire::ObjectOnly(d))
            }
        }
    )+};
    ($($t:ty),+ $(,)?) => {$(
        $crate::domain::wire::objects!(read only: $t);
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                <$t>::serialize(self, s)
            }
        }
    )+};
}
pub(crate) use objects;

/// Declares a fieldless enum whose variants are written as the names given here, once:
///
/// ```ignore
/// named_enum! {
///     #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
///     pub enum Vorm { Bob = "bob", Barb = "barb" }
/// }
/// ```
///
/// It adds `ALL` (every variant, in declaration order), `id()` (the name), `from_id()`, and
/// serde's `Serialize`/`Deserialize` by those names (also as map keys). An unknown name is
/// serde's "unknown variant" error.
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($id),+].len()] = [$($name::$variant),+];

            /// The name used in files and in the content data.
            pub fn id(self) -> &'static str {
                match self {
                    $( $name::$variant => $id, )+
                }
            }

            pub fn from_id(id: &str) -> Option<$name> {
                match id {
                    $( $id => Some($name::$variant), )+
                    _ => None,
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Names;
                impl<'de> serde::de::Visitor<'de> for Names {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("one of" $(, " `", $id, "`")+))
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        $name::from_id(v).ok_or_else(|| E::unknown_variant(v, &[$($id),+]))
                    }
                }
                d.deserialize_str(Names)
            }
        }
    };
}
pub(crate) use named_enum;

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};
    use serde_json::json;
    use std::collections::BTreeMap;

    named_enum! {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
        enum Kleur {
            Rood = "rood",
            DonkerBlauw = "donker-blauw",
        }
    }

    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(remote = "Self")]
    struct Binnen {
        #[serde(default)]
        klein: Option<u8>,
        #[serde(default)]
        tekst: String,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(remote = "Self")]
    struct Buiten {
        id: String,
        #[serde(default)]
        binnen: Binnen,
        #[serde(default)]
        lijst: Vec<Binnen>,
        #[serde(default)]
        per_kleur: BTreeMap<Kleur, u32>,
        #[serde(default)]
        rij: Option<[u32; 2]>,
    }

    objects!(Binnen, Buiten);

    fn refused(value: Value) -> String {
        read::<Buiten>(&value).expect_err("refused")
    }

    #[test]
    fn enum_names_are_written_once_and_read_back() {
        assert_eq!(Kleur::ALL, [Kleur::Rood, Kleur::DonkerBlauw]);
        assert_eq!(Kleur::DonkerBlauw.id(), "donker-blauw");
        assert_eq!(Kleur::from_id("rood"), Some(Kleur::Rood));
        assert_eq!(Kleur::from_id("Rood"), None);
        assert_eq!(json!(Kleur::DonkerBlauw), json!("donker-blauw"));
        assert_eq!(
            read::<Kleur>(&json!("donker-blauw")),
            Ok(Kleur::DonkerBlauw)
        );
        assert_eq!(read::<Kleur>(&json!("DonkerBlauw")), Err(".".to_string()));
        assert_eq!(read::<Kleur>(&json!(0)), Err(".".to_string()));
        // As map keys too.
        let map = BTreeMap::from([(Kleur::Rood, 1u32)]);
        assert_eq!(json!(map), json!({"rood": 1}));
        assert_eq!(read::<BTreeMap<Kleur, u32>>(&json!({"rood": 1})), Ok(map));
    }

    #[test]
    fn objects_are_read_with_serde_s_rules() {
        let full = json!({"id": "a", "binnen": {"klein": 5, "tekst": "x"}, "onbekend": [1],
            "lijst": [{}], "per_kleur": {"rood": 3}, "rij": [1, 2]});
        let read_back: Buiten = read(&full).unwrap();
        assert_eq!(read_back.binnen.klein, Some(5));
        assert_eq!(read_back.lijst, [Binnen::default()]);
        assert_eq!(read_back.rij, Some([1, 2]));
        // Written as the same object, without the unknown field.
        let mut expected = full.clone();
        expected.as_object_mut().unwrap().remove("onbekend");
        expected["lijst"] = json!([{"klein": null, "tekst": ""}]);
        assert_eq!(serde_json::to_value(&read_back).unwrap(), expected);
        // Fields with a default may be left out; `null` is a value only for an `Option`.
        let minimal: Buiten = read(&json!({"id": "a", "binnen": {"klein": null}})).unwrap();
        assert_eq!(minimal.binnen, Binnen::default());
        assert!(minimal.lijst.is_empty() && minimal.rij.is_none());
        assert_eq!(
            refused(json!({"id": "a", "binnen": {"tekst": null}})),
            "binnen.tekst"
        );
        assert_eq!(refused(json!({"id": "a", "lijst": null})), "lijst");
        assert_eq!(refused(json!({"id": null})), "id");
    }

    #[test]
    fn numbers_must_fit_their_type_exactly() {
        for bad in [
            json!(256),
            json!(-1),
            json!(2.5),
            json!(1.0),
            json!("5"),
            json!(true),
        ] {
            let value = json!({"id": "a", "binnen": {"klein": bad}});
            assert_eq!(refused(value), "binnen.klein", "{bad}");
        }
        assert_eq!(refused(json!({"id": "a", "rij": [1, 2, 3]})), "rij");
        assert_eq!(refused(json!({"id": "a", "rij": [1]})), "rij");
        assert_eq!(refused(json!({"id": "a", "rij": [1, -2]})), "rij[1]");
    }

    #[test]
    fn a_struct_is_never_read_from_an_array() {
        assert_eq!(refused(json!({"id": "a", "binnen": []})), "binnen");
        assert_eq!(refused(json!({"id": "a", "binnen": [7, "x"]})), "binnen");
        assert_eq!(refused(json!({"id": "a", "lijst": [{}, []]})), "lijst[1]");
        assert_eq!(refused(json!(["a"])), ".");
    }

    #[test]
    fn errors_name_the_exact_place() {
        assert_eq!(refused(json!({})), "id");
        assert_eq!(
            refused(json!({"id": "a", "lijst": [{}, {"klein": 300}]})),
            "lijst[1].klein"
        );
        assert_eq!(
            refused(json!({"id": "a", "per_kleur": {"groen": 1}})),
            "per_kleur.groen"
        );
        assert_eq!(
            refused(json!({"id": "a", "per_kleur": {"rood": -1}})),
            "per_kleur.rood"
        );
        assert_eq!(refused(json!({"id": "a", "binnen": 5})), "binnen");
        // A hostile key does not make a long message.
        let long = serde_json::Map::from_iter([("x".repeat(10_000), json!(1))]);
        let place = refused(json!({"id": "a", "per_kleur": long}));
        assert_eq!(place.chars().count(), MAX_PLACE_CHARS + 1);
        assert!(place.starts_with("per_kleur.xxx") && place.ends_with('…'));
    }
}
