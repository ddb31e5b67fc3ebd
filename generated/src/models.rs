#![allow(unused_qualifications)]
#[cfg(not(feature = "validate"))]
use validator::Validate;

use crate::models;
#[cfg(any(feature = "client", feature = "server"))]
use crate::header;
#[cfg(feature = "validate")]
use serde_valid::Validate;

/// Something that ends up as a block device file.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Attach {
    /// Given by the server and read back. Inside another object, the id of an existing attachment makes this a reference (`{\"id\": 4}`); a new top-level attachment carries none. 
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<i64>,

    #[serde(rename = "kind")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub kind: Option<models::ListAttachmentsKindParameter>,

    /// The block device, e.g. `/dev/loop3`.
    #[serde(rename = "device_file")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub device_file: Option<String>,

    #[serde(rename = "refs")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub refs: Option<i64>,

    #[serde(rename = "iscsi")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub iscsi: Option<models::AttachIscsi>,

    #[serde(rename = "local")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub local: Option<models::AttachLocal>,

    #[serde(rename = "loopback")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub loopback: Option<models::AttachLoopback>,

    #[serde(rename = "rbd")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub rbd: Option<models::AttachRbd>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Attach {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Attach {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl Attach {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Attach {
        Attach {
            id: None,
            kind: None,
            device_file: None,
            refs: None,
            iscsi: None,
            local: None,
            loopback: None,
            rbd: None,
        }
    }
}

/// Converts the Attach value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Attach {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type kind in query parameter serialization
            self.device_file.as_ref().map(|device_file| {
                [
                    "device_file".to_string(),
                    device_file.to_string(),
                ].join(",")
            }),
            self.refs.as_ref().map(|refs| {
                [
                    "refs".to_string(),
                    refs.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type iscsi in query parameter serialization
            // Skipping non-primitive type local in query parameter serialization
            // Skipping non-primitive type loopback in query parameter serialization
            // Skipping non-primitive type rbd in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Attach value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Attach {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<i64>,
            pub kind: Vec<models::ListAttachmentsKindParameter>,
            pub device_file: Vec<String>,
            pub refs: Vec<i64>,
            pub iscsi: Vec<models::AttachIscsi>,
            pub local: Vec<models::AttachLocal>,
            pub loopback: Vec<models::AttachLoopback>,
            pub rbd: Vec<models::AttachRbd>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Attach".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "kind" => intermediate_rep.kind.push(<models::ListAttachmentsKindParameter as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "device_file" => intermediate_rep.device_file.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "refs" => intermediate_rep.refs.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "iscsi" => intermediate_rep.iscsi.push(<models::AttachIscsi as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "local" => intermediate_rep.local.push(<models::AttachLocal as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "loopback" => intermediate_rep.loopback.push(<models::AttachLoopback as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "rbd" => intermediate_rep.rbd.push(<models::AttachRbd as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Attach".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Attach {
            id: intermediate_rep.id.into_iter().next(),
            kind: intermediate_rep.kind.into_iter().next(),
            device_file: intermediate_rep.device_file.into_iter().next(),
            refs: intermediate_rep.refs.into_iter().next(),
            iscsi: intermediate_rep.iscsi.into_iter().next(),
            local: intermediate_rep.local.into_iter().next(),
            loopback: intermediate_rep.loopback.into_iter().next(),
            rbd: intermediate_rep.rbd.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Attach> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Attach>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Attach>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Attach - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Attach> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Attach as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Attach - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Attach>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Attach>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Attach>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Attach> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Attach as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Attach - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// A LUN of an iSCSI target, logged in through open-iscsi.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AttachIscsi {
    #[serde(rename = "initiator")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub initiator: String,

    #[serde(rename = "target")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub target: String,

    #[serde(rename = "host")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub host: String,

    #[serde(rename = "lun")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub lun: Option<i64>,

    #[serde(rename = "port")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub port: Option<i64>,

    #[serde(rename = "max_comands")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub max_comands: Option<i64>,

    #[serde(rename = "queue_depth")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub queue_depth: Option<i64>,

    #[serde(rename = "scheduler")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub scheduler: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for AttachIscsi {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for AttachIscsi {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl AttachIscsi {
    #[allow(clippy::new_without_default)]
    pub fn new(initiator: String, target: String, host: String, ) -> AttachIscsi {
        AttachIscsi {
            initiator,
            target,
            host,
            lun: Some(0),
            port: Some(3260),
            max_comands: Some(128),
            queue_depth: Some(16),
            scheduler: Some("mq-deadline".to_string()),
        }
    }
}

/// Converts the AttachIscsi value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for AttachIscsi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("initiator".to_string()),
            Some(self.initiator.to_string()),
            Some("target".to_string()),
            Some(self.target.to_string()),
            Some("host".to_string()),
            Some(self.host.to_string()),
            self.lun.as_ref().map(|lun| {
                [
                    "lun".to_string(),
                    lun.to_string(),
                ].join(",")
            }),
            self.port.as_ref().map(|port| {
                [
                    "port".to_string(),
                    port.to_string(),
                ].join(",")
            }),
            self.max_comands.as_ref().map(|max_comands| {
                [
                    "max_comands".to_string(),
                    max_comands.to_string(),
                ].join(",")
            }),
            self.queue_depth.as_ref().map(|queue_depth| {
                [
                    "queue_depth".to_string(),
                    queue_depth.to_string(),
                ].join(",")
            }),
            self.scheduler.as_ref().map(|scheduler| {
                [
                    "scheduler".to_string(),
                    scheduler.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AttachIscsi value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AttachIscsi {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub initiator: Vec<String>,
            pub target: Vec<String>,
            pub host: Vec<String>,
            pub lun: Vec<i64>,
            pub port: Vec<i64>,
            pub max_comands: Vec<i64>,
            pub queue_depth: Vec<i64>,
            pub scheduler: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing AttachIscsi".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "initiator" => intermediate_rep.initiator.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "target" => intermediate_rep.target.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "host" => intermediate_rep.host.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "lun" => intermediate_rep.lun.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "port" => intermediate_rep.port.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "max_comands" => intermediate_rep.max_comands.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "queue_depth" => intermediate_rep.queue_depth.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "scheduler" => intermediate_rep.scheduler.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing AttachIscsi".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AttachIscsi {
            initiator: intermediate_rep.initiator.into_iter().next().ok_or_else(|| "initiator missing in AttachIscsi".to_string())?,
            target: intermediate_rep.target.into_iter().next().ok_or_else(|| "target missing in AttachIscsi".to_string())?,
            host: intermediate_rep.host.into_iter().next().ok_or_else(|| "host missing in AttachIscsi".to_string())?,
            lun: intermediate_rep.lun.into_iter().next(),
            port: intermediate_rep.port.into_iter().next(),
            max_comands: intermediate_rep.max_comands.into_iter().next(),
            queue_depth: intermediate_rep.queue_depth.into_iter().next(),
            scheduler: intermediate_rep.scheduler.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AttachIscsi> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AttachIscsi>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<AttachIscsi>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for AttachIscsi - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AttachIscsi> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <AttachIscsi as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into AttachIscsi - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AttachIscsi>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<AttachIscsi>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<AttachIscsi>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AttachIscsi> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AttachIscsi as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AttachIscsi - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// A block device that already exists on the node.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AttachLocal {
    /// Absolute path of a block device file.
    #[serde(rename = "path")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub path: String,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for AttachLocal {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for AttachLocal {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl AttachLocal {
    #[allow(clippy::new_without_default)]
    pub fn new(path: String, ) -> AttachLocal {
        AttachLocal {
            path,
        }
    }
}

/// Converts the AttachLocal value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for AttachLocal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("path".to_string()),
            Some(self.path.to_string()),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AttachLocal value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AttachLocal {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub path: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing AttachLocal".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "path" => intermediate_rep.path.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing AttachLocal".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AttachLocal {
            path: intermediate_rep.path.into_iter().next().ok_or_else(|| "path missing in AttachLocal".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AttachLocal> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AttachLocal>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<AttachLocal>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for AttachLocal - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AttachLocal> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <AttachLocal as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into AttachLocal - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AttachLocal>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<AttachLocal>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<AttachLocal>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AttachLocal> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AttachLocal as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AttachLocal - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// A regular file attached to a loop device.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AttachLoopback {
    /// Path of the file, relative to `base`; it can never leave the base.
    #[serde(rename = "path")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub path: String,

    #[serde(rename = "base")]

    #[cfg_attr(feature = "validate", validate)]
    pub base: models::AttachLoopbackBase,

    /// Let the kernel scan the partition table of the file.
    #[serde(rename = "readPartitions")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub read_partitions: Option<bool>,

    /// Extension. Attach read-only even if the file is writable. Read-only is also chosen when the file or its filesystem is read-only, and for a nested definition whose parent mounts it read-only (a squashfs or erofs filesystem, or the `ro` mount option). Read back, it says how the device was attached. 
    #[serde(rename = "ro")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub ro: Option<bool>,

    #[serde(rename = "mount")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub mount: Option<Box<models::Mount>>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for AttachLoopback {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for AttachLoopback {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl AttachLoopback {
    #[allow(clippy::new_without_default)]
    pub fn new(path: String, base: models::AttachLoopbackBase, ) -> AttachLoopback {
        AttachLoopback {
            path,
            base,
            read_partitions: Some(false),
            ro: Some(false),
            mount: None,
        }
    }
}

/// Converts the AttachLoopback value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for AttachLoopback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("path".to_string()),
            Some(self.path.to_string()),
            // Skipping non-primitive type base in query parameter serialization
            self.read_partitions.as_ref().map(|read_partitions| {
                [
                    "readPartitions".to_string(),
                    read_partitions.to_string(),
                ].join(",")
            }),
            self.ro.as_ref().map(|ro| {
                [
                    "ro".to_string(),
                    ro.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type mount in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AttachLoopback value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AttachLoopback {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub path: Vec<String>,
            pub base: Vec<models::AttachLoopbackBase>,
            pub read_partitions: Vec<bool>,
            pub ro: Vec<bool>,
            pub mount: Vec<Box<models::Mount>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing AttachLoopback".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "path" => intermediate_rep.path.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "base" => intermediate_rep.base.push(<models::AttachLoopbackBase as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "readPartitions" => intermediate_rep.read_partitions.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "ro" => intermediate_rep.ro.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "mount" => intermediate_rep.mount.push(Box::new(<models::Mount as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?)),
                    _ => return std::result::Result::Err("Unexpected key while parsing AttachLoopback".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AttachLoopback {
            path: intermediate_rep.path.into_iter().next().ok_or_else(|| "path missing in AttachLoopback".to_string())?,
            base: intermediate_rep.base.into_iter().next().ok_or_else(|| "base missing in AttachLoopback".to_string())?,
            read_partitions: intermediate_rep.read_partitions.into_iter().next(),
            ro: intermediate_rep.ro.into_iter().next(),
            mount: intermediate_rep.mount.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AttachLoopback> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AttachLoopback>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<AttachLoopback>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for AttachLoopback - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AttachLoopback> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <AttachLoopback as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into AttachLoopback - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AttachLoopback>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<AttachLoopback>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<AttachLoopback>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AttachLoopback> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AttachLoopback as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AttachLoopback - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// `root`: `path` is absolute on the node; `mount`: relative to `mount`; `image` (extension): `path` names an active image of the store, by uuid or as `name/version`; it is attached read-only, holds the image (deleting it answers 409) and reads back with the uuid. 
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum AttachLoopbackBase {
    #[serde(rename = "root")]
    Root,
    #[serde(rename = "mount")]
    Mount,
    #[serde(rename = "image")]
    Image,
}

impl std::fmt::Display for AttachLoopbackBase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            AttachLoopbackBase::Root => write!(f, "root"),
            AttachLoopbackBase::Mount => write!(f, "mount"),
            AttachLoopbackBase::Image => write!(f, "image"),
        }
    }
}

impl std::str::FromStr for AttachLoopbackBase {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "root" => std::result::Result::Ok(AttachLoopbackBase::Root),
            "mount" => std::result::Result::Ok(AttachLoopbackBase::Mount),
            "image" => std::result::Result::Ok(AttachLoopbackBase::Image),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<AttachLoopbackBase> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AttachLoopbackBase>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<AttachLoopbackBase>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for AttachLoopbackBase - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AttachLoopbackBase> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <AttachLoopbackBase as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into AttachLoopbackBase - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AttachLoopbackBase>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<AttachLoopbackBase>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<AttachLoopbackBase>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AttachLoopbackBase> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AttachLoopbackBase as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AttachLoopbackBase - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// A Ceph RBD image mapped through the kernel rbd driver.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AttachRbd {
    /// The id the rbd subsystem gave the mapping.
    #[serde(rename = "device_id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub device_id: Option<i64>,

    #[serde(rename = "monitors")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub monitors: Vec<String>,

    #[serde(rename = "pool")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub pool: String,

    #[serde(rename = "image")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub image: String,

    #[serde(rename = "snapshot")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub snapshot: Option<String>,

    #[serde(rename = "options")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub options: Option<models::RbdOptions>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for AttachRbd {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for AttachRbd {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl AttachRbd {
    #[allow(clippy::new_without_default)]
    pub fn new(monitors: Vec<String>, pool: String, image: String, ) -> AttachRbd {
        AttachRbd {
            device_id: None,
            monitors,
            pool,
            image,
            snapshot: None,
            options: None,
        }
    }
}

/// Converts the AttachRbd value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for AttachRbd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.device_id.as_ref().map(|device_id| {
                [
                    "device_id".to_string(),
                    device_id.to_string(),
                ].join(",")
            }),
            Some("monitors".to_string()),
            Some(self.monitors.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",")),
            Some("pool".to_string()),
            Some(self.pool.to_string()),
            Some("image".to_string()),
            Some(self.image.to_string()),
            self.snapshot.as_ref().map(|snapshot| {
                [
                    "snapshot".to_string(),
                    snapshot.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type options in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AttachRbd value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AttachRbd {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub device_id: Vec<i64>,
            pub monitors: Vec<Vec<String>>,
            pub pool: Vec<String>,
            pub image: Vec<String>,
            pub snapshot: Vec<String>,
            pub options: Vec<models::RbdOptions>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing AttachRbd".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "device_id" => intermediate_rep.device_id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "monitors" => return std::result::Result::Err("Parsing a container in this style is not supported in AttachRbd".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "pool" => intermediate_rep.pool.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "image" => intermediate_rep.image.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "snapshot" => intermediate_rep.snapshot.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "options" => intermediate_rep.options.push(<models::RbdOptions as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing AttachRbd".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AttachRbd {
            device_id: intermediate_rep.device_id.into_iter().next(),
            monitors: intermediate_rep.monitors.into_iter().next().ok_or_else(|| "monitors missing in AttachRbd".to_string())?,
            pool: intermediate_rep.pool.into_iter().next().ok_or_else(|| "pool missing in AttachRbd".to_string())?,
            image: intermediate_rep.image.into_iter().next().ok_or_else(|| "image missing in AttachRbd".to_string())?,
            snapshot: intermediate_rep.snapshot.into_iter().next(),
            options: intermediate_rep.options.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AttachRbd> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AttachRbd>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<AttachRbd>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for AttachRbd - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AttachRbd> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <AttachRbd as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into AttachRbd - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AttachRbd>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<AttachRbd>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<AttachRbd>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AttachRbd> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AttachRbd as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AttachRbd - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// A system image run as a namespaced process tree.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Container {
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<i64>,

    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 128),
           regex(path = *RE_CONTAINER_NAME),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 128))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Za-z0-9._-]+$"))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub name: Option<String>,

    #[serde(rename = "mount")]

    #[cfg_attr(feature = "validate", validate)]
    pub mount: Box<models::Mount>,

    /// The init command line, split like a shell splits words.
    #[serde(rename = "command")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub command: String,

    /// The init is systemd; the container follows systemd's container interface.
    #[serde(rename = "systemd")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub systemd: Option<bool>,

    #[serde(rename = "state")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub state: Option<models::ContainerState>,

    /// Extension. Every process of the container is frozen (`PATCH state=paused`); `state` then reads `running`. Absent otherwise. 
    #[serde(rename = "paused")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub paused: Option<bool>,

    #[serde(rename = "namespaces")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub namespaces: Option<Vec<models::ContainerNamespacesInner>>,

    #[serde(rename = "logfile")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub logfile: Option<String>,

    #[serde(rename = "refs")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub refs: Option<i64>,

    /// Extension. Seconds between the polite stop signal and the kill.
    #[serde(rename = "stop_timeout")]
    #[cfg_attr(not(feature = "validate"), validate(
            range(min = 0i64, max = 86400i64),
        ))]
    #[cfg_attr(feature = "validate", validate(minimum = 0i64))]
    #[cfg_attr(feature = "validate", validate(maximum = 86400i64))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub stop_timeout: Option<i64>,

    /// Extension. The exit code of the init, once it ended by exiting.
    #[serde(rename = "exit_status")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub exit_status: Option<i64>,

    /// Extension. The signal that ended the init, once it was killed.
    #[serde(rename = "exit_signal")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub exit_signal: Option<String>,

    /// Extension. Why the container is `dead` (the init could not be started, or it ended abnormally), or how it ended. 
    #[serde(rename = "reason")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub reason: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Container {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Container {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_CONTAINER_NAME: regex::Regex = regex::Regex::new(r"^[A-Za-z0-9._-]+$").unwrap();
}

impl Container {
    #[allow(clippy::new_without_default)]
    pub fn new(mount: Box<models::Mount>, command: String, ) -> Container {
        Container {
            id: None,
            name: None,
            mount,
            command,
            systemd: Some(false),
            state: None,
            paused: None,
            namespaces: None,
            logfile: None,
            refs: None,
            stop_timeout: None,
            exit_status: None,
            exit_signal: None,
            reason: None,
        }
    }
}

/// Converts the Container value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Container {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.name.as_ref().map(|name| {
                [
                    "name".to_string(),
                    name.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type mount in query parameter serialization
            Some("command".to_string()),
            Some(self.command.to_string()),
            self.systemd.as_ref().map(|systemd| {
                [
                    "systemd".to_string(),
                    systemd.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type state in query parameter serialization
            self.paused.as_ref().map(|paused| {
                [
                    "paused".to_string(),
                    paused.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type namespaces in query parameter serialization
            self.logfile.as_ref().map(|logfile| {
                [
                    "logfile".to_string(),
                    logfile.to_string(),
                ].join(",")
            }),
            self.refs.as_ref().map(|refs| {
                [
                    "refs".to_string(),
                    refs.to_string(),
                ].join(",")
            }),
            self.stop_timeout.as_ref().map(|stop_timeout| {
                [
                    "stop_timeout".to_string(),
                    stop_timeout.to_string(),
                ].join(",")
            }),
            self.exit_status.as_ref().map(|exit_status| {
                [
                    "exit_status".to_string(),
                    exit_status.to_string(),
                ].join(",")
            }),
            self.exit_signal.as_ref().map(|exit_signal| {
                [
                    "exit_signal".to_string(),
                    exit_signal.to_string(),
                ].join(",")
            }),
            self.reason.as_ref().map(|reason| {
                [
                    "reason".to_string(),
                    reason.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Container value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Container {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<i64>,
            pub name: Vec<String>,
            pub mount: Vec<Box<models::Mount>>,
            pub command: Vec<String>,
            pub systemd: Vec<bool>,
            pub state: Vec<models::ContainerState>,
            pub paused: Vec<bool>,
            pub namespaces: Vec<Vec<models::ContainerNamespacesInner>>,
            pub logfile: Vec<String>,
            pub refs: Vec<i64>,
            pub stop_timeout: Vec<i64>,
            pub exit_status: Vec<i64>,
            pub exit_signal: Vec<String>,
            pub reason: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Container".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "mount" => intermediate_rep.mount.push(Box::new(<models::Mount as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?)),
                    #[allow(clippy::redundant_clone)]
                    "command" => intermediate_rep.command.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "systemd" => intermediate_rep.systemd.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "state" => intermediate_rep.state.push(<models::ContainerState as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "paused" => intermediate_rep.paused.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "namespaces" => return std::result::Result::Err("Parsing a container in this style is not supported in Container".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "logfile" => intermediate_rep.logfile.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "refs" => intermediate_rep.refs.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "stop_timeout" => intermediate_rep.stop_timeout.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "exit_status" => intermediate_rep.exit_status.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "exit_signal" => intermediate_rep.exit_signal.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Container".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Container {
            id: intermediate_rep.id.into_iter().next(),
            name: intermediate_rep.name.into_iter().next(),
            mount: intermediate_rep.mount.into_iter().next().ok_or_else(|| "mount missing in Container".to_string())?,
            command: intermediate_rep.command.into_iter().next().ok_or_else(|| "command missing in Container".to_string())?,
            systemd: intermediate_rep.systemd.into_iter().next(),
            state: intermediate_rep.state.into_iter().next(),
            paused: intermediate_rep.paused.into_iter().next(),
            namespaces: intermediate_rep.namespaces.into_iter().next(),
            logfile: intermediate_rep.logfile.into_iter().next(),
            refs: intermediate_rep.refs.into_iter().next(),
            stop_timeout: intermediate_rep.stop_timeout.into_iter().next(),
            exit_status: intermediate_rep.exit_status.into_iter().next(),
            exit_signal: intermediate_rep.exit_signal.into_iter().next(),
            reason: intermediate_rep.reason.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Container> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Container>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Container>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Container - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Container> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Container as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Container - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Container>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Container>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Container>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Container> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Container as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Container - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ContainerNamespacesInner {
    #[serde(rename = "cgroup")]
    Cgroup,
    #[serde(rename = "ipc")]
    Ipc,
    #[serde(rename = "net")]
    Net,
    #[serde(rename = "mnt")]
    Mnt,
    #[serde(rename = "pid")]
    Pid,
    #[serde(rename = "time")]
    Time,
    #[serde(rename = "user")]
    User,
    #[serde(rename = "uts")]
    Uts,
}

impl std::fmt::Display for ContainerNamespacesInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ContainerNamespacesInner::Cgroup => write!(f, "cgroup"),
            ContainerNamespacesInner::Ipc => write!(f, "ipc"),
            ContainerNamespacesInner::Net => write!(f, "net"),
            ContainerNamespacesInner::Mnt => write!(f, "mnt"),
            ContainerNamespacesInner::Pid => write!(f, "pid"),
            ContainerNamespacesInner::Time => write!(f, "time"),
            ContainerNamespacesInner::User => write!(f, "user"),
            ContainerNamespacesInner::Uts => write!(f, "uts"),
        }
    }
}

impl std::str::FromStr for ContainerNamespacesInner {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "cgroup" => std::result::Result::Ok(ContainerNamespacesInner::Cgroup),
            "ipc" => std::result::Result::Ok(ContainerNamespacesInner::Ipc),
            "net" => std::result::Result::Ok(ContainerNamespacesInner::Net),
            "mnt" => std::result::Result::Ok(ContainerNamespacesInner::Mnt),
            "pid" => std::result::Result::Ok(ContainerNamespacesInner::Pid),
            "time" => std::result::Result::Ok(ContainerNamespacesInner::Time),
            "user" => std::result::Result::Ok(ContainerNamespacesInner::User),
            "uts" => std::result::Result::Ok(ContainerNamespacesInner::Uts),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<ContainerNamespacesInner> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ContainerNamespacesInner>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ContainerNamespacesInner>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ContainerNamespacesInner - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ContainerNamespacesInner> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ContainerNamespacesInner as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ContainerNamespacesInner - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ContainerNamespacesInner>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ContainerNamespacesInner>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ContainerNamespacesInner>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ContainerNamespacesInner> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ContainerNamespacesInner as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ContainerNamespacesInner - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// The current state. On create only `created` (the default) and `running` are accepted. A paused container reads `running` (the v0.2.0 states have no `paused`), with `paused: true` beside it. 
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ContainerState {
    #[serde(rename = "created")]
    Created,
    #[serde(rename = "running")]
    Running,
    #[serde(rename = "stopping")]
    Stopping,
    #[serde(rename = "exited")]
    Exited,
    #[serde(rename = "dead")]
    Dead,
}

impl std::fmt::Display for ContainerState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ContainerState::Created => write!(f, "created"),
            ContainerState::Running => write!(f, "running"),
            ContainerState::Stopping => write!(f, "stopping"),
            ContainerState::Exited => write!(f, "exited"),
            ContainerState::Dead => write!(f, "dead"),
        }
    }
}

impl std::str::FromStr for ContainerState {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "created" => std::result::Result::Ok(ContainerState::Created),
            "running" => std::result::Result::Ok(ContainerState::Running),
            "stopping" => std::result::Result::Ok(ContainerState::Stopping),
            "exited" => std::result::Result::Ok(ContainerState::Exited),
            "dead" => std::result::Result::Ok(ContainerState::Dead),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<ContainerState> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ContainerState>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ContainerState>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ContainerState - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ContainerState> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ContainerState as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ContainerState - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ContainerState>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ContainerState>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ContainerState>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ContainerState> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ContainerState as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ContainerState - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Error {
    /// The HTTP status code.
    #[serde(rename = "code")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub code: Option<i64>,

    /// What failed and why.
    #[serde(rename = "message")]

    pub message: String,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Error {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Error {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl Error {
    #[allow(clippy::new_without_default)]
    pub fn new(message: String, ) -> Error {
        Error {
            code: None,
            message,
        }
    }
}

/// Converts the Error value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.code.as_ref().map(|code| {
                [
                    "code".to_string(),
                    code.to_string(),
                ].join(",")
            }),
            Some("message".to_string()),
            Some(self.message.to_string()),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Error value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Error {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub code: Vec<i64>,
            pub message: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Error".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "code" => intermediate_rep.code.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "message" => intermediate_rep.message.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Error".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Error {
            code: intermediate_rep.code.into_iter().next(),
            message: intermediate_rep.message.into_iter().next().ok_or_else(|| "message missing in Error".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Error> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Error>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Error>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Error - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Error> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Error as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Error - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Error>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Error>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Error>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Error> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Error as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Error - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Extension. The answer of the health check.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Health {
    #[serde(rename = "status")]

    #[cfg_attr(feature = "validate", validate)]
    pub status: models::HealthStatus,

    /// The server's version.
    #[serde(rename = "version")]

    pub version: String,

    /// Seconds since the server started.
    #[serde(rename = "uptime_seconds")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub uptime_seconds: Option<i64>,

    /// What makes the status `degraded`, one sentence each.
    #[serde(rename = "warnings")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub warnings: Option<Vec<String>>,

    #[serde(rename = "kernel")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub kernel: Option<models::KernelFeatures>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Health {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Health {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl Health {
    #[allow(clippy::new_without_default)]
    pub fn new(status: models::HealthStatus, version: String, ) -> Health {
        Health {
            status,
            version,
            uptime_seconds: None,
            warnings: None,
            kernel: None,
        }
    }
}

/// Converts the Health value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Health {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type status in query parameter serialization
            Some("version".to_string()),
            Some(self.version.to_string()),
            self.uptime_seconds.as_ref().map(|uptime_seconds| {
                [
                    "uptime_seconds".to_string(),
                    uptime_seconds.to_string(),
                ].join(",")
            }),
            self.warnings.as_ref().map(|warnings| {
                [
                    "warnings".to_string(),
                    warnings.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),
            // Skipping non-primitive type kernel in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Health value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Health {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub status: Vec<models::HealthStatus>,
            pub version: Vec<String>,
            pub uptime_seconds: Vec<i64>,
            pub warnings: Vec<Vec<String>>,
            pub kernel: Vec<models::KernelFeatures>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Health".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<models::HealthStatus as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "uptime_seconds" => intermediate_rep.uptime_seconds.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "warnings" => return std::result::Result::Err("Parsing a container in this style is not supported in Health".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "kernel" => intermediate_rep.kernel.push(<models::KernelFeatures as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Health".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Health {
            status: intermediate_rep.status.into_iter().next().ok_or_else(|| "status missing in Health".to_string())?,
            version: intermediate_rep.version.into_iter().next().ok_or_else(|| "version missing in Health".to_string())?,
            uptime_seconds: intermediate_rep.uptime_seconds.into_iter().next(),
            warnings: intermediate_rep.warnings.into_iter().next(),
            kernel: intermediate_rep.kernel.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Health> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Health>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Health>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Health - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Health> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Health as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Health - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Health>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Health>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Health>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Health> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Health as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Health - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// `degraded`: the server serves, but something needs the operator (`warnings` says what): a directory it writes (state, run or store) is nearly full, or the reserve that keeps deletes recordable on a full state directory has been used up. 
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum HealthStatus {
    #[serde(rename = "ok")]
    Ok,
    #[serde(rename = "degraded")]
    Degraded,
}

impl std::fmt::Display for HealthStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            HealthStatus::Ok => write!(f, "ok"),
            HealthStatus::Degraded => write!(f, "degraded"),
        }
    }
}

impl std::str::FromStr for HealthStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "ok" => std::result::Result::Ok(HealthStatus::Ok),
            "degraded" => std::result::Result::Ok(HealthStatus::Degraded),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<HealthStatus> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<HealthStatus>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<HealthStatus>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for HealthStatus - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<HealthStatus> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <HealthStatus as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into HealthStatus - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<HealthStatus>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<HealthStatus>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<HealthStatus>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<HealthStatus> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <HealthStatus as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into HealthStatus - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Extension. An image of the store: its manifest, and once its file is added, the file's size and checksums. 
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Image {
    /// Given by the server.
    #[serde(rename = "uuid")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub uuid: Option<String>,

    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_IMAGE_NAME),
        ))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$"))]

    pub name: String,

    #[serde(rename = "version")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_IMAGE_VERSION),
        ))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$"))]

    pub version: String,

    #[serde(rename = "type")]

    #[cfg_attr(feature = "validate", validate)]
    pub r#type: models::ImageType,

    #[serde(rename = "os")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 128),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 128))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub os: Option<String>,

    #[serde(rename = "description")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 4096),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 4096))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub description: Option<String>,

    /// Free-form labels.
    #[serde(rename = "tags")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub tags: Option<std::collections::HashMap<String, String>>,

    #[serde(rename = "state")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub state: Option<models::ImageState>,

    /// Why adding the file failed.
    #[serde(rename = "error")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub error: Option<String>,

    /// Size of the file in bytes, once it is complete.
    #[serde(rename = "size")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub size: Option<i64>,

    /// The file's sha256 (hex), also its `ETag`.
    #[serde(rename = "sha256")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub sha256: Option<String>,

    /// The file's sha1 (hex), as IMGAPI clients check it.
    #[serde(rename = "sha1")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub sha1: Option<String>,

    /// While the file arrives, how much of it is written.
    #[serde(rename = "bytes_done")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub bytes_done: Option<i64>,

    /// While the file is downloaded, its size if the server announced it.
    #[serde(rename = "bytes_total")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub bytes_total: Option<i64>,

    /// When the manifest was created (RFC 3339, UTC).
    #[serde(rename = "created")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub created: Option<String>,

    /// When the image was first activated (RFC 3339, UTC).
    #[serde(rename = "published_at")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub published_at: Option<String>,

    /// Ids of the attachments that use the image.
    #[serde(rename = "users")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub users: Option<Vec<i64>>,

    #[serde(rename = "oci")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub oci: Option<models::ImageOci>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Image {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Image {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_IMAGE_NAME: regex::Regex = regex::Regex::new(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_IMAGE_VERSION: regex::Regex = regex::Regex::new(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$").unwrap();
}

impl Image {
    #[allow(clippy::new_without_default)]
    pub fn new(name: String, version: String, r#type: models::ImageType, ) -> Image {
        Image {
            uuid: None,
            name,
            version,
            r#type,
            os: None,
            description: None,
            tags: None,
            state: None,
            error: None,
            size: None,
            sha256: None,
            sha1: None,
            bytes_done: None,
            bytes_total: None,
            created: None,
            published_at: None,
            users: None,
            oci: None,
        }
    }
}

/// Converts the Image value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Image {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.uuid.as_ref().map(|uuid| {
                [
                    "uuid".to_string(),
                    uuid.to_string(),
                ].join(",")
            }),
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("version".to_string()),
            Some(self.version.to_string()),
            // Skipping non-primitive type type in query parameter serialization
            self.os.as_ref().map(|os| {
                [
                    "os".to_string(),
                    os.to_string(),
                ].join(",")
            }),
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description.to_string(),
                ].join(",")
            }),
            // Skipping map tags in query parameter serialization
            // Skipping non-primitive type state in query parameter serialization
            self.error.as_ref().map(|error| {
                [
                    "error".to_string(),
                    error.to_string(),
                ].join(",")
            }),
            self.size.as_ref().map(|size| {
                [
                    "size".to_string(),
                    size.to_string(),
                ].join(",")
            }),
            self.sha256.as_ref().map(|sha256| {
                [
                    "sha256".to_string(),
                    sha256.to_string(),
                ].join(",")
            }),
            self.sha1.as_ref().map(|sha1| {
                [
                    "sha1".to_string(),
                    sha1.to_string(),
                ].join(",")
            }),
            self.bytes_done.as_ref().map(|bytes_done| {
                [
                    "bytes_done".to_string(),
                    bytes_done.to_string(),
                ].join(",")
            }),
            self.bytes_total.as_ref().map(|bytes_total| {
                [
                    "bytes_total".to_string(),
                    bytes_total.to_string(),
                ].join(",")
            }),
            self.created.as_ref().map(|created| {
                [
                    "created".to_string(),
                    created.to_string(),
                ].join(",")
            }),
            self.published_at.as_ref().map(|published_at| {
                [
                    "published_at".to_string(),
                    published_at.to_string(),
                ].join(",")
            }),
            self.users.as_ref().map(|users| {
                [
                    "users".to_string(),
                    users.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),
            // Skipping non-primitive type oci in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Image value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Image {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub uuid: Vec<String>,
            pub name: Vec<String>,
            pub version: Vec<String>,
            pub r#type: Vec<models::ImageType>,
            pub os: Vec<String>,
            pub description: Vec<String>,
            pub tags: Vec<std::collections::HashMap<String, String>>,
            pub state: Vec<models::ImageState>,
            pub error: Vec<String>,
            pub size: Vec<i64>,
            pub sha256: Vec<String>,
            pub sha1: Vec<String>,
            pub bytes_done: Vec<i64>,
            pub bytes_total: Vec<i64>,
            pub created: Vec<String>,
            pub published_at: Vec<String>,
            pub users: Vec<Vec<i64>>,
            pub oci: Vec<models::ImageOci>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Image".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "uuid" => intermediate_rep.uuid.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r#type.push(<models::ImageType as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "os" => intermediate_rep.os.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "tags" => return std::result::Result::Err("Parsing a container in this style is not supported in Image".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "state" => intermediate_rep.state.push(<models::ImageState as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "error" => intermediate_rep.error.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "size" => intermediate_rep.size.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "sha256" => intermediate_rep.sha256.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "sha1" => intermediate_rep.sha1.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "bytes_done" => intermediate_rep.bytes_done.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "bytes_total" => intermediate_rep.bytes_total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "created" => intermediate_rep.created.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "published_at" => intermediate_rep.published_at.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "users" => return std::result::Result::Err("Parsing a container in this style is not supported in Image".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "oci" => intermediate_rep.oci.push(<models::ImageOci as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Image".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Image {
            uuid: intermediate_rep.uuid.into_iter().next(),
            name: intermediate_rep.name.into_iter().next().ok_or_else(|| "name missing in Image".to_string())?,
            version: intermediate_rep.version.into_iter().next().ok_or_else(|| "version missing in Image".to_string())?,
            r#type: intermediate_rep.r#type.into_iter().next().ok_or_else(|| "type missing in Image".to_string())?,
            os: intermediate_rep.os.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            tags: intermediate_rep.tags.into_iter().next(),
            state: intermediate_rep.state.into_iter().next(),
            error: intermediate_rep.error.into_iter().next(),
            size: intermediate_rep.size.into_iter().next(),
            sha256: intermediate_rep.sha256.into_iter().next(),
            sha1: intermediate_rep.sha1.into_iter().next(),
            bytes_done: intermediate_rep.bytes_done.into_iter().next(),
            bytes_total: intermediate_rep.bytes_total.into_iter().next(),
            created: intermediate_rep.created.into_iter().next(),
            published_at: intermediate_rep.published_at.into_iter().next(),
            users: intermediate_rep.users.into_iter().next(),
            oci: intermediate_rep.oci.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Image> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Image>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Image>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Image - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Image> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Image as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Image - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Image>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Image>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Image>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Image> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Image as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Image - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Extension. Where an image's file is downloaded from.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ImageDownload {
    /// An http:// or https:// URL ending in a file name.
    #[serde(rename = "url")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub url: String,

    #[serde(rename = "sha256")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_IMAGEDOWNLOAD_SHA256),
        ))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[0-9a-fA-F]{64}$"))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub sha256: Option<String>,

    #[serde(rename = "sha1")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_IMAGEDOWNLOAD_SHA1),
        ))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[0-9a-fA-F]{40}$"))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub sha1: Option<String>,

    /// The largest download accepted, in bytes (default 4 GiB).
    #[serde(rename = "size_limit")]
    #[cfg_attr(not(feature = "validate"), validate(
            range(min = 1i64),
        ))]
    #[cfg_attr(feature = "validate", validate(minimum = 1i64))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub size_limit: Option<i64>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ImageDownload {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ImageDownload {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_IMAGEDOWNLOAD_SHA256: regex::Regex = regex::Regex::new(r"^[0-9a-fA-F]{64}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_IMAGEDOWNLOAD_SHA1: regex::Regex = regex::Regex::new(r"^[0-9a-fA-F]{40}$").unwrap();
}

impl ImageDownload {
    #[allow(clippy::new_without_default)]
    pub fn new(url: String, ) -> ImageDownload {
        ImageDownload {
            url,
            sha256: None,
            sha1: None,
            size_limit: None,
        }
    }
}

/// Converts the ImageDownload value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ImageDownload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("url".to_string()),
            Some(self.url.to_string()),
            self.sha256.as_ref().map(|sha256| {
                [
                    "sha256".to_string(),
                    sha256.to_string(),
                ].join(",")
            }),
            self.sha1.as_ref().map(|sha1| {
                [
                    "sha1".to_string(),
                    sha1.to_string(),
                ].join(",")
            }),
            self.size_limit.as_ref().map(|size_limit| {
                [
                    "size_limit".to_string(),
                    size_limit.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ImageDownload value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ImageDownload {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub url: Vec<String>,
            pub sha256: Vec<String>,
            pub sha1: Vec<String>,
            pub size_limit: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ImageDownload".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "sha256" => intermediate_rep.sha256.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "sha1" => intermediate_rep.sha1.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "size_limit" => intermediate_rep.size_limit.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ImageDownload".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ImageDownload {
            url: intermediate_rep.url.into_iter().next().ok_or_else(|| "url missing in ImageDownload".to_string())?,
            sha256: intermediate_rep.sha256.into_iter().next(),
            sha1: intermediate_rep.sha1.into_iter().next(),
            size_limit: intermediate_rep.size_limit.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ImageDownload> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ImageDownload>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ImageDownload>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ImageDownload - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ImageDownload> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ImageDownload as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ImageDownload - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ImageDownload>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ImageDownload>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ImageDownload>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ImageDownload> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ImageDownload as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ImageDownload - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Extension. Set on an image imported from an OCI image (read only) - what it says about starting it (its configuration's `Entrypoint`, `Cmd`, `Env`, `WorkingDir` and `User`).
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ImageOci {
    /// The digest of the image manifest that was imported.
    #[serde(rename = "digest")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub digest: Option<String>,

    /// The tag it was chosen by, or its only tag.
    #[serde(rename = "tag")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub tag: Option<String>,

    #[serde(rename = "entrypoint")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub entrypoint: Option<Vec<String>>,

    #[serde(rename = "cmd")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub cmd: Option<Vec<String>>,

    #[serde(rename = "env")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub env: Option<Vec<String>>,

    #[serde(rename = "working_dir")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub working_dir: Option<String>,

    #[serde(rename = "user")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub user: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ImageOci {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ImageOci {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl ImageOci {
    #[allow(clippy::new_without_default)]
    pub fn new() -> ImageOci {
        ImageOci {
            digest: None,
            tag: None,
            entrypoint: None,
            cmd: None,
            env: None,
            working_dir: None,
            user: None,
        }
    }
}

/// Converts the ImageOci value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ImageOci {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.digest.as_ref().map(|digest| {
                [
                    "digest".to_string(),
                    digest.to_string(),
                ].join(",")
            }),
            self.tag.as_ref().map(|tag| {
                [
                    "tag".to_string(),
                    tag.to_string(),
                ].join(",")
            }),
            self.entrypoint.as_ref().map(|entrypoint| {
                [
                    "entrypoint".to_string(),
                    entrypoint.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),
            self.cmd.as_ref().map(|cmd| {
                [
                    "cmd".to_string(),
                    cmd.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),
            self.env.as_ref().map(|env| {
                [
                    "env".to_string(),
                    env.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),
            self.working_dir.as_ref().map(|working_dir| {
                [
                    "working_dir".to_string(),
                    working_dir.to_string(),
                ].join(",")
            }),
            self.user.as_ref().map(|user| {
                [
                    "user".to_string(),
                    user.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ImageOci value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ImageOci {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub digest: Vec<String>,
            pub tag: Vec<String>,
            pub entrypoint: Vec<Vec<String>>,
            pub cmd: Vec<Vec<String>>,
            pub env: Vec<Vec<String>>,
            pub working_dir: Vec<String>,
            pub user: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ImageOci".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "digest" => intermediate_rep.digest.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "tag" => intermediate_rep.tag.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "entrypoint" => return std::result::Result::Err("Parsing a container in this style is not supported in ImageOci".to_string()),
                    "cmd" => return std::result::Result::Err("Parsing a container in this style is not supported in ImageOci".to_string()),
                    "env" => return std::result::Result::Err("Parsing a container in this style is not supported in ImageOci".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "working_dir" => intermediate_rep.working_dir.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "user" => intermediate_rep.user.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ImageOci".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ImageOci {
            digest: intermediate_rep.digest.into_iter().next(),
            tag: intermediate_rep.tag.into_iter().next(),
            entrypoint: intermediate_rep.entrypoint.into_iter().next(),
            cmd: intermediate_rep.cmd.into_iter().next(),
            env: intermediate_rep.env.into_iter().next(),
            working_dir: intermediate_rep.working_dir.into_iter().next(),
            user: intermediate_rep.user.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ImageOci> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ImageOci>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ImageOci>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ImageOci - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ImageOci> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ImageOci as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ImageOci - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ImageOci>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ImageOci>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ImageOci>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ImageOci> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ImageOci as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ImageOci - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Extension. Where an OCI image is imported from.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ImageOciSource {
    /// An OCI image layout directory, or a tar archive (`docker save`, or an OCI layout in a tar): absolute on the node (`base: root`) or relative to the mount (`base: mount`).
    #[serde(rename = "path")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub path: String,

    #[serde(rename = "base")]

    #[cfg_attr(feature = "validate", validate)]
    pub base: models::MountBindBase,

    /// With `base: mount`, the id of the mount the path is inside.
    #[serde(rename = "mount_id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub mount_id: Option<i64>,

    /// Which image to import when the source holds several (`org.opencontainers.image.ref.name`, or a docker `RepoTags` entry such as `busybox:latest`).
    #[serde(rename = "tag")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 512),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 512))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub tag: Option<String>,

    /// The most bytes of file contents unpacked from the layers (default 4 GiB).
    #[serde(rename = "size_limit")]
    #[cfg_attr(not(feature = "validate"), validate(
            range(min = 1i64),
        ))]
    #[cfg_attr(feature = "validate", validate(minimum = 1i64))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub size_limit: Option<i64>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ImageOciSource {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ImageOciSource {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl ImageOciSource {
    #[allow(clippy::new_without_default)]
    pub fn new(path: String, base: models::MountBindBase, ) -> ImageOciSource {
        ImageOciSource {
            path,
            base,
            mount_id: None,
            tag: None,
            size_limit: None,
        }
    }
}

/// Converts the ImageOciSource value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ImageOciSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("path".to_string()),
            Some(self.path.to_string()),
            // Skipping non-primitive type base in query parameter serialization
            self.mount_id.as_ref().map(|mount_id| {
                [
                    "mount_id".to_string(),
                    mount_id.to_string(),
                ].join(",")
            }),
            self.tag.as_ref().map(|tag| {
                [
                    "tag".to_string(),
                    tag.to_string(),
                ].join(",")
            }),
            self.size_limit.as_ref().map(|size_limit| {
                [
                    "size_limit".to_string(),
                    size_limit.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ImageOciSource value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ImageOciSource {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub path: Vec<String>,
            pub base: Vec<models::MountBindBase>,
            pub mount_id: Vec<i64>,
            pub tag: Vec<String>,
            pub size_limit: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ImageOciSource".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "path" => intermediate_rep.path.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "base" => intermediate_rep.base.push(<models::MountBindBase as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "mount_id" => intermediate_rep.mount_id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "tag" => intermediate_rep.tag.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "size_limit" => intermediate_rep.size_limit.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ImageOciSource".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ImageOciSource {
            path: intermediate_rep.path.into_iter().next().ok_or_else(|| "path missing in ImageOciSource".to_string())?,
            base: intermediate_rep.base.into_iter().next().ok_or_else(|| "base missing in ImageOciSource".to_string())?,
            mount_id: intermediate_rep.mount_id.into_iter().next(),
            tag: intermediate_rep.tag.into_iter().next(),
            size_limit: intermediate_rep.size_limit.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ImageOciSource> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ImageOciSource>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ImageOciSource>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ImageOciSource - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ImageOciSource> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ImageOciSource as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ImageOciSource - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ImageOciSource>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ImageOciSource>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ImageOciSource>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ImageOciSource> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ImageOciSource as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ImageOciSource - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Extension. Where an image's file is copied from.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ImageSource {
    /// The file, absolute on the node (`base: root`) or relative to the mount (`base: mount`).
    #[serde(rename = "path")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub path: String,

    #[serde(rename = "base")]

    #[cfg_attr(feature = "validate", validate)]
    pub base: models::MountBindBase,

    /// With `base: mount`, the id of the mount the path is inside.
    #[serde(rename = "mount_id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub mount_id: Option<i64>,

    /// The file's expected sha256.
    #[serde(rename = "sha256")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_IMAGESOURCE_SHA256),
        ))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[0-9a-fA-F]{64}$"))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub sha256: Option<String>,

    /// The file's expected sha1.
    #[serde(rename = "sha1")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_IMAGESOURCE_SHA1),
        ))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[0-9a-fA-F]{40}$"))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub sha1: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ImageSource {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ImageSource {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_IMAGESOURCE_SHA256: regex::Regex = regex::Regex::new(r"^[0-9a-fA-F]{64}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_IMAGESOURCE_SHA1: regex::Regex = regex::Regex::new(r"^[0-9a-fA-F]{40}$").unwrap();
}

impl ImageSource {
    #[allow(clippy::new_without_default)]
    pub fn new(path: String, base: models::MountBindBase, ) -> ImageSource {
        ImageSource {
            path,
            base,
            mount_id: None,
            sha256: None,
            sha1: None,
        }
    }
}

/// Converts the ImageSource value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ImageSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("path".to_string()),
            Some(self.path.to_string()),
            // Skipping non-primitive type base in query parameter serialization
            self.mount_id.as_ref().map(|mount_id| {
                [
                    "mount_id".to_string(),
                    mount_id.to_string(),
                ].join(",")
            }),
            self.sha256.as_ref().map(|sha256| {
                [
                    "sha256".to_string(),
                    sha256.to_string(),
                ].join(",")
            }),
            self.sha1.as_ref().map(|sha1| {
                [
                    "sha1".to_string(),
                    sha1.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ImageSource value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ImageSource {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub path: Vec<String>,
            pub base: Vec<models::MountBindBase>,
            pub mount_id: Vec<i64>,
            pub sha256: Vec<String>,
            pub sha1: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ImageSource".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "path" => intermediate_rep.path.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "base" => intermediate_rep.base.push(<models::MountBindBase as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "mount_id" => intermediate_rep.mount_id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "sha256" => intermediate_rep.sha256.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "sha1" => intermediate_rep.sha1.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ImageSource".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ImageSource {
            path: intermediate_rep.path.into_iter().next().ok_or_else(|| "path missing in ImageSource".to_string())?,
            base: intermediate_rep.base.into_iter().next().ok_or_else(|| "base missing in ImageSource".to_string())?,
            mount_id: intermediate_rep.mount_id.into_iter().next(),
            sha256: intermediate_rep.sha256.into_iter().next(),
            sha1: intermediate_rep.sha1.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ImageSource> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ImageSource>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ImageSource>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ImageSource - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ImageSource> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ImageSource as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ImageSource - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ImageSource>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ImageSource>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ImageSource>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ImageSource> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ImageSource as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ImageSource - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// `unactivated` when created (also after an upload that failed or was interrupted), `uploading` while its file arrives, `active` once activated, `disabled` when hidden from new users, `failed` when adding its file failed (see `error`). 
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ImageState {
    #[serde(rename = "unactivated")]
    Unactivated,
    #[serde(rename = "uploading")]
    Uploading,
    #[serde(rename = "downloading")]
    Downloading,
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "disabled")]
    Disabled,
    #[serde(rename = "failed")]
    Failed,
}

impl std::fmt::Display for ImageState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ImageState::Unactivated => write!(f, "unactivated"),
            ImageState::Uploading => write!(f, "uploading"),
            ImageState::Downloading => write!(f, "downloading"),
            ImageState::Active => write!(f, "active"),
            ImageState::Disabled => write!(f, "disabled"),
            ImageState::Failed => write!(f, "failed"),
        }
    }
}

impl std::str::FromStr for ImageState {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "unactivated" => std::result::Result::Ok(ImageState::Unactivated),
            "uploading" => std::result::Result::Ok(ImageState::Uploading),
            "downloading" => std::result::Result::Ok(ImageState::Downloading),
            "active" => std::result::Result::Ok(ImageState::Active),
            "disabled" => std::result::Result::Ok(ImageState::Disabled),
            "failed" => std::result::Result::Ok(ImageState::Failed),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<ImageState> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ImageState>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ImageState>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ImageState - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ImageState> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ImageState as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ImageState - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ImageState>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ImageState>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ImageState>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ImageState> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ImageState as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ImageState - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// What the file is; `squashfs`, `ext4`, `xfs` and `erofs` images can be attached.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ImageType {
    #[serde(rename = "squashfs")]
    Squashfs,
    #[serde(rename = "ext4")]
    Ext4,
    #[serde(rename = "xfs")]
    Xfs,
    #[serde(rename = "erofs")]
    Erofs,
    #[serde(rename = "iso")]
    Iso,
    #[serde(rename = "tar")]
    Tar,
    #[serde(rename = "kernel")]
    Kernel,
    #[serde(rename = "initrd")]
    Initrd,
    #[serde(rename = "file")]
    File,
}

impl std::fmt::Display for ImageType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ImageType::Squashfs => write!(f, "squashfs"),
            ImageType::Ext4 => write!(f, "ext4"),
            ImageType::Xfs => write!(f, "xfs"),
            ImageType::Erofs => write!(f, "erofs"),
            ImageType::Iso => write!(f, "iso"),
            ImageType::Tar => write!(f, "tar"),
            ImageType::Kernel => write!(f, "kernel"),
            ImageType::Initrd => write!(f, "initrd"),
            ImageType::File => write!(f, "file"),
        }
    }
}

impl std::str::FromStr for ImageType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "squashfs" => std::result::Result::Ok(ImageType::Squashfs),
            "ext4" => std::result::Result::Ok(ImageType::Ext4),
            "xfs" => std::result::Result::Ok(ImageType::Xfs),
            "erofs" => std::result::Result::Ok(ImageType::Erofs),
            "iso" => std::result::Result::Ok(ImageType::Iso),
            "tar" => std::result::Result::Ok(ImageType::Tar),
            "kernel" => std::result::Result::Ok(ImageType::Kernel),
            "initrd" => std::result::Result::Ok(ImageType::Initrd),
            "file" => std::result::Result::Ok(ImageType::File),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<ImageType> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ImageType>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ImageType>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ImageType - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ImageType> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ImageType as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ImageType - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ImageType>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ImageType>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ImageType>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ImageType> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ImageType as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ImageType - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Extension. What the running kernel offers of the system calls newer than Linux 4.18 that the server uses, found at start by calling them. The server works without any of them; docs/kernels.md says what it does instead of each. 
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct KernelFeatures {
    /// The system calls the server uses.
    #[serde(rename = "uses")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub uses: Option<Vec<String>>,

    /// The system calls this kernel lacks.
    #[serde(rename = "lacks")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub lacks: Option<Vec<String>>,

    /// Whether containers with a user namespace can run here: they need idmapped mounts (Linux 5.12). 
    #[serde(rename = "user_namespaces")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub user_namespaces: Option<bool>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for KernelFeatures {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for KernelFeatures {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl KernelFeatures {
    #[allow(clippy::new_without_default)]
    pub fn new() -> KernelFeatures {
        KernelFeatures {
            uses: None,
            lacks: None,
            user_namespaces: None,
        }
    }
}

/// Converts the KernelFeatures value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for KernelFeatures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.uses.as_ref().map(|uses| {
                [
                    "uses".to_string(),
                    uses.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),
            self.lacks.as_ref().map(|lacks| {
                [
                    "lacks".to_string(),
                    lacks.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),
            self.user_namespaces.as_ref().map(|user_namespaces| {
                [
                    "user_namespaces".to_string(),
                    user_namespaces.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a KernelFeatures value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for KernelFeatures {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub uses: Vec<Vec<String>>,
            pub lacks: Vec<Vec<String>>,
            pub user_namespaces: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing KernelFeatures".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "uses" => return std::result::Result::Err("Parsing a container in this style is not supported in KernelFeatures".to_string()),
                    "lacks" => return std::result::Result::Err("Parsing a container in this style is not supported in KernelFeatures".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "user_namespaces" => intermediate_rep.user_namespaces.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing KernelFeatures".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(KernelFeatures {
            uses: intermediate_rep.uses.into_iter().next(),
            lacks: intermediate_rep.lacks.into_iter().next(),
            user_namespaces: intermediate_rep.user_namespaces.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<KernelFeatures> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<KernelFeatures>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<KernelFeatures>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for KernelFeatures - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<KernelFeatures> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <KernelFeatures as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into KernelFeatures - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<KernelFeatures>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<KernelFeatures>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<KernelFeatures>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<KernelFeatures> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <KernelFeatures as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into KernelFeatures - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ListAttachmentsKindParameter {
    #[serde(rename = "iscsi")]
    Iscsi,
    #[serde(rename = "local")]
    Local,
    #[serde(rename = "loopback")]
    Loopback,
    #[serde(rename = "rbd")]
    Rbd,
}

impl std::fmt::Display for ListAttachmentsKindParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ListAttachmentsKindParameter::Iscsi => write!(f, "iscsi"),
            ListAttachmentsKindParameter::Local => write!(f, "local"),
            ListAttachmentsKindParameter::Loopback => write!(f, "loopback"),
            ListAttachmentsKindParameter::Rbd => write!(f, "rbd"),
        }
    }
}

impl std::str::FromStr for ListAttachmentsKindParameter {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "iscsi" => std::result::Result::Ok(ListAttachmentsKindParameter::Iscsi),
            "local" => std::result::Result::Ok(ListAttachmentsKindParameter::Local),
            "loopback" => std::result::Result::Ok(ListAttachmentsKindParameter::Loopback),
            "rbd" => std::result::Result::Ok(ListAttachmentsKindParameter::Rbd),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<ListAttachmentsKindParameter> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ListAttachmentsKindParameter>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ListAttachmentsKindParameter>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ListAttachmentsKindParameter - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ListAttachmentsKindParameter> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ListAttachmentsKindParameter as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ListAttachmentsKindParameter - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ListAttachmentsKindParameter>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ListAttachmentsKindParameter>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ListAttachmentsKindParameter>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ListAttachmentsKindParameter> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ListAttachmentsKindParameter as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ListAttachmentsKindParameter - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ListContainersStateParameter {
    #[serde(rename = "created")]
    Created,
    #[serde(rename = "running")]
    Running,
    #[serde(rename = "stopping")]
    Stopping,
    #[serde(rename = "paused")]
    Paused,
    #[serde(rename = "exited")]
    Exited,
    #[serde(rename = "dead")]
    Dead,
}

impl std::fmt::Display for ListContainersStateParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ListContainersStateParameter::Created => write!(f, "created"),
            ListContainersStateParameter::Running => write!(f, "running"),
            ListContainersStateParameter::Stopping => write!(f, "stopping"),
            ListContainersStateParameter::Paused => write!(f, "paused"),
            ListContainersStateParameter::Exited => write!(f, "exited"),
            ListContainersStateParameter::Dead => write!(f, "dead"),
        }
    }
}

impl std::str::FromStr for ListContainersStateParameter {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "created" => std::result::Result::Ok(ListContainersStateParameter::Created),
            "running" => std::result::Result::Ok(ListContainersStateParameter::Running),
            "stopping" => std::result::Result::Ok(ListContainersStateParameter::Stopping),
            "paused" => std::result::Result::Ok(ListContainersStateParameter::Paused),
            "exited" => std::result::Result::Ok(ListContainersStateParameter::Exited),
            "dead" => std::result::Result::Ok(ListContainersStateParameter::Dead),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<ListContainersStateParameter> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ListContainersStateParameter>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ListContainersStateParameter>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ListContainersStateParameter - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ListContainersStateParameter> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ListContainersStateParameter as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ListContainersStateParameter - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ListContainersStateParameter>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ListContainersStateParameter>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ListContainersStateParameter>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ListContainersStateParameter> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ListContainersStateParameter as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ListContainersStateParameter - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ListImagesStateParameter {
    #[serde(rename = "unactivated")]
    Unactivated,
    #[serde(rename = "uploading")]
    Uploading,
    #[serde(rename = "downloading")]
    Downloading,
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "disabled")]
    Disabled,
    #[serde(rename = "failed")]
    Failed,
}

impl std::fmt::Display for ListImagesStateParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ListImagesStateParameter::Unactivated => write!(f, "unactivated"),
            ListImagesStateParameter::Uploading => write!(f, "uploading"),
            ListImagesStateParameter::Downloading => write!(f, "downloading"),
            ListImagesStateParameter::Active => write!(f, "active"),
            ListImagesStateParameter::Disabled => write!(f, "disabled"),
            ListImagesStateParameter::Failed => write!(f, "failed"),
        }
    }
}

impl std::str::FromStr for ListImagesStateParameter {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "unactivated" => std::result::Result::Ok(ListImagesStateParameter::Unactivated),
            "uploading" => std::result::Result::Ok(ListImagesStateParameter::Uploading),
            "downloading" => std::result::Result::Ok(ListImagesStateParameter::Downloading),
            "active" => std::result::Result::Ok(ListImagesStateParameter::Active),
            "disabled" => std::result::Result::Ok(ListImagesStateParameter::Disabled),
            "failed" => std::result::Result::Ok(ListImagesStateParameter::Failed),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<ListImagesStateParameter> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ListImagesStateParameter>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ListImagesStateParameter>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ListImagesStateParameter - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ListImagesStateParameter> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ListImagesStateParameter as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ListImagesStateParameter - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ListImagesStateParameter>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ListImagesStateParameter>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ListImagesStateParameter>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ListImagesStateParameter> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ListImagesStateParameter as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ListImagesStateParameter - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ListImagesTypeParameter {
    #[serde(rename = "squashfs")]
    Squashfs,
    #[serde(rename = "ext4")]
    Ext4,
    #[serde(rename = "xfs")]
    Xfs,
    #[serde(rename = "erofs")]
    Erofs,
    #[serde(rename = "iso")]
    Iso,
    #[serde(rename = "tar")]
    Tar,
    #[serde(rename = "kernel")]
    Kernel,
    #[serde(rename = "initrd")]
    Initrd,
    #[serde(rename = "file")]
    File,
}

impl std::fmt::Display for ListImagesTypeParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ListImagesTypeParameter::Squashfs => write!(f, "squashfs"),
            ListImagesTypeParameter::Ext4 => write!(f, "ext4"),
            ListImagesTypeParameter::Xfs => write!(f, "xfs"),
            ListImagesTypeParameter::Erofs => write!(f, "erofs"),
            ListImagesTypeParameter::Iso => write!(f, "iso"),
            ListImagesTypeParameter::Tar => write!(f, "tar"),
            ListImagesTypeParameter::Kernel => write!(f, "kernel"),
            ListImagesTypeParameter::Initrd => write!(f, "initrd"),
            ListImagesTypeParameter::File => write!(f, "file"),
        }
    }
}

impl std::str::FromStr for ListImagesTypeParameter {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "squashfs" => std::result::Result::Ok(ListImagesTypeParameter::Squashfs),
            "ext4" => std::result::Result::Ok(ListImagesTypeParameter::Ext4),
            "xfs" => std::result::Result::Ok(ListImagesTypeParameter::Xfs),
            "erofs" => std::result::Result::Ok(ListImagesTypeParameter::Erofs),
            "iso" => std::result::Result::Ok(ListImagesTypeParameter::Iso),
            "tar" => std::result::Result::Ok(ListImagesTypeParameter::Tar),
            "kernel" => std::result::Result::Ok(ListImagesTypeParameter::Kernel),
            "initrd" => std::result::Result::Ok(ListImagesTypeParameter::Initrd),
            "file" => std::result::Result::Ok(ListImagesTypeParameter::File),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<ListImagesTypeParameter> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ListImagesTypeParameter>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ListImagesTypeParameter>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ListImagesTypeParameter - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ListImagesTypeParameter> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ListImagesTypeParameter as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ListImagesTypeParameter - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ListImagesTypeParameter>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ListImagesTypeParameter>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ListImagesTypeParameter>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ListImagesTypeParameter> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ListImagesTypeParameter as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ListImagesTypeParameter - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ListMountsKindParameter {
    #[serde(rename = "attach")]
    Attach,
    #[serde(rename = "bind")]
    Bind,
    #[serde(rename = "nfs")]
    Nfs,
    #[serde(rename = "overlay")]
    Overlay,
    #[serde(rename = "uri")]
    Uri,
}

impl std::fmt::Display for ListMountsKindParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ListMountsKindParameter::Attach => write!(f, "attach"),
            ListMountsKindParameter::Bind => write!(f, "bind"),
            ListMountsKindParameter::Nfs => write!(f, "nfs"),
            ListMountsKindParameter::Overlay => write!(f, "overlay"),
            ListMountsKindParameter::Uri => write!(f, "uri"),
        }
    }
}

impl std::str::FromStr for ListMountsKindParameter {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "attach" => std::result::Result::Ok(ListMountsKindParameter::Attach),
            "bind" => std::result::Result::Ok(ListMountsKindParameter::Bind),
            "nfs" => std::result::Result::Ok(ListMountsKindParameter::Nfs),
            "overlay" => std::result::Result::Ok(ListMountsKindParameter::Overlay),
            "uri" => std::result::Result::Ok(ListMountsKindParameter::Uri),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<ListMountsKindParameter> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ListMountsKindParameter>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ListMountsKindParameter>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ListMountsKindParameter - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ListMountsKindParameter> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ListMountsKindParameter as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ListMountsKindParameter - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ListMountsKindParameter>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ListMountsKindParameter>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ListMountsKindParameter>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ListMountsKindParameter> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ListMountsKindParameter as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ListMountsKindParameter - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Something that ends up as a directory. Inside another object a mount is either a reference (`{\"id\": 4}`: the id wins and any definition beside it is ignored) or a full definition without an id. 
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Mount {
    /// Given by the server and read back. Inside another object, the id of an existing mount makes this a reference (`{\"id\": 4}` or `{\"id\": 4, \"kind\": \"overlay\"}`); a new top-level mount carries none. 
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<i64>,

    #[serde(rename = "kind")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub kind: Option<models::ListMountsKindParameter>,

    #[serde(rename = "mountpoint")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub mountpoint: Option<String>,

    #[serde(rename = "refs")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub refs: Option<i64>,

    #[serde(rename = "attach")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub attach: Option<models::MountAttach>,

    #[serde(rename = "bind")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub bind: Option<models::MountBind>,

    #[serde(rename = "nfs")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub nfs: Option<models::MountNfs>,

    #[serde(rename = "overlay")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub overlay: Option<models::MountOverlay>,

    #[serde(rename = "uri")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub uri: Option<models::MountUri>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Mount {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Mount {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl Mount {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Mount {
        Mount {
            id: None,
            kind: None,
            mountpoint: None,
            refs: None,
            attach: None,
            bind: None,
            nfs: None,
            overlay: None,
            uri: None,
        }
    }
}

/// Converts the Mount value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Mount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type kind in query parameter serialization
            self.mountpoint.as_ref().map(|mountpoint| {
                [
                    "mountpoint".to_string(),
                    mountpoint.to_string(),
                ].join(",")
            }),
            self.refs.as_ref().map(|refs| {
                [
                    "refs".to_string(),
                    refs.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type attach in query parameter serialization
            // Skipping non-primitive type bind in query parameter serialization
            // Skipping non-primitive type nfs in query parameter serialization
            // Skipping non-primitive type overlay in query parameter serialization
            // Skipping non-primitive type uri in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Mount value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Mount {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<i64>,
            pub kind: Vec<models::ListMountsKindParameter>,
            pub mountpoint: Vec<String>,
            pub refs: Vec<i64>,
            pub attach: Vec<models::MountAttach>,
            pub bind: Vec<models::MountBind>,
            pub nfs: Vec<models::MountNfs>,
            pub overlay: Vec<models::MountOverlay>,
            pub uri: Vec<models::MountUri>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Mount".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "kind" => intermediate_rep.kind.push(<models::ListMountsKindParameter as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "mountpoint" => intermediate_rep.mountpoint.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "refs" => intermediate_rep.refs.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "attach" => intermediate_rep.attach.push(<models::MountAttach as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "bind" => intermediate_rep.bind.push(<models::MountBind as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "nfs" => intermediate_rep.nfs.push(<models::MountNfs as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "overlay" => intermediate_rep.overlay.push(<models::MountOverlay as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "uri" => intermediate_rep.uri.push(<models::MountUri as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Mount".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Mount {
            id: intermediate_rep.id.into_iter().next(),
            kind: intermediate_rep.kind.into_iter().next(),
            mountpoint: intermediate_rep.mountpoint.into_iter().next(),
            refs: intermediate_rep.refs.into_iter().next(),
            attach: intermediate_rep.attach.into_iter().next(),
            bind: intermediate_rep.bind.into_iter().next(),
            nfs: intermediate_rep.nfs.into_iter().next(),
            overlay: intermediate_rep.overlay.into_iter().next(),
            uri: intermediate_rep.uri.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Mount> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Mount>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Mount>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Mount - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Mount> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Mount as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Mount - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Mount>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Mount>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Mount>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Mount> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Mount as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Mount - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// A filesystem on an attachment.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MountAttach {
    #[serde(rename = "attach")]

    #[cfg_attr(feature = "validate", validate)]
    pub attach: Box<models::Attach>,

    /// Any filesystem the kernel knows, e.g. `squashfs`, `ext4`, `xfs`, `erofs`.
    #[serde(rename = "fs_type")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub fs_type: String,

    /// Flags such as `ro`, `nosuid`, `noexec` become mount flags; the rest is filesystem data.
    #[serde(rename = "mount_options")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub mount_options: Option<Vec<String>>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for MountAttach {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for MountAttach {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl MountAttach {
    #[allow(clippy::new_without_default)]
    pub fn new(attach: Box<models::Attach>, fs_type: String, ) -> MountAttach {
        MountAttach {
            attach,
            fs_type,
            mount_options: None,
        }
    }
}

/// Converts the MountAttach value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for MountAttach {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type attach in query parameter serialization
            Some("fs_type".to_string()),
            Some(self.fs_type.to_string()),
            self.mount_options.as_ref().map(|mount_options| {
                [
                    "mount_options".to_string(),
                    mount_options.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MountAttach value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MountAttach {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub attach: Vec<Box<models::Attach>>,
            pub fs_type: Vec<String>,
            pub mount_options: Vec<Vec<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing MountAttach".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "attach" => intermediate_rep.attach.push(Box::new(<models::Attach as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?)),
                    #[allow(clippy::redundant_clone)]
                    "fs_type" => intermediate_rep.fs_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "mount_options" => return std::result::Result::Err("Parsing a container in this style is not supported in MountAttach".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing MountAttach".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MountAttach {
            attach: intermediate_rep.attach.into_iter().next().ok_or_else(|| "attach missing in MountAttach".to_string())?,
            fs_type: intermediate_rep.fs_type.into_iter().next().ok_or_else(|| "fs_type missing in MountAttach".to_string())?,
            mount_options: intermediate_rep.mount_options.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MountAttach> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<MountAttach>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<MountAttach>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for MountAttach - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<MountAttach> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <MountAttach as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into MountAttach - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<MountAttach>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<MountAttach>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<MountAttach>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<MountAttach> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <MountAttach as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into MountAttach - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// A directory or file bind-mounted from the node or from another mount.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MountBind {
    #[serde(rename = "path")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub path: String,

    #[serde(rename = "base")]

    #[cfg_attr(feature = "validate", validate)]
    pub base: models::MountBindBase,

    #[serde(rename = "recursive")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub recursive: Option<bool>,

    #[serde(rename = "ro")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub ro: Option<bool>,

    /// Extension. For a container with a user namespace (`user` in `namespaces`) whose root stack holds this bind of a node directory: show the directory's files with their node owners, so the container's root acts as the node's root on them. Without it the container sees them through its own id range only (files of the node's users read as `nobody`), so its root can neither read nor write what only the node's root may. A bind of a directory inside another mount (`base: mount`) is always shown with the image's owners. 
    #[serde(rename = "idmap")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub idmap: Option<bool>,

    #[serde(rename = "mount")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub mount: Option<Box<models::Mount>>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for MountBind {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for MountBind {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl MountBind {
    #[allow(clippy::new_without_default)]
    pub fn new(path: String, base: models::MountBindBase, ) -> MountBind {
        MountBind {
            path,
            base,
            recursive: Some(false),
            ro: Some(false),
            idmap: Some(false),
            mount: None,
        }
    }
}

/// Converts the MountBind value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for MountBind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("path".to_string()),
            Some(self.path.to_string()),
            // Skipping non-primitive type base in query parameter serialization
            self.recursive.as_ref().map(|recursive| {
                [
                    "recursive".to_string(),
                    recursive.to_string(),
                ].join(",")
            }),
            self.ro.as_ref().map(|ro| {
                [
                    "ro".to_string(),
                    ro.to_string(),
                ].join(",")
            }),
            self.idmap.as_ref().map(|idmap| {
                [
                    "idmap".to_string(),
                    idmap.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type mount in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MountBind value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MountBind {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub path: Vec<String>,
            pub base: Vec<models::MountBindBase>,
            pub recursive: Vec<bool>,
            pub ro: Vec<bool>,
            pub idmap: Vec<bool>,
            pub mount: Vec<Box<models::Mount>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing MountBind".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "path" => intermediate_rep.path.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "base" => intermediate_rep.base.push(<models::MountBindBase as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "recursive" => intermediate_rep.recursive.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "ro" => intermediate_rep.ro.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "idmap" => intermediate_rep.idmap.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "mount" => intermediate_rep.mount.push(Box::new(<models::Mount as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?)),
                    _ => return std::result::Result::Err("Unexpected key while parsing MountBind".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MountBind {
            path: intermediate_rep.path.into_iter().next().ok_or_else(|| "path missing in MountBind".to_string())?,
            base: intermediate_rep.base.into_iter().next().ok_or_else(|| "base missing in MountBind".to_string())?,
            recursive: intermediate_rep.recursive.into_iter().next(),
            ro: intermediate_rep.ro.into_iter().next(),
            idmap: intermediate_rep.idmap.into_iter().next(),
            mount: intermediate_rep.mount.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MountBind> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<MountBind>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<MountBind>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for MountBind - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<MountBind> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <MountBind as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into MountBind - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<MountBind>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<MountBind>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<MountBind>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<MountBind> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <MountBind as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into MountBind - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum MountBindBase {
    #[serde(rename = "root")]
    Root,
    #[serde(rename = "mount")]
    Mount,
}

impl std::fmt::Display for MountBindBase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            MountBindBase::Root => write!(f, "root"),
            MountBindBase::Mount => write!(f, "mount"),
        }
    }
}

impl std::str::FromStr for MountBindBase {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "root" => std::result::Result::Ok(MountBindBase::Root),
            "mount" => std::result::Result::Ok(MountBindBase::Mount),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<MountBindBase> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<MountBindBase>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<MountBindBase>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for MountBindBase - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<MountBindBase> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <MountBindBase as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into MountBindBase - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<MountBindBase>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<MountBindBase>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<MountBindBase>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<MountBindBase> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <MountBindBase as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into MountBindBase - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// An NFS export.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MountNfs {
    #[serde(rename = "host")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub host: String,

    #[serde(rename = "path")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub path: String,

    #[serde(rename = "ro")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub ro: Option<bool>,

    #[serde(rename = "version")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub version: Option<String>,

    /// nfs(5) options; `addr=`, `clientaddr=` and `vers=` are filled in by the server.
    #[serde(rename = "options")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub options: Option<Vec<String>>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for MountNfs {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for MountNfs {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl MountNfs {
    #[allow(clippy::new_without_default)]
    pub fn new(host: String, path: String, ) -> MountNfs {
        MountNfs {
            host,
            path,
            ro: Some(false),
            version: Some("4.2".to_string()),
            options: None,
        }
    }
}

/// Converts the MountNfs value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for MountNfs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("host".to_string()),
            Some(self.host.to_string()),
            Some("path".to_string()),
            Some(self.path.to_string()),
            self.ro.as_ref().map(|ro| {
                [
                    "ro".to_string(),
                    ro.to_string(),
                ].join(",")
            }),
            self.version.as_ref().map(|version| {
                [
                    "version".to_string(),
                    version.to_string(),
                ].join(",")
            }),
            self.options.as_ref().map(|options| {
                [
                    "options".to_string(),
                    options.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MountNfs value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MountNfs {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub host: Vec<String>,
            pub path: Vec<String>,
            pub ro: Vec<bool>,
            pub version: Vec<String>,
            pub options: Vec<Vec<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing MountNfs".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "host" => intermediate_rep.host.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "path" => intermediate_rep.path.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "ro" => intermediate_rep.ro.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "options" => return std::result::Result::Err("Parsing a container in this style is not supported in MountNfs".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing MountNfs".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MountNfs {
            host: intermediate_rep.host.into_iter().next().ok_or_else(|| "host missing in MountNfs".to_string())?,
            path: intermediate_rep.path.into_iter().next().ok_or_else(|| "path missing in MountNfs".to_string())?,
            ro: intermediate_rep.ro.into_iter().next(),
            version: intermediate_rep.version.into_iter().next(),
            options: intermediate_rep.options.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MountNfs> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<MountNfs>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<MountNfs>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for MountNfs - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<MountNfs> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <MountNfs as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into MountNfs - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<MountNfs>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<MountNfs>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<MountNfs>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<MountNfs> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <MountNfs as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into MountNfs - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// An overlay of several read-only lowers with a writable upper layer.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MountOverlay {
    /// The lower layers, topmost first.
    #[serde(rename = "lower")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    
    pub lower: Vec<models::Mount>,

    #[serde(rename = "upperdir")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub upperdir: Option<String>,

    #[serde(rename = "workdir")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub workdir: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for MountOverlay {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for MountOverlay {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl MountOverlay {
    #[allow(clippy::new_without_default)]
    pub fn new(lower: Vec<models::Mount>, ) -> MountOverlay {
        MountOverlay {
            lower,
            upperdir: None,
            workdir: None,
        }
    }
}

/// Converts the MountOverlay value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for MountOverlay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type lower in query parameter serialization
            self.upperdir.as_ref().map(|upperdir| {
                [
                    "upperdir".to_string(),
                    upperdir.to_string(),
                ].join(",")
            }),
            self.workdir.as_ref().map(|workdir| {
                [
                    "workdir".to_string(),
                    workdir.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MountOverlay value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MountOverlay {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub lower: Vec<Vec<models::Mount>>,
            pub upperdir: Vec<String>,
            pub workdir: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing MountOverlay".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "lower" => return std::result::Result::Err("Parsing a container in this style is not supported in MountOverlay".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "upperdir" => intermediate_rep.upperdir.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "workdir" => intermediate_rep.workdir.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing MountOverlay".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MountOverlay {
            lower: intermediate_rep.lower.into_iter().next().ok_or_else(|| "lower missing in MountOverlay".to_string())?,
            upperdir: intermediate_rep.upperdir.into_iter().next(),
            workdir: intermediate_rep.workdir.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MountOverlay> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<MountOverlay>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<MountOverlay>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for MountOverlay - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<MountOverlay> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <MountOverlay as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into MountOverlay - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<MountOverlay>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<MountOverlay>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<MountOverlay>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<MountOverlay> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <MountOverlay as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into MountOverlay - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Extension. A file downloaded over HTTP(S) into a ramdisk, then extracted (an archive) or kept as it is (e.g. a squashfs image for a loopback attachment with `base: mount`). With `image`, the file is an image of another server's store, checked against that store's manifest. 
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MountUri {
    /// The file's URL; with `image`, the base URL of the store's serve listener (e.g. `http://head:9090`). 
    #[serde(rename = "url")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub url: String,

    /// An image of the store at `url`, by uuid or as `name/version`. The server reads its manifest there first (IMGAPI `GET /images/<uuid>`, or `GET /images?name=&version=`) and refuses (422) an image that is missing or not active; then it downloads the image's file (`GET /images/<uuid>/file`) and refuses (422, nothing kept) bytes whose sha256 or size are not the manifest's. A `sha256` given as well must be the manifest's. With `format: file` the file is named `file`. 
    #[serde(rename = "image")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 512),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 512))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub image: Option<String>,

    #[serde(rename = "sha256")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_MOUNTURI_SHA256),
        ))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[0-9a-fA-F]{64}$"))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub sha256: Option<String>,

    #[serde(rename = "format")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub format: Option<models::MountUriFormat>,

    /// The largest download accepted, in bytes.
    #[serde(rename = "size_limit")]
    #[cfg_attr(not(feature = "validate"), validate(
            range(min = 1i64),
        ))]
    #[cfg_attr(feature = "validate", validate(minimum = 1i64))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub size_limit: Option<i64>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for MountUri {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for MountUri {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_MOUNTURI_SHA256: regex::Regex = regex::Regex::new(r"^[0-9a-fA-F]{64}$").unwrap();
}

impl MountUri {
    #[allow(clippy::new_without_default)]
    pub fn new(url: String, ) -> MountUri {
        MountUri {
            url,
            image: None,
            sha256: None,
            format: None,
            size_limit: None,
        }
    }
}

/// Converts the MountUri value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for MountUri {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("url".to_string()),
            Some(self.url.to_string()),
            self.image.as_ref().map(|image| {
                [
                    "image".to_string(),
                    image.to_string(),
                ].join(",")
            }),
            self.sha256.as_ref().map(|sha256| {
                [
                    "sha256".to_string(),
                    sha256.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type format in query parameter serialization
            self.size_limit.as_ref().map(|size_limit| {
                [
                    "size_limit".to_string(),
                    size_limit.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MountUri value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MountUri {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub url: Vec<String>,
            pub image: Vec<String>,
            pub sha256: Vec<String>,
            pub format: Vec<models::MountUriFormat>,
            pub size_limit: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing MountUri".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "image" => intermediate_rep.image.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "sha256" => intermediate_rep.sha256.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "format" => intermediate_rep.format.push(<models::MountUriFormat as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "size_limit" => intermediate_rep.size_limit.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing MountUri".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MountUri {
            url: intermediate_rep.url.into_iter().next().ok_or_else(|| "url missing in MountUri".to_string())?,
            image: intermediate_rep.image.into_iter().next(),
            sha256: intermediate_rep.sha256.into_iter().next(),
            format: intermediate_rep.format.into_iter().next(),
            size_limit: intermediate_rep.size_limit.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MountUri> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<MountUri>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<MountUri>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for MountUri - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<MountUri> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <MountUri as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into MountUri - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<MountUri>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<MountUri>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<MountUri>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<MountUri> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <MountUri as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into MountUri - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum MountUriFormat {
    #[serde(rename = "file")]
    File,
    #[serde(rename = "tar")]
    Tar,
    #[serde(rename = "tar.gz")]
    TarGz,
    #[serde(rename = "tar.xz")]
    TarXz,
    #[serde(rename = "tar.zst")]
    TarZst,
}

impl std::fmt::Display for MountUriFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            MountUriFormat::File => write!(f, "file"),
            MountUriFormat::Tar => write!(f, "tar"),
            MountUriFormat::TarGz => write!(f, "tar.gz"),
            MountUriFormat::TarXz => write!(f, "tar.xz"),
            MountUriFormat::TarZst => write!(f, "tar.zst"),
        }
    }
}

impl std::str::FromStr for MountUriFormat {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "file" => std::result::Result::Ok(MountUriFormat::File),
            "tar" => std::result::Result::Ok(MountUriFormat::Tar),
            "tar.gz" => std::result::Result::Ok(MountUriFormat::TarGz),
            "tar.xz" => std::result::Result::Ok(MountUriFormat::TarXz),
            "tar.zst" => std::result::Result::Ok(MountUriFormat::TarZst),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<MountUriFormat> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<MountUriFormat>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<MountUriFormat>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for MountUriFormat - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<MountUriFormat> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <MountUriFormat as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into MountUriFormat - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<MountUriFormat>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<MountUriFormat>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<MountUriFormat>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<MountUriFormat> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <MountUriFormat as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into MountUriFormat - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Options of the kernel rbd map, each passed under its own name.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RbdOptions {
    #[serde(rename = "fsid")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub fsid: Option<String>,

    #[serde(rename = "ip")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub ip: Option<String>,

    #[serde(rename = "share")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub share: Option<bool>,

    #[serde(rename = "noshare")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub noshare: Option<bool>,

    #[serde(rename = "crc")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub crc: Option<bool>,

    #[serde(rename = "nocrc")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub nocrc: Option<bool>,

    #[serde(rename = "ceph_requires_signatures")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub ceph_requires_signatures: Option<bool>,

    #[serde(rename = "noceph_requires_signatures")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub noceph_requires_signatures: Option<bool>,

    #[serde(rename = "tcp_nodelay")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub tcp_nodelay: Option<bool>,

    #[serde(rename = "notcp_nodelay")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub notcp_nodelay: Option<bool>,

    #[serde(rename = "cephx_sign_messages")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub cephx_sign_messages: Option<bool>,

    #[serde(rename = "nocephx_sign_messages")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub nocephx_sign_messages: Option<bool>,

    #[serde(rename = "mount_timeout")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub mount_timeout: Option<i32>,

    #[serde(rename = "osdkeepalive")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub osdkeepalive: Option<i32>,

    #[serde(rename = "osd_idle_ttl")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub osd_idle_ttl: Option<i32>,

    #[serde(rename = "force")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub force: Option<bool>,

    #[serde(rename = "rw")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub rw: Option<bool>,

    #[serde(rename = "ro")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub ro: Option<bool>,

    #[serde(rename = "queue_depth")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub queue_depth: Option<i32>,

    #[serde(rename = "lock_on_read")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub lock_on_read: Option<bool>,

    #[serde(rename = "exclusive")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub exclusive: Option<bool>,

    #[serde(rename = "lock_timeout")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub lock_timeout: Option<i64>,

    #[serde(rename = "notrim")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub notrim: Option<bool>,

    #[serde(rename = "abort_on_full")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub abort_on_full: Option<bool>,

    #[serde(rename = "alloc_size")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub alloc_size: Option<i32>,

    #[serde(rename = "name")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub name: Option<String>,

    /// The cephx key. Write-only; never returned and never logged.
    #[serde(rename = "secret")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub secret: Option<String>,

    #[serde(rename = "namespace")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub namespace: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for RbdOptions {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for RbdOptions {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl RbdOptions {
    #[allow(clippy::new_without_default)]
    pub fn new() -> RbdOptions {
        RbdOptions {
            fsid: None,
            ip: None,
            share: None,
            noshare: None,
            crc: None,
            nocrc: None,
            ceph_requires_signatures: None,
            noceph_requires_signatures: None,
            tcp_nodelay: None,
            notcp_nodelay: None,
            cephx_sign_messages: None,
            nocephx_sign_messages: None,
            mount_timeout: None,
            osdkeepalive: None,
            osd_idle_ttl: None,
            force: None,
            rw: None,
            ro: None,
            queue_depth: None,
            lock_on_read: None,
            exclusive: None,
            lock_timeout: None,
            notrim: None,
            abort_on_full: None,
            alloc_size: None,
            name: None,
            secret: None,
            namespace: None,
        }
    }
}

/// Converts the RbdOptions value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for RbdOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.fsid.as_ref().map(|fsid| {
                [
                    "fsid".to_string(),
                    fsid.to_string(),
                ].join(",")
            }),
            self.ip.as_ref().map(|ip| {
                [
                    "ip".to_string(),
                    ip.to_string(),
                ].join(",")
            }),
            self.share.as_ref().map(|share| {
                [
                    "share".to_string(),
                    share.to_string(),
                ].join(",")
            }),
            self.noshare.as_ref().map(|noshare| {
                [
                    "noshare".to_string(),
                    noshare.to_string(),
                ].join(",")
            }),
            self.crc.as_ref().map(|crc| {
                [
                    "crc".to_string(),
                    crc.to_string(),
                ].join(",")
            }),
            self.nocrc.as_ref().map(|nocrc| {
                [
                    "nocrc".to_string(),
                    nocrc.to_string(),
                ].join(",")
            }),
            self.ceph_requires_signatures.as_ref().map(|ceph_requires_signatures| {
                [
                    "ceph_requires_signatures".to_string(),
                    ceph_requires_signatures.to_string(),
                ].join(",")
            }),
            self.noceph_requires_signatures.as_ref().map(|noceph_requires_signatures| {
                [
                    "noceph_requires_signatures".to_string(),
                    noceph_requires_signatures.to_string(),
                ].join(",")
            }),
            self.tcp_nodelay.as_ref().map(|tcp_nodelay| {
                [
                    "tcp_nodelay".to_string(),
                    tcp_nodelay.to_string(),
                ].join(",")
            }),
            self.notcp_nodelay.as_ref().map(|notcp_nodelay| {
                [
                    "notcp_nodelay".to_string(),
                    notcp_nodelay.to_string(),
                ].join(",")
            }),
            self.cephx_sign_messages.as_ref().map(|cephx_sign_messages| {
                [
                    "cephx_sign_messages".to_string(),
                    cephx_sign_messages.to_string(),
                ].join(",")
            }),
            self.nocephx_sign_messages.as_ref().map(|nocephx_sign_messages| {
                [
                    "nocephx_sign_messages".to_string(),
                    nocephx_sign_messages.to_string(),
                ].join(",")
            }),
            self.mount_timeout.as_ref().map(|mount_timeout| {
                [
                    "mount_timeout".to_string(),
                    mount_timeout.to_string(),
                ].join(",")
            }),
            self.osdkeepalive.as_ref().map(|osdkeepalive| {
                [
                    "osdkeepalive".to_string(),
                    osdkeepalive.to_string(),
                ].join(",")
            }),
            self.osd_idle_ttl.as_ref().map(|osd_idle_ttl| {
                [
                    "osd_idle_ttl".to_string(),
                    osd_idle_ttl.to_string(),
                ].join(",")
            }),
            self.force.as_ref().map(|force| {
                [
                    "force".to_string(),
                    force.to_string(),
                ].join(",")
            }),
            self.rw.as_ref().map(|rw| {
                [
                    "rw".to_string(),
                    rw.to_string(),
                ].join(",")
            }),
            self.ro.as_ref().map(|ro| {
                [
                    "ro".to_string(),
                    ro.to_string(),
                ].join(",")
            }),
            self.queue_depth.as_ref().map(|queue_depth| {
                [
                    "queue_depth".to_string(),
                    queue_depth.to_string(),
                ].join(",")
            }),
            self.lock_on_read.as_ref().map(|lock_on_read| {
                [
                    "lock_on_read".to_string(),
                    lock_on_read.to_string(),
                ].join(",")
            }),
            self.exclusive.as_ref().map(|exclusive| {
                [
                    "exclusive".to_string(),
                    exclusive.to_string(),
                ].join(",")
            }),
            self.lock_timeout.as_ref().map(|lock_timeout| {
                [
                    "lock_timeout".to_string(),
                    lock_timeout.to_string(),
                ].join(",")
            }),
            self.notrim.as_ref().map(|notrim| {
                [
                    "notrim".to_string(),
                    notrim.to_string(),
                ].join(",")
            }),
            self.abort_on_full.as_ref().map(|abort_on_full| {
                [
                    "abort_on_full".to_string(),
                    abort_on_full.to_string(),
                ].join(",")
            }),
            self.alloc_size.as_ref().map(|alloc_size| {
                [
                    "alloc_size".to_string(),
                    alloc_size.to_string(),
                ].join(",")
            }),
            self.name.as_ref().map(|name| {
                [
                    "name".to_string(),
                    name.to_string(),
                ].join(",")
            }),
            self.secret.as_ref().map(|secret| {
                [
                    "secret".to_string(),
                    secret.to_string(),
                ].join(",")
            }),
            self.namespace.as_ref().map(|namespace| {
                [
                    "namespace".to_string(),
                    namespace.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a RbdOptions value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for RbdOptions {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub fsid: Vec<String>,
            pub ip: Vec<String>,
            pub share: Vec<bool>,
            pub noshare: Vec<bool>,
            pub crc: Vec<bool>,
            pub nocrc: Vec<bool>,
            pub ceph_requires_signatures: Vec<bool>,
            pub noceph_requires_signatures: Vec<bool>,
            pub tcp_nodelay: Vec<bool>,
            pub notcp_nodelay: Vec<bool>,
            pub cephx_sign_messages: Vec<bool>,
            pub nocephx_sign_messages: Vec<bool>,
            pub mount_timeout: Vec<i32>,
            pub osdkeepalive: Vec<i32>,
            pub osd_idle_ttl: Vec<i32>,
            pub force: Vec<bool>,
            pub rw: Vec<bool>,
            pub ro: Vec<bool>,
            pub queue_depth: Vec<i32>,
            pub lock_on_read: Vec<bool>,
            pub exclusive: Vec<bool>,
            pub lock_timeout: Vec<i64>,
            pub notrim: Vec<bool>,
            pub abort_on_full: Vec<bool>,
            pub alloc_size: Vec<i32>,
            pub name: Vec<String>,
            pub secret: Vec<String>,
            pub namespace: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing RbdOptions".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "fsid" => intermediate_rep.fsid.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "ip" => intermediate_rep.ip.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "share" => intermediate_rep.share.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "noshare" => intermediate_rep.noshare.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "crc" => intermediate_rep.crc.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "nocrc" => intermediate_rep.nocrc.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "ceph_requires_signatures" => intermediate_rep.ceph_requires_signatures.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "noceph_requires_signatures" => intermediate_rep.noceph_requires_signatures.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "tcp_nodelay" => intermediate_rep.tcp_nodelay.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "notcp_nodelay" => intermediate_rep.notcp_nodelay.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "cephx_sign_messages" => intermediate_rep.cephx_sign_messages.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "nocephx_sign_messages" => intermediate_rep.nocephx_sign_messages.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "mount_timeout" => intermediate_rep.mount_timeout.push(<i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "osdkeepalive" => intermediate_rep.osdkeepalive.push(<i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "osd_idle_ttl" => intermediate_rep.osd_idle_ttl.push(<i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "force" => intermediate_rep.force.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "rw" => intermediate_rep.rw.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "ro" => intermediate_rep.ro.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "queue_depth" => intermediate_rep.queue_depth.push(<i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "lock_on_read" => intermediate_rep.lock_on_read.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "exclusive" => intermediate_rep.exclusive.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "lock_timeout" => intermediate_rep.lock_timeout.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "notrim" => intermediate_rep.notrim.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "abort_on_full" => intermediate_rep.abort_on_full.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "alloc_size" => intermediate_rep.alloc_size.push(<i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "secret" => intermediate_rep.secret.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "namespace" => intermediate_rep.namespace.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing RbdOptions".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(RbdOptions {
            fsid: intermediate_rep.fsid.into_iter().next(),
            ip: intermediate_rep.ip.into_iter().next(),
            share: intermediate_rep.share.into_iter().next(),
            noshare: intermediate_rep.noshare.into_iter().next(),
            crc: intermediate_rep.crc.into_iter().next(),
            nocrc: intermediate_rep.nocrc.into_iter().next(),
            ceph_requires_signatures: intermediate_rep.ceph_requires_signatures.into_iter().next(),
            noceph_requires_signatures: intermediate_rep.noceph_requires_signatures.into_iter().next(),
            tcp_nodelay: intermediate_rep.tcp_nodelay.into_iter().next(),
            notcp_nodelay: intermediate_rep.notcp_nodelay.into_iter().next(),
            cephx_sign_messages: intermediate_rep.cephx_sign_messages.into_iter().next(),
            nocephx_sign_messages: intermediate_rep.nocephx_sign_messages.into_iter().next(),
            mount_timeout: intermediate_rep.mount_timeout.into_iter().next(),
            osdkeepalive: intermediate_rep.osdkeepalive.into_iter().next(),
            osd_idle_ttl: intermediate_rep.osd_idle_ttl.into_iter().next(),
            force: intermediate_rep.force.into_iter().next(),
            rw: intermediate_rep.rw.into_iter().next(),
            ro: intermediate_rep.ro.into_iter().next(),
            queue_depth: intermediate_rep.queue_depth.into_iter().next(),
            lock_on_read: intermediate_rep.lock_on_read.into_iter().next(),
            exclusive: intermediate_rep.exclusive.into_iter().next(),
            lock_timeout: intermediate_rep.lock_timeout.into_iter().next(),
            notrim: intermediate_rep.notrim.into_iter().next(),
            abort_on_full: intermediate_rep.abort_on_full.into_iter().next(),
            alloc_size: intermediate_rep.alloc_size.into_iter().next(),
            name: intermediate_rep.name.into_iter().next(),
            secret: intermediate_rep.secret.into_iter().next(),
            namespace: intermediate_rep.namespace.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<RbdOptions> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<RbdOptions>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<RbdOptions>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for RbdOptions - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<RbdOptions> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <RbdOptions as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into RbdOptions - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<RbdOptions>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<RbdOptions>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<RbdOptions>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<RbdOptions> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <RbdOptions as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into RbdOptions - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum SetContainerStateStateParameter {
    #[serde(rename = "running")]
    Running,
    #[serde(rename = "exited")]
    Exited,
    #[serde(rename = "paused")]
    Paused,
}

impl std::fmt::Display for SetContainerStateStateParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            SetContainerStateStateParameter::Running => write!(f, "running"),
            SetContainerStateStateParameter::Exited => write!(f, "exited"),
            SetContainerStateStateParameter::Paused => write!(f, "paused"),
        }
    }
}

impl std::str::FromStr for SetContainerStateStateParameter {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "running" => std::result::Result::Ok(SetContainerStateStateParameter::Running),
            "exited" => std::result::Result::Ok(SetContainerStateStateParameter::Exited),
            "paused" => std::result::Result::Ok(SetContainerStateStateParameter::Paused),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<SetContainerStateStateParameter> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<SetContainerStateStateParameter>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<SetContainerStateStateParameter>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for SetContainerStateStateParameter - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<SetContainerStateStateParameter> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <SetContainerStateStateParameter as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into SetContainerStateStateParameter - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<SetContainerStateStateParameter>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<SetContainerStateStateParameter>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<SetContainerStateStateParameter>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<SetContainerStateStateParameter> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <SetContainerStateStateParameter as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into SetContainerStateStateParameter - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum SetImageStateActionParameter {
    #[serde(rename = "activate")]
    Activate,
    #[serde(rename = "disable")]
    Disable,
    #[serde(rename = "enable")]
    Enable,
}

impl std::fmt::Display for SetImageStateActionParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            SetImageStateActionParameter::Activate => write!(f, "activate"),
            SetImageStateActionParameter::Disable => write!(f, "disable"),
            SetImageStateActionParameter::Enable => write!(f, "enable"),
        }
    }
}

impl std::str::FromStr for SetImageStateActionParameter {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "activate" => std::result::Result::Ok(SetImageStateActionParameter::Activate),
            "disable" => std::result::Result::Ok(SetImageStateActionParameter::Disable),
            "enable" => std::result::Result::Ok(SetImageStateActionParameter::Enable),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<SetImageStateActionParameter> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<SetImageStateActionParameter>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<SetImageStateActionParameter>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for SetImageStateActionParameter - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<SetImageStateActionParameter> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <SetImageStateActionParameter as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into SetImageStateActionParameter - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<SetImageStateActionParameter>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<SetImageStateActionParameter>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<SetImageStateActionParameter>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<SetImageStateActionParameter> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <SetImageStateActionParameter as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into SetImageStateActionParameter - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Deprecated (v0.1). A container; its mount reads as a reference.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct V01Container {
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<i64>,

    #[serde(rename = "logfile")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub logfile: Option<String>,

    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 128),
           regex(path = *RE_V01CONTAINER_NAME),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 128))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Za-z0-9._-]+$"))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub name: Option<String>,

    #[serde(rename = "mount")]

    #[cfg_attr(feature = "validate", validate)]
    pub mount: models::V01Mount,

    #[serde(rename = "command")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub command: String,

    #[serde(rename = "systemd")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub systemd: Option<bool>,

    #[serde(rename = "state")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub state: Option<models::V01ContainerState>,

    #[serde(rename = "namespaces")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub namespaces: Option<Vec<models::ContainerNamespacesInner>>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for V01Container {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for V01Container {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_V01CONTAINER_NAME: regex::Regex = regex::Regex::new(r"^[A-Za-z0-9._-]+$").unwrap();
}

impl V01Container {
    #[allow(clippy::new_without_default)]
    pub fn new(mount: models::V01Mount, command: String, ) -> V01Container {
        V01Container {
            id: None,
            logfile: None,
            name: None,
            mount,
            command,
            systemd: Some(false),
            state: None,
            namespaces: None,
        }
    }
}

/// Converts the V01Container value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for V01Container {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.logfile.as_ref().map(|logfile| {
                [
                    "logfile".to_string(),
                    logfile.to_string(),
                ].join(",")
            }),
            self.name.as_ref().map(|name| {
                [
                    "name".to_string(),
                    name.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type mount in query parameter serialization
            Some("command".to_string()),
            Some(self.command.to_string()),
            self.systemd.as_ref().map(|systemd| {
                [
                    "systemd".to_string(),
                    systemd.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type state in query parameter serialization
            // Skipping non-primitive type namespaces in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a V01Container value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for V01Container {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<i64>,
            pub logfile: Vec<String>,
            pub name: Vec<String>,
            pub mount: Vec<models::V01Mount>,
            pub command: Vec<String>,
            pub systemd: Vec<bool>,
            pub state: Vec<models::V01ContainerState>,
            pub namespaces: Vec<Vec<models::ContainerNamespacesInner>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing V01Container".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "logfile" => intermediate_rep.logfile.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "mount" => intermediate_rep.mount.push(<models::V01Mount as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "command" => intermediate_rep.command.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "systemd" => intermediate_rep.systemd.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "state" => intermediate_rep.state.push(<models::V01ContainerState as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "namespaces" => return std::result::Result::Err("Parsing a container in this style is not supported in V01Container".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing V01Container".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(V01Container {
            id: intermediate_rep.id.into_iter().next(),
            logfile: intermediate_rep.logfile.into_iter().next(),
            name: intermediate_rep.name.into_iter().next(),
            mount: intermediate_rep.mount.into_iter().next().ok_or_else(|| "mount missing in V01Container".to_string())?,
            command: intermediate_rep.command.into_iter().next().ok_or_else(|| "command missing in V01Container".to_string())?,
            systemd: intermediate_rep.systemd.into_iter().next(),
            state: intermediate_rep.state.into_iter().next(),
            namespaces: intermediate_rep.namespaces.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<V01Container> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<V01Container>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<V01Container>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for V01Container - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<V01Container> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <V01Container as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into V01Container - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<V01Container>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<V01Container>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<V01Container>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<V01Container> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <V01Container as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into V01Container - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum V01ContainerState {
    #[serde(rename = "created")]
    Created,
    #[serde(rename = "running")]
    Running,
    #[serde(rename = "stopping")]
    Stopping,
    #[serde(rename = "exited")]
    Exited,
    #[serde(rename = "dead")]
    Dead,
}

impl std::fmt::Display for V01ContainerState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            V01ContainerState::Created => write!(f, "created"),
            V01ContainerState::Running => write!(f, "running"),
            V01ContainerState::Stopping => write!(f, "stopping"),
            V01ContainerState::Exited => write!(f, "exited"),
            V01ContainerState::Dead => write!(f, "dead"),
        }
    }
}

impl std::str::FromStr for V01ContainerState {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "created" => std::result::Result::Ok(V01ContainerState::Created),
            "running" => std::result::Result::Ok(V01ContainerState::Running),
            "stopping" => std::result::Result::Ok(V01ContainerState::Stopping),
            "exited" => std::result::Result::Ok(V01ContainerState::Exited),
            "dead" => std::result::Result::Ok(V01ContainerState::Dead),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<V01ContainerState> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<V01ContainerState>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<V01ContainerState>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for V01ContainerState - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<V01ContainerState> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <V01ContainerState as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into V01ContainerState - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<V01ContainerState>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<V01ContainerState>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<V01ContainerState>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<V01ContainerState> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <V01ContainerState as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into V01ContainerState - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Deprecated (v0.1). A mount inside another object: a reference (`mount_id`, or `id` as v0.1's tutorials write it) or a definition. v0.1 knows two kinds: a filesystem on an attachment reads `rbd`, whatever the attachment is. 
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct V01Mount {
    #[serde(rename = "mount_id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub mount_id: Option<i64>,

    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<i64>,

    #[serde(rename = "kind")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub kind: Option<models::V01MountKind>,

    #[serde(rename = "rbd")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub rbd: Option<models::V01MountRbd>,

    #[serde(rename = "overlay")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub overlay: Option<models::V01MountOverlay>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for V01Mount {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for V01Mount {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl V01Mount {
    #[allow(clippy::new_without_default)]
    pub fn new() -> V01Mount {
        V01Mount {
            mount_id: None,
            id: None,
            kind: None,
            rbd: None,
            overlay: None,
        }
    }
}

/// Converts the V01Mount value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for V01Mount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.mount_id.as_ref().map(|mount_id| {
                [
                    "mount_id".to_string(),
                    mount_id.to_string(),
                ].join(",")
            }),
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type kind in query parameter serialization
            // Skipping non-primitive type rbd in query parameter serialization
            // Skipping non-primitive type overlay in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a V01Mount value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for V01Mount {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub mount_id: Vec<i64>,
            pub id: Vec<i64>,
            pub kind: Vec<models::V01MountKind>,
            pub rbd: Vec<models::V01MountRbd>,
            pub overlay: Vec<models::V01MountOverlay>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing V01Mount".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "mount_id" => intermediate_rep.mount_id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "kind" => intermediate_rep.kind.push(<models::V01MountKind as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "rbd" => intermediate_rep.rbd.push(<models::V01MountRbd as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "overlay" => intermediate_rep.overlay.push(<models::V01MountOverlay as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing V01Mount".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(V01Mount {
            mount_id: intermediate_rep.mount_id.into_iter().next(),
            id: intermediate_rep.id.into_iter().next(),
            kind: intermediate_rep.kind.into_iter().next(),
            rbd: intermediate_rep.rbd.into_iter().next(),
            overlay: intermediate_rep.overlay.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<V01Mount> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<V01Mount>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<V01Mount>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for V01Mount - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<V01Mount> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <V01Mount as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into V01Mount - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<V01Mount>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<V01Mount>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<V01Mount>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<V01Mount> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <V01Mount as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into V01Mount - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum V01MountKind {
    #[serde(rename = "overlay")]
    Overlay,
    #[serde(rename = "rbd")]
    Rbd,
}

impl std::fmt::Display for V01MountKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            V01MountKind::Overlay => write!(f, "overlay"),
            V01MountKind::Rbd => write!(f, "rbd"),
        }
    }
}

impl std::str::FromStr for V01MountKind {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "overlay" => std::result::Result::Ok(V01MountKind::Overlay),
            "rbd" => std::result::Result::Ok(V01MountKind::Rbd),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<V01MountKind> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<V01MountKind>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<V01MountKind>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for V01MountKind - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<V01MountKind> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <V01MountKind as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into V01MountKind - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<V01MountKind>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<V01MountKind>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<V01MountKind>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<V01MountKind> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <V01MountKind as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into V01MountKind - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Deprecated (v0.1). An overlay over other mounts.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct V01MountOverlay {
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<i64>,

    #[serde(rename = "mountpoint")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub mountpoint: Option<String>,

    #[serde(rename = "workdir")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub workdir: Option<String>,

    #[serde(rename = "upperdir")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub upperdir: Option<String>,

    #[serde(rename = "refs")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub refs: Option<i64>,

    #[serde(rename = "lower")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    
    pub lower: Vec<models::V01Mount>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for V01MountOverlay {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for V01MountOverlay {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl V01MountOverlay {
    #[allow(clippy::new_without_default)]
    pub fn new(lower: Vec<models::V01Mount>, ) -> V01MountOverlay {
        V01MountOverlay {
            id: None,
            mountpoint: None,
            workdir: None,
            upperdir: None,
            refs: None,
            lower,
        }
    }
}

/// Converts the V01MountOverlay value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for V01MountOverlay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.mountpoint.as_ref().map(|mountpoint| {
                [
                    "mountpoint".to_string(),
                    mountpoint.to_string(),
                ].join(",")
            }),
            self.workdir.as_ref().map(|workdir| {
                [
                    "workdir".to_string(),
                    workdir.to_string(),
                ].join(",")
            }),
            self.upperdir.as_ref().map(|upperdir| {
                [
                    "upperdir".to_string(),
                    upperdir.to_string(),
                ].join(",")
            }),
            self.refs.as_ref().map(|refs| {
                [
                    "refs".to_string(),
                    refs.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type lower in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a V01MountOverlay value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for V01MountOverlay {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<i64>,
            pub mountpoint: Vec<String>,
            pub workdir: Vec<String>,
            pub upperdir: Vec<String>,
            pub refs: Vec<i64>,
            pub lower: Vec<Vec<models::V01Mount>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing V01MountOverlay".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "mountpoint" => intermediate_rep.mountpoint.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "workdir" => intermediate_rep.workdir.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "upperdir" => intermediate_rep.upperdir.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "refs" => intermediate_rep.refs.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "lower" => return std::result::Result::Err("Parsing a container in this style is not supported in V01MountOverlay".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing V01MountOverlay".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(V01MountOverlay {
            id: intermediate_rep.id.into_iter().next(),
            mountpoint: intermediate_rep.mountpoint.into_iter().next(),
            workdir: intermediate_rep.workdir.into_iter().next(),
            upperdir: intermediate_rep.upperdir.into_iter().next(),
            refs: intermediate_rep.refs.into_iter().next(),
            lower: intermediate_rep.lower.into_iter().next().ok_or_else(|| "lower missing in V01MountOverlay".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<V01MountOverlay> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<V01MountOverlay>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<V01MountOverlay>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for V01MountOverlay - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<V01MountOverlay> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <V01MountOverlay as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into V01MountOverlay - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<V01MountOverlay>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<V01MountOverlay>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<V01MountOverlay>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<V01MountOverlay> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <V01MountOverlay as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into V01MountOverlay - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Deprecated (v0.1). A filesystem on an rbd attachment: `rbd_id` (or, as v0.1's tutorials send it, `id`) names an existing rbd attachment, or `rbd` defines one. Read back, `id` is the mount's own id. 
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct V01MountRbd {
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<i64>,

    #[serde(rename = "mountpoint")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub mountpoint: Option<String>,

    #[serde(rename = "refs")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub refs: Option<i64>,

    #[serde(rename = "rbd_id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub rbd_id: Option<i64>,

    #[serde(rename = "rbd")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub rbd: Option<models::V01Rbd>,

    #[serde(rename = "fs_type")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub fs_type: String,

    #[serde(rename = "mount_options")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub mount_options: Option<Vec<String>>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for V01MountRbd {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for V01MountRbd {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl V01MountRbd {
    #[allow(clippy::new_without_default)]
    pub fn new(fs_type: String, ) -> V01MountRbd {
        V01MountRbd {
            id: None,
            mountpoint: None,
            refs: None,
            rbd_id: None,
            rbd: None,
            fs_type,
            mount_options: None,
        }
    }
}

/// Converts the V01MountRbd value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for V01MountRbd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.mountpoint.as_ref().map(|mountpoint| {
                [
                    "mountpoint".to_string(),
                    mountpoint.to_string(),
                ].join(",")
            }),
            self.refs.as_ref().map(|refs| {
                [
                    "refs".to_string(),
                    refs.to_string(),
                ].join(",")
            }),
            self.rbd_id.as_ref().map(|rbd_id| {
                [
                    "rbd_id".to_string(),
                    rbd_id.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type rbd in query parameter serialization
            Some("fs_type".to_string()),
            Some(self.fs_type.to_string()),
            self.mount_options.as_ref().map(|mount_options| {
                [
                    "mount_options".to_string(),
                    mount_options.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a V01MountRbd value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for V01MountRbd {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<i64>,
            pub mountpoint: Vec<String>,
            pub refs: Vec<i64>,
            pub rbd_id: Vec<i64>,
            pub rbd: Vec<models::V01Rbd>,
            pub fs_type: Vec<String>,
            pub mount_options: Vec<Vec<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing V01MountRbd".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "mountpoint" => intermediate_rep.mountpoint.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "refs" => intermediate_rep.refs.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "rbd_id" => intermediate_rep.rbd_id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "rbd" => intermediate_rep.rbd.push(<models::V01Rbd as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "fs_type" => intermediate_rep.fs_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "mount_options" => return std::result::Result::Err("Parsing a container in this style is not supported in V01MountRbd".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing V01MountRbd".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(V01MountRbd {
            id: intermediate_rep.id.into_iter().next(),
            mountpoint: intermediate_rep.mountpoint.into_iter().next(),
            refs: intermediate_rep.refs.into_iter().next(),
            rbd_id: intermediate_rep.rbd_id.into_iter().next(),
            rbd: intermediate_rep.rbd.into_iter().next(),
            fs_type: intermediate_rep.fs_type.into_iter().next().ok_or_else(|| "fs_type missing in V01MountRbd".to_string())?,
            mount_options: intermediate_rep.mount_options.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<V01MountRbd> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<V01MountRbd>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<V01MountRbd>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for V01MountRbd - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<V01MountRbd> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <V01MountRbd as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into V01MountRbd - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<V01MountRbd>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<V01MountRbd>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<V01MountRbd>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<V01MountRbd> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <V01MountRbd as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into V01MountRbd - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Deprecated (v0.1). An rbd attachment, flat.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct V01Rbd {
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<i64>,

    #[serde(rename = "device_id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub device_id: Option<i64>,

    #[serde(rename = "device_file")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub device_file: Option<String>,

    #[serde(rename = "refs")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub refs: Option<i64>,

    #[serde(rename = "monitors")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub monitors: Vec<String>,

    #[serde(rename = "pool")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub pool: String,

    #[serde(rename = "image")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub image: String,

    #[serde(rename = "snapshot")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub snapshot: Option<String>,

    #[serde(rename = "options")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub options: Option<models::RbdOptions>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for V01Rbd {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for V01Rbd {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl V01Rbd {
    #[allow(clippy::new_without_default)]
    pub fn new(monitors: Vec<String>, pool: String, image: String, ) -> V01Rbd {
        V01Rbd {
            id: None,
            device_id: None,
            device_file: None,
            refs: None,
            monitors,
            pool,
            image,
            snapshot: None,
            options: None,
        }
    }
}

/// Converts the V01Rbd value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for V01Rbd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.device_id.as_ref().map(|device_id| {
                [
                    "device_id".to_string(),
                    device_id.to_string(),
                ].join(",")
            }),
            self.device_file.as_ref().map(|device_file| {
                [
                    "device_file".to_string(),
                    device_file.to_string(),
                ].join(",")
            }),
            self.refs.as_ref().map(|refs| {
                [
                    "refs".to_string(),
                    refs.to_string(),
                ].join(",")
            }),
            Some("monitors".to_string()),
            Some(self.monitors.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",")),
            Some("pool".to_string()),
            Some(self.pool.to_string()),
            Some("image".to_string()),
            Some(self.image.to_string()),
            self.snapshot.as_ref().map(|snapshot| {
                [
                    "snapshot".to_string(),
                    snapshot.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type options in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a V01Rbd value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for V01Rbd {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<i64>,
            pub device_id: Vec<i64>,
            pub device_file: Vec<String>,
            pub refs: Vec<i64>,
            pub monitors: Vec<Vec<String>>,
            pub pool: Vec<String>,
            pub image: Vec<String>,
            pub snapshot: Vec<String>,
            pub options: Vec<models::RbdOptions>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing V01Rbd".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "device_id" => intermediate_rep.device_id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "device_file" => intermediate_rep.device_file.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "refs" => intermediate_rep.refs.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "monitors" => return std::result::Result::Err("Parsing a container in this style is not supported in V01Rbd".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "pool" => intermediate_rep.pool.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "image" => intermediate_rep.image.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "snapshot" => intermediate_rep.snapshot.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "options" => intermediate_rep.options.push(<models::RbdOptions as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing V01Rbd".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(V01Rbd {
            id: intermediate_rep.id.into_iter().next(),
            device_id: intermediate_rep.device_id.into_iter().next(),
            device_file: intermediate_rep.device_file.into_iter().next(),
            refs: intermediate_rep.refs.into_iter().next(),
            monitors: intermediate_rep.monitors.into_iter().next().ok_or_else(|| "monitors missing in V01Rbd".to_string())?,
            pool: intermediate_rep.pool.into_iter().next().ok_or_else(|| "pool missing in V01Rbd".to_string())?,
            image: intermediate_rep.image.into_iter().next().ok_or_else(|| "image missing in V01Rbd".to_string())?,
            snapshot: intermediate_rep.snapshot.into_iter().next(),
            options: intermediate_rep.options.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<V01Rbd> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<V01Rbd>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<V01Rbd>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for V01Rbd - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<V01Rbd> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <V01Rbd as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into V01Rbd - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<V01Rbd>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<V01Rbd>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<V01Rbd>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<V01Rbd> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <V01Rbd as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into V01Rbd - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum V01SetContainerStateStateParameter {
    #[serde(rename = "running")]
    Running,
    #[serde(rename = "exited")]
    Exited,
}

impl std::fmt::Display for V01SetContainerStateStateParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            V01SetContainerStateStateParameter::Running => write!(f, "running"),
            V01SetContainerStateStateParameter::Exited => write!(f, "exited"),
        }
    }
}

impl std::str::FromStr for V01SetContainerStateStateParameter {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "running" => std::result::Result::Ok(V01SetContainerStateStateParameter::Running),
            "exited" => std::result::Result::Ok(V01SetContainerStateStateParameter::Exited),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<V01SetContainerStateStateParameter> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<V01SetContainerStateStateParameter>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<V01SetContainerStateStateParameter>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for V01SetContainerStateStateParameter - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<V01SetContainerStateStateParameter> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <V01SetContainerStateStateParameter as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into V01SetContainerStateStateParameter - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<V01SetContainerStateStateParameter>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<V01SetContainerStateStateParameter>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<V01SetContainerStateStateParameter>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<V01SetContainerStateStateParameter> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <V01SetContainerStateStateParameter as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into V01SetContainerStateStateParameter - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}
