//! UpdateImage (`POST /images/:uuid?action=update`): the manifest fields
//! IMGAPI lets a client change after creation. The store's own fields
//! (`description`, `os`, `tags`, and `type` while the image has no file)
//! change in the store; the others are kept for IMGAPI clients as given.
//! A body naming any other field changes nothing and is refused with
//! IMGAPI's `ValidationFailed`, one entry per field.

use crate::error::{Error, Result};
use crate::manifest::TYPES;
use crate::{Manifest, Store};
use serde_json::{json, Map, Value};

/// What UpdateImage may change, besides the store's own fields.
const KEPT: &[&str] = &[
    "homepage",
    "eula",
    "acl",
    "requirements",
    "users",
    "billing_tags",
    "traits",
    "inherited_directories",
    "generate_passwords",
    "nic_driver",
    "disk_driver",
    "cpu_type",
    "image_size",
];

/// One field the request may not set, as IMGAPI reports it.
pub struct Refused {
    pub field: String,
    pub code: &'static str,
    pub message: String,
}

/// Why an update changed nothing.
pub enum Rejection {
    /// Fields IMGAPI does not let a client set (`ValidationFailed`).
    Fields(Vec<Refused>),
    /// The store refused the change.
    Store(Error),
}

impl From<Error> for Rejection {
    fn from(e: Error) -> Self {
        Rejection::Store(e)
    }
}

/// Apply the fields of `body` to image `uuid`, all of them or none.
pub fn update(store: &Store, uuid: &str, body: Value) -> Result<Manifest, Rejection> {
    let Value::Object(fields) = body else { return Err(Error::invalid("the update must be a JSON object").into()) };
    let refused = refusals(&fields);
    if !refused.is_empty() {
        return Err(Rejection::Fields(refused));
    }
    if fields.is_empty() {
        return Err(Rejection::Fields(vec![Refused {
            field: String::new(),
            code: "MissingParameter",
            message: "an update names at least one field".into(),
        }]));
    }
    Ok(tokio::task::block_in_place(|| store.edit(uuid, |m| apply(m, fields)))?)
}

/// The fields of `fields` that are not IMGAPI's to change, or not of their type.
fn refusals(fields: &Map<String, Value>) -> Vec<Refused> {
    let mut refused = Vec::new();
    for (k, v) in fields {
        let wrong = |code: &'static str, message: String| Refused { field: k.clone(), code, message };
        match k.as_str() {
            "description" | "os" | "type" | "homepage" | "eula" | "nic_driver" | "disk_driver" | "cpu_type" if !v.is_string() => {
                refused.push(wrong("Invalid", format!("{k} must be a string")))
            }
            "tags" | "requirements" | "traits" if !v.is_object() => refused.push(wrong("Invalid", format!("{k} must be an object"))),
            "acl" | "users" | "billing_tags" | "inherited_directories" if !v.is_array() => {
                refused.push(wrong("Invalid", format!("{k} must be an array")))
            }
            "generate_passwords" if !v.is_boolean() => refused.push(wrong("Invalid", format!("{k} must be true or false"))),
            "image_size" if !v.is_u64() => refused.push(wrong("Invalid", format!("{k} must be a number of MiB"))),
            "public" if v != &Value::Bool(true) => {
                refused.push(wrong("Invalid", "every image of this store is public: public can only be true".into()))
            }
            "description" | "os" | "type" | "tags" | "public" => {}
            k if KEPT.contains(&k) => {}
            _ => refused.push(wrong("NotAllowed", format!("{k} cannot be changed by an update"))),
        }
    }
    refused
}

/// Change the manifest; `fields` are known to be allowed and well typed.
fn apply(m: &mut Manifest, fields: Map<String, Value>) -> Result<()> {
    let has_file = m.has_file();
    let extra = m.imgapi.get_or_insert_with(Default::default);
    for (k, v) in fields {
        match k.as_str() {
            "description" => m.description = v.as_str().map(str::to_string),
            "os" => m.os = v.as_str().map(str::to_string),
            "tags" => {
                let tags = v.as_object().into_iter().flatten();
                m.tags = tags.map(|(k, v)| (k.clone(), v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()))).collect();
            }
            "type" => {
                let t = v.as_str().unwrap_or_default();
                // The store's type decides how the file is used: it is
                // fixed once there is a file.
                let store_type = if TYPES.contains(&t) { t } else { "file" };
                if store_type != m.kind && has_file {
                    return Err(Error::invalid(format!(
                        "image {} has its file as a {}: its type cannot become \"{t}\"",
                        m.uuid, m.kind
                    )));
                }
                m.kind = store_type.to_string();
                extra.insert(k, json!(t));
            }
            "public" => {}
            _ => {
                extra.insert(k, v);
            }
        }
    }
    Ok(())
}
