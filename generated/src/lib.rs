#![allow(missing_docs, trivial_casts, unused_variables, unused_mut, unused_imports, unused_extern_crates, unused_attributes, non_camel_case_types)]
#![allow(clippy::derive_partial_eq_without_eq, clippy::disallowed_names)]

use async_trait::async_trait;
use futures::Stream;
#[cfg(feature = "mock")]
use mockall::automock;
use std::error::Error;
use std::collections::BTreeSet;
use std::task::{Poll, Context};
use swagger::{ApiError, ContextWrapper, auth::Authorization};
use serde::{Serialize, Deserialize};

#[cfg(any(feature = "client", feature = "server"))]
type ServiceError = Box<dyn Error + Send + Sync + 'static>;

pub const BASE_PATH: &str = "/imageapi/v1";
pub const API_VERSION: &str = "0.3.0";

mod auth;
pub use auth::{AuthenticationApi, Claims};


#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AttachResponse {
    /// The attachment was created.
    Created
    (models::Attach)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// Extension. The request body is larger than the server accepts (1 MiB).
    PayloadTooLarge
    (models::Error)
    ,
    /// The definition is well formed but cannot be carried out as given.
    UnprocessableEntity
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteAttachResponse {
    /// The attachment was deleted.
    Ok
    (models::Attach)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListAttachmentsResponse {
    /// The matching attachments (with `id`, exactly one).
    Ok
    (Vec<models::Attach>)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ContainerLogsResponse {
    /// The log as text (streamed with `follow=true`).
    Ok
    (String)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (String)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (String)
    ,
    /// No object matches.
    NotFound
    (String)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (String)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateContainerResponse {
    /// The container was created.
    Created
    (models::Container)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// Extension. The request body is larger than the server accepts (1 MiB).
    PayloadTooLarge
    (models::Error)
    ,
    /// The definition is well formed but cannot be carried out as given.
    UnprocessableEntity
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteContainerResponse {
    /// The container was deleted.
    Ok
    (models::Container)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListContainersResponse {
    /// The matching containers (with `id` or `name`, exactly one).
    Ok
    (Vec<models::Container>)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetContainerStateResponse {
    /// The container after the change was requested.
    Ok
    (models::Container)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateImageResponse {
    /// The image was created.
    Created
    (models::Image)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// Extension. The request body is larger than the server accepts (1 MiB).
    PayloadTooLarge
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteImageResponse {
    /// The image was deleted.
    Ok
    (models::Image)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DownloadImageFileResponse {
    /// The download started; the image as it is now.
    Accepted
    (models::Image)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// Extension. The request body is larger than the server accepts (1 MiB).
    PayloadTooLarge
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetImageFileResponse {
    /// The file.
    Ok
    (swagger::OneOf2::<swagger::ByteArray, swagger::ByteArray>)
    ,
    /// The requested range of the file.
    PartialContent
    (swagger::OneOf2::<swagger::ByteArray, swagger::ByteArray>)
    ,
    /// The client's copy (`If-None-Match`) is current.
    NotModified
    ,
    /// The uuid is malformed (body as the error model).
    BadRequest
    ,
    /// No such image, or it has no file yet (body as the error model).
    NotFound
    ,
    /// The range lies outside the file (body as the error model).
    RangeNotSatisfiable
    ,
    /// The server failed (body as the error model).
    InternalError
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum HeadImageFileResponse {
    /// The file's size (`Content-Length`) and `ETag`.
    Ok
    ,
    /// The uuid is malformed.
    BadRequest
    ,
    /// No such image, or it has no file yet.
    NotFound
    ,
    /// The range lies outside the file.
    RangeNotSatisfiable
    ,
    /// The server failed.
    InternalError
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ImportImageFileResponse {
    /// The file is stored; the image with its size and checksums.
    Ok
    (models::Image)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// Extension. The request body is larger than the server accepts (1 MiB).
    PayloadTooLarge
    (models::Error)
    ,
    /// The definition is well formed but cannot be carried out as given.
    UnprocessableEntity
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ImportImageOciResponse {
    /// The squashfs is stored; the image with its checksums and its `oci` configuration.
    Ok
    (models::Image)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// Extension. The request body is larger than the server accepts (1 MiB).
    PayloadTooLarge
    (models::Error)
    ,
    /// The definition is well formed but cannot be carried out as given.
    UnprocessableEntity
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListImagesResponse {
    /// The matching images (with `uuid`, exactly one).
    Ok
    (Vec<models::Image>)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetImageStateResponse {
    /// The image after the change.
    Ok
    (models::Image)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UploadImageFileResponse {
    /// The file is stored; the image with its size and checksums.
    Ok
    (models::Image)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// Extension. The request body is larger than the server accepts (1 MiB).
    PayloadTooLarge
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UploadImageOciResponse {
    /// The squashfs is stored; the image with its checksums and its `oci` configuration.
    Ok
    (models::Image)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// Extension. The request body is larger than the server accepts (1 MiB).
    PayloadTooLarge
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteMountResponse {
    /// The mount was deleted.
    Ok
    (models::Mount)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListMountsResponse {
    /// The matching mounts (with `id`, exactly one).
    Ok
    (Vec<models::Mount>)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum MountResponse {
    /// The mount was created.
    Created
    (models::Mount)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// Extension. The request body is larger than the server accepts (1 MiB).
    PayloadTooLarge
    (models::Error)
    ,
    /// The definition is well formed but cannot be carried out as given.
    UnprocessableEntity
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
    ,
    /// Extension. The server cannot carry this out now, and changed nothing; the message names the cause (a journal that cannot be written until it is repaired, an image store that could not be opened).
    ServiceUnavailable
    (models::Error)
    ,
    /// Extension. A disk the server writes to (the state, run or store directory) is full, so the change could not be recorded; what it had done was undone. Deletes and stops can still be recorded.
    InsufficientStorage
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum HealthResponse {
    /// The server is serving.
    Ok
    (models::Health)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// The object graph has been locked for longer than a second.
    Unavailable
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum MetricsResponse {
    /// The metrics, in the OpenMetrics text format (which Prometheus reads).
    Ok
    (String)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (String)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01CreateContainerResponse {
    /// Create a container (v0.1).
    Created
    (models::V01Container)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01ListMountsOverlayResponse {
    /// List the overlay mounts.
    Ok
    (Vec<models::V01MountOverlay>)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01ListMountsRbdResponse {
    /// List the mounts of rbd attachments.
    Ok
    (Vec<models::V01MountRbd>)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01ListRbdsResponse {
    /// List the rbd attachments.
    Ok
    (Vec<models::V01Rbd>)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01MapRbdResponse {
    /// Map an RBD image.
    Created
    (models::V01Rbd)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01MountOverlayResponse {
    /// Create an overlay mount.
    Created
    (models::V01MountOverlay)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01MountRbdResponse {
    /// Mount an rbd attachment.
    Created
    (models::V01MountRbd)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01DeleteContainerResponse {
    /// Delete a container.
    Ok
    (models::V01Container)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01DeleteContainerBynameResponse {
    /// Delete a container by name.
    Ok
    (models::V01Container)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01GetContainerResponse {
    /// Get a container.
    Ok
    (models::V01Container)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01GetContainerBynameResponse {
    /// Get a container by name.
    Ok
    (models::V01Container)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01GetMountOverlayResponse {
    /// Get an overlay mount.
    Ok
    (models::V01MountOverlay)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01GetMountRbdResponse {
    /// Get a mount of an rbd attachment.
    Ok
    (models::V01MountRbd)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01GetRbdResponse {
    /// Get an rbd attachment.
    Ok
    (models::V01Rbd)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01UnmapRbdResponse {
    /// Delete an rbd attachment.
    Ok
    (models::V01Rbd)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01UnmountOverlayResponse {
    /// Delete an overlay mount.
    Ok
    (models::V01MountOverlay)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01UnmountRbdResponse {
    /// Delete a mount of an rbd attachment.
    Ok
    (models::V01MountRbd)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01SetContainerStateResponse {
    /// Change the state of a container.
    Ok
    (models::V01Container)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum V01SetContainerStateBynameResponse {
    /// Change the state of a container by name.
    Ok
    (models::V01Container)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks), or the request is one a web page could have made a browser send (a Host the server does not answer to, an Origin other than its own or an allowed one); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

/// API
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait Api<C: Send + Sync> {
    /// Create an attachment
    async fn attach(
        &self,
        attach: models::Attach,
        context: &C) -> Result<AttachResponse, ApiError>;

    /// Delete an attachment
    async fn delete_attach(
        &self,
        id: i64,
        force: Option<bool>,
        context: &C) -> Result<DeleteAttachResponse, ApiError>;

    /// List attachments
    async fn list_attachments(
        &self,
        id: Option<i64>,
        kind: Option<models::ListAttachmentsKindParameter>,
        context: &C) -> Result<ListAttachmentsResponse, ApiError>;

    /// Read a container's log
    async fn container_logs(
        &self,
        id: Option<i64>,
        name: Option<String>,
        tail: Option<u64>,
        follow: Option<bool>,
        context: &C) -> Result<ContainerLogsResponse, ApiError>;

    /// Create a container
    async fn create_container(
        &self,
        container: models::Container,
        context: &C) -> Result<CreateContainerResponse, ApiError>;

    /// Delete a container
    async fn delete_container(
        &self,
        id: Option<i64>,
        name: Option<String>,
        force: Option<bool>,
        context: &C) -> Result<DeleteContainerResponse, ApiError>;

    /// List containers
    async fn list_containers(
        &self,
        id: Option<i64>,
        name: Option<String>,
        state: Option<models::ListContainersStateParameter>,
        context: &C) -> Result<ListContainersResponse, ApiError>;

    /// Change the state of a container
    async fn set_container_state(
        &self,
        state: models::SetContainerStateStateParameter,
        id: Option<i64>,
        name: Option<String>,
        timeout: Option<u64>,
        context: &C) -> Result<SetContainerStateResponse, ApiError>;

    /// Create an image
    async fn create_image(
        &self,
        image: models::Image,
        context: &C) -> Result<CreateImageResponse, ApiError>;

    /// Delete an image
    async fn delete_image(
        &self,
        uuid: String,
        context: &C) -> Result<DeleteImageResponse, ApiError>;

    /// Download an image's file from a URL, in the background
    async fn download_image_file(
        &self,
        uuid: String,
        source: models::ImageDownload,
        context: &C) -> Result<DownloadImageFileResponse, ApiError>;

    /// Download an image's file
    async fn get_image_file(
        &self,
        uuid: String,
        context: &C) -> Result<GetImageFileResponse, ApiError>;

    /// The headers of an image's file
    async fn head_image_file(
        &self,
        uuid: String,
        context: &C) -> Result<HeadImageFileResponse, ApiError>;

    /// Add an image's file from a path on the node
    async fn import_image_file(
        &self,
        uuid: String,
        source: models::ImageSource,
        context: &C) -> Result<ImportImageFileResponse, ApiError>;

    /// Import an OCI image from a path on the node as the image's squashfs file
    async fn import_image_oci(
        &self,
        uuid: String,
        source: models::ImageOciSource,
        context: &C) -> Result<ImportImageOciResponse, ApiError>;

    /// List images
    async fn list_images(
        &self,
        uuid: Option<String>,
        name: Option<String>,
        version: Option<String>,
        state: Option<models::ListImagesStateParameter>,
        param_type: Option<models::ListImagesTypeParameter>,
        context: &C) -> Result<ListImagesResponse, ApiError>;

    /// Activate, disable or enable an image
    async fn set_image_state(
        &self,
        uuid: String,
        action: models::SetImageStateActionParameter,
        context: &C) -> Result<SetImageStateResponse, ApiError>;

    /// Upload an image's file
    async fn upload_image_file(
        &self,
        uuid: String,
        file: swagger::ByteArray,
        sha256: Option<String>,
        sha1: Option<String>,
        size: Option<u64>,
        context: &C) -> Result<UploadImageFileResponse, ApiError>;

    /// Import an uploaded OCI image as the image's squashfs file
    async fn upload_image_oci(
        &self,
        uuid: String,
        archive: swagger::ByteArray,
        tag: Option<String>,
        size_limit: Option<u64>,
        context: &C) -> Result<UploadImageOciResponse, ApiError>;

    /// Delete a mount
    async fn delete_mount(
        &self,
        id: i64,
        force: Option<bool>,
        context: &C) -> Result<DeleteMountResponse, ApiError>;

    /// List mounts
    async fn list_mounts(
        &self,
        id: Option<i64>,
        kind: Option<models::ListMountsKindParameter>,
        context: &C) -> Result<ListMountsResponse, ApiError>;

    /// Create a mount
    async fn mount(
        &self,
        mount: models::Mount,
        context: &C) -> Result<MountResponse, ApiError>;

    /// Whether the server is serving
    async fn health(
        &self,
        context: &C) -> Result<HealthResponse, ApiError>;

    /// Metrics in the Prometheus text format
    async fn metrics(
        &self,
        context: &C) -> Result<MetricsResponse, ApiError>;

    /// Create a container (v0.1)
    async fn v01_create_container(
        &self,
        container: models::V01Container,
        context: &C) -> Result<V01CreateContainerResponse, ApiError>;

    /// List the overlay mounts
    async fn v01_list_mounts_overlay(
        &self,
        context: &C) -> Result<V01ListMountsOverlayResponse, ApiError>;

    /// List the mounts of rbd attachments
    async fn v01_list_mounts_rbd(
        &self,
        context: &C) -> Result<V01ListMountsRbdResponse, ApiError>;

    /// List the rbd attachments
    async fn v01_list_rbds(
        &self,
        context: &C) -> Result<V01ListRbdsResponse, ApiError>;

    /// Map an RBD image
    async fn v01_map_rbd(
        &self,
        rbd: models::V01Rbd,
        context: &C) -> Result<V01MapRbdResponse, ApiError>;

    /// Create an overlay mount
    async fn v01_mount_overlay(
        &self,
        mount: models::V01MountOverlay,
        context: &C) -> Result<V01MountOverlayResponse, ApiError>;

    /// Mount an rbd attachment
    async fn v01_mount_rbd(
        &self,
        mount: models::V01MountRbd,
        context: &C) -> Result<V01MountRbdResponse, ApiError>;

    /// Delete a container
    async fn v01_delete_container(
        &self,
        id: i64,
        context: &C) -> Result<V01DeleteContainerResponse, ApiError>;

    /// Delete a container by name
    async fn v01_delete_container_byname(
        &self,
        name: String,
        context: &C) -> Result<V01DeleteContainerBynameResponse, ApiError>;

    /// Get a container
    async fn v01_get_container(
        &self,
        id: i64,
        context: &C) -> Result<V01GetContainerResponse, ApiError>;

    /// Get a container by name
    async fn v01_get_container_byname(
        &self,
        name: String,
        context: &C) -> Result<V01GetContainerBynameResponse, ApiError>;

    /// Get an overlay mount
    async fn v01_get_mount_overlay(
        &self,
        id: i64,
        context: &C) -> Result<V01GetMountOverlayResponse, ApiError>;

    /// Get a mount of an rbd attachment
    async fn v01_get_mount_rbd(
        &self,
        id: i64,
        context: &C) -> Result<V01GetMountRbdResponse, ApiError>;

    /// Get an rbd attachment
    async fn v01_get_rbd(
        &self,
        id: i64,
        context: &C) -> Result<V01GetRbdResponse, ApiError>;

    /// Delete an rbd attachment
    async fn v01_unmap_rbd(
        &self,
        id: i64,
        context: &C) -> Result<V01UnmapRbdResponse, ApiError>;

    /// Delete an overlay mount
    async fn v01_unmount_overlay(
        &self,
        id: i64,
        context: &C) -> Result<V01UnmountOverlayResponse, ApiError>;

    /// Delete a mount of an rbd attachment
    async fn v01_unmount_rbd(
        &self,
        id: i64,
        context: &C) -> Result<V01UnmountRbdResponse, ApiError>;

    /// Change the state of a container
    async fn v01_set_container_state(
        &self,
        id: i64,
        state: models::V01SetContainerStateStateParameter,
        context: &C) -> Result<V01SetContainerStateResponse, ApiError>;

    /// Change the state of a container by name
    async fn v01_set_container_state_byname(
        &self,
        name: String,
        state: models::V01SetContainerStateStateParameter,
        context: &C) -> Result<V01SetContainerStateBynameResponse, ApiError>;

}

/// API where `Context` isn't passed on every API call
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait ApiNoContext<C: Send + Sync> {
    // The std::task::Context struct houses a reference to std::task::Waker with the lifetime <'a>.
    // Adding an anonymous lifetime `'a` to allow mockall to create a mock object with the right lifetimes.
    // This is needed because the compiler is unable to determine the lifetimes on F's trait bound
    // where F is the closure created by mockall. We use higher-rank trait bounds here to get around this.

    fn context(&self) -> &C;

    /// Create an attachment
    async fn attach(
        &self,
        attach: models::Attach,
        ) -> Result<AttachResponse, ApiError>;

    /// Delete an attachment
    async fn delete_attach(
        &self,
        id: i64,
        force: Option<bool>,
        ) -> Result<DeleteAttachResponse, ApiError>;

    /// List attachments
    async fn list_attachments(
        &self,
        id: Option<i64>,
        kind: Option<models::ListAttachmentsKindParameter>,
        ) -> Result<ListAttachmentsResponse, ApiError>;

    /// Read a container's log
    async fn container_logs(
        &self,
        id: Option<i64>,
        name: Option<String>,
        tail: Option<u64>,
        follow: Option<bool>,
        ) -> Result<ContainerLogsResponse, ApiError>;

    /// Create a container
    async fn create_container(
        &self,
        container: models::Container,
        ) -> Result<CreateContainerResponse, ApiError>;

    /// Delete a container
    async fn delete_container(
        &self,
        id: Option<i64>,
        name: Option<String>,
        force: Option<bool>,
        ) -> Result<DeleteContainerResponse, ApiError>;

    /// List containers
    async fn list_containers(
        &self,
        id: Option<i64>,
        name: Option<String>,
        state: Option<models::ListContainersStateParameter>,
        ) -> Result<ListContainersResponse, ApiError>;

    /// Change the state of a container
    async fn set_container_state(
        &self,
        state: models::SetContainerStateStateParameter,
        id: Option<i64>,
        name: Option<String>,
        timeout: Option<u64>,
        ) -> Result<SetContainerStateResponse, ApiError>;

    /// Create an image
    async fn create_image(
        &self,
        image: models::Image,
        ) -> Result<CreateImageResponse, ApiError>;

    /// Delete an image
    async fn delete_image(
        &self,
        uuid: String,
        ) -> Result<DeleteImageResponse, ApiError>;

    /// Download an image's file from a URL, in the background
    async fn download_image_file(
        &self,
        uuid: String,
        source: models::ImageDownload,
        ) -> Result<DownloadImageFileResponse, ApiError>;

    /// Download an image's file
    async fn get_image_file(
        &self,
        uuid: String,
        ) -> Result<GetImageFileResponse, ApiError>;

    /// The headers of an image's file
    async fn head_image_file(
        &self,
        uuid: String,
        ) -> Result<HeadImageFileResponse, ApiError>;

    /// Add an image's file from a path on the node
    async fn import_image_file(
        &self,
        uuid: String,
        source: models::ImageSource,
        ) -> Result<ImportImageFileResponse, ApiError>;

    /// Import an OCI image from a path on the node as the image's squashfs file
    async fn import_image_oci(
        &self,
        uuid: String,
        source: models::ImageOciSource,
        ) -> Result<ImportImageOciResponse, ApiError>;

    /// List images
    async fn list_images(
        &self,
        uuid: Option<String>,
        name: Option<String>,
        version: Option<String>,
        state: Option<models::ListImagesStateParameter>,
        param_type: Option<models::ListImagesTypeParameter>,
        ) -> Result<ListImagesResponse, ApiError>;

    /// Activate, disable or enable an image
    async fn set_image_state(
        &self,
        uuid: String,
        action: models::SetImageStateActionParameter,
        ) -> Result<SetImageStateResponse, ApiError>;

    /// Upload an image's file
    async fn upload_image_file(
        &self,
        uuid: String,
        file: swagger::ByteArray,
        sha256: Option<String>,
        sha1: Option<String>,
        size: Option<u64>,
        ) -> Result<UploadImageFileResponse, ApiError>;

    /// Import an uploaded OCI image as the image's squashfs file
    async fn upload_image_oci(
        &self,
        uuid: String,
        archive: swagger::ByteArray,
        tag: Option<String>,
        size_limit: Option<u64>,
        ) -> Result<UploadImageOciResponse, ApiError>;

    /// Delete a mount
    async fn delete_mount(
        &self,
        id: i64,
        force: Option<bool>,
        ) -> Result<DeleteMountResponse, ApiError>;

    /// List mounts
    async fn list_mounts(
        &self,
        id: Option<i64>,
        kind: Option<models::ListMountsKindParameter>,
        ) -> Result<ListMountsResponse, ApiError>;

    /// Create a mount
    async fn mount(
        &self,
        mount: models::Mount,
        ) -> Result<MountResponse, ApiError>;

    /// Whether the server is serving
    async fn health(
        &self,
        ) -> Result<HealthResponse, ApiError>;

    /// Metrics in the Prometheus text format
    async fn metrics(
        &self,
        ) -> Result<MetricsResponse, ApiError>;

    /// Create a container (v0.1)
    async fn v01_create_container(
        &self,
        container: models::V01Container,
        ) -> Result<V01CreateContainerResponse, ApiError>;

    /// List the overlay mounts
    async fn v01_list_mounts_overlay(
        &self,
        ) -> Result<V01ListMountsOverlayResponse, ApiError>;

    /// List the mounts of rbd attachments
    async fn v01_list_mounts_rbd(
        &self,
        ) -> Result<V01ListMountsRbdResponse, ApiError>;

    /// List the rbd attachments
    async fn v01_list_rbds(
        &self,
        ) -> Result<V01ListRbdsResponse, ApiError>;

    /// Map an RBD image
    async fn v01_map_rbd(
        &self,
        rbd: models::V01Rbd,
        ) -> Result<V01MapRbdResponse, ApiError>;

    /// Create an overlay mount
    async fn v01_mount_overlay(
        &self,
        mount: models::V01MountOverlay,
        ) -> Result<V01MountOverlayResponse, ApiError>;

    /// Mount an rbd attachment
    async fn v01_mount_rbd(
        &self,
        mount: models::V01MountRbd,
        ) -> Result<V01MountRbdResponse, ApiError>;

    /// Delete a container
    async fn v01_delete_container(
        &self,
        id: i64,
        ) -> Result<V01DeleteContainerResponse, ApiError>;

    /// Delete a container by name
    async fn v01_delete_container_byname(
        &self,
        name: String,
        ) -> Result<V01DeleteContainerBynameResponse, ApiError>;

    /// Get a container
    async fn v01_get_container(
        &self,
        id: i64,
        ) -> Result<V01GetContainerResponse, ApiError>;

    /// Get a container by name
    async fn v01_get_container_byname(
        &self,
        name: String,
        ) -> Result<V01GetContainerBynameResponse, ApiError>;

    /// Get an overlay mount
    async fn v01_get_mount_overlay(
        &self,
        id: i64,
        ) -> Result<V01GetMountOverlayResponse, ApiError>;

    /// Get a mount of an rbd attachment
    async fn v01_get_mount_rbd(
        &self,
        id: i64,
        ) -> Result<V01GetMountRbdResponse, ApiError>;

    /// Get an rbd attachment
    async fn v01_get_rbd(
        &self,
        id: i64,
        ) -> Result<V01GetRbdResponse, ApiError>;

    /// Delete an rbd attachment
    async fn v01_unmap_rbd(
        &self,
        id: i64,
        ) -> Result<V01UnmapRbdResponse, ApiError>;

    /// Delete an overlay mount
    async fn v01_unmount_overlay(
        &self,
        id: i64,
        ) -> Result<V01UnmountOverlayResponse, ApiError>;

    /// Delete a mount of an rbd attachment
    async fn v01_unmount_rbd(
        &self,
        id: i64,
        ) -> Result<V01UnmountRbdResponse, ApiError>;

    /// Change the state of a container
    async fn v01_set_container_state(
        &self,
        id: i64,
        state: models::V01SetContainerStateStateParameter,
        ) -> Result<V01SetContainerStateResponse, ApiError>;

    /// Change the state of a container by name
    async fn v01_set_container_state_byname(
        &self,
        name: String,
        state: models::V01SetContainerStateStateParameter,
        ) -> Result<V01SetContainerStateBynameResponse, ApiError>;

}

/// Trait to extend an API to make it easy to bind it to a context.
pub trait ContextWrapperExt<C: Send + Sync> where Self: Sized
{
    /// Binds this API to a context.
    fn with_context(self, context: C) -> ContextWrapper<Self, C>;
}

impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ContextWrapperExt<C> for T {
    fn with_context(self: T, context: C) -> ContextWrapper<T, C> {
         ContextWrapper::<T, C>::new(self, context)
    }
}

#[async_trait]
impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ApiNoContext<C> for ContextWrapper<T, C> {
    fn context(&self) -> &C {
        ContextWrapper::context(self)
    }

    /// Create an attachment
    async fn attach(
        &self,
        attach: models::Attach,
        ) -> Result<AttachResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().attach(attach, &context).await
    }

    /// Delete an attachment
    async fn delete_attach(
        &self,
        id: i64,
        force: Option<bool>,
        ) -> Result<DeleteAttachResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_attach(id, force, &context).await
    }

    /// List attachments
    async fn list_attachments(
        &self,
        id: Option<i64>,
        kind: Option<models::ListAttachmentsKindParameter>,
        ) -> Result<ListAttachmentsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().list_attachments(id, kind, &context).await
    }

    /// Read a container's log
    async fn container_logs(
        &self,
        id: Option<i64>,
        name: Option<String>,
        tail: Option<u64>,
        follow: Option<bool>,
        ) -> Result<ContainerLogsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().container_logs(id, name, tail, follow, &context).await
    }

    /// Create a container
    async fn create_container(
        &self,
        container: models::Container,
        ) -> Result<CreateContainerResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().create_container(container, &context).await
    }

    /// Delete a container
    async fn delete_container(
        &self,
        id: Option<i64>,
        name: Option<String>,
        force: Option<bool>,
        ) -> Result<DeleteContainerResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_container(id, name, force, &context).await
    }

    /// List containers
    async fn list_containers(
        &self,
        id: Option<i64>,
        name: Option<String>,
        state: Option<models::ListContainersStateParameter>,
        ) -> Result<ListContainersResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().list_containers(id, name, state, &context).await
    }

    /// Change the state of a container
    async fn set_container_state(
        &self,
        state: models::SetContainerStateStateParameter,
        id: Option<i64>,
        name: Option<String>,
        timeout: Option<u64>,
        ) -> Result<SetContainerStateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_container_state(state, id, name, timeout, &context).await
    }

    /// Create an image
    async fn create_image(
        &self,
        image: models::Image,
        ) -> Result<CreateImageResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().create_image(image, &context).await
    }

    /// Delete an image
    async fn delete_image(
        &self,
        uuid: String,
        ) -> Result<DeleteImageResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_image(uuid, &context).await
    }

    /// Download an image's file from a URL, in the background
    async fn download_image_file(
        &self,
        uuid: String,
        source: models::ImageDownload,
        ) -> Result<DownloadImageFileResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().download_image_file(uuid, source, &context).await
    }

    /// Download an image's file
    async fn get_image_file(
        &self,
        uuid: String,
        ) -> Result<GetImageFileResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_image_file(uuid, &context).await
    }

    /// The headers of an image's file
    async fn head_image_file(
        &self,
        uuid: String,
        ) -> Result<HeadImageFileResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().head_image_file(uuid, &context).await
    }

    /// Add an image's file from a path on the node
    async fn import_image_file(
        &self,
        uuid: String,
        source: models::ImageSource,
        ) -> Result<ImportImageFileResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().import_image_file(uuid, source, &context).await
    }

    /// Import an OCI image from a path on the node as the image's squashfs file
    async fn import_image_oci(
        &self,
        uuid: String,
        source: models::ImageOciSource,
        ) -> Result<ImportImageOciResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().import_image_oci(uuid, source, &context).await
    }

    /// List images
    async fn list_images(
        &self,
        uuid: Option<String>,
        name: Option<String>,
        version: Option<String>,
        state: Option<models::ListImagesStateParameter>,
        param_type: Option<models::ListImagesTypeParameter>,
        ) -> Result<ListImagesResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().list_images(uuid, name, version, state, param_type, &context).await
    }

    /// Activate, disable or enable an image
    async fn set_image_state(
        &self,
        uuid: String,
        action: models::SetImageStateActionParameter,
        ) -> Result<SetImageStateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_image_state(uuid, action, &context).await
    }

    /// Upload an image's file
    async fn upload_image_file(
        &self,
        uuid: String,
        file: swagger::ByteArray,
        sha256: Option<String>,
        sha1: Option<String>,
        size: Option<u64>,
        ) -> Result<UploadImageFileResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().upload_image_file(uuid, file, sha256, sha1, size, &context).await
    }

    /// Import an uploaded OCI image as the image's squashfs file
    async fn upload_image_oci(
        &self,
        uuid: String,
        archive: swagger::ByteArray,
        tag: Option<String>,
        size_limit: Option<u64>,
        ) -> Result<UploadImageOciResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().upload_image_oci(uuid, archive, tag, size_limit, &context).await
    }

    /// Delete a mount
    async fn delete_mount(
        &self,
        id: i64,
        force: Option<bool>,
        ) -> Result<DeleteMountResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_mount(id, force, &context).await
    }

    /// List mounts
    async fn list_mounts(
        &self,
        id: Option<i64>,
        kind: Option<models::ListMountsKindParameter>,
        ) -> Result<ListMountsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().list_mounts(id, kind, &context).await
    }

    /// Create a mount
    async fn mount(
        &self,
        mount: models::Mount,
        ) -> Result<MountResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().mount(mount, &context).await
    }

    /// Whether the server is serving
    async fn health(
        &self,
        ) -> Result<HealthResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().health(&context).await
    }

    /// Metrics in the Prometheus text format
    async fn metrics(
        &self,
        ) -> Result<MetricsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().metrics(&context).await
    }

    /// Create a container (v0.1)
    async fn v01_create_container(
        &self,
        container: models::V01Container,
        ) -> Result<V01CreateContainerResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_create_container(container, &context).await
    }

    /// List the overlay mounts
    async fn v01_list_mounts_overlay(
        &self,
        ) -> Result<V01ListMountsOverlayResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_list_mounts_overlay(&context).await
    }

    /// List the mounts of rbd attachments
    async fn v01_list_mounts_rbd(
        &self,
        ) -> Result<V01ListMountsRbdResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_list_mounts_rbd(&context).await
    }

    /// List the rbd attachments
    async fn v01_list_rbds(
        &self,
        ) -> Result<V01ListRbdsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_list_rbds(&context).await
    }

    /// Map an RBD image
    async fn v01_map_rbd(
        &self,
        rbd: models::V01Rbd,
        ) -> Result<V01MapRbdResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_map_rbd(rbd, &context).await
    }

    /// Create an overlay mount
    async fn v01_mount_overlay(
        &self,
        mount: models::V01MountOverlay,
        ) -> Result<V01MountOverlayResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_mount_overlay(mount, &context).await
    }

    /// Mount an rbd attachment
    async fn v01_mount_rbd(
        &self,
        mount: models::V01MountRbd,
        ) -> Result<V01MountRbdResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_mount_rbd(mount, &context).await
    }

    /// Delete a container
    async fn v01_delete_container(
        &self,
        id: i64,
        ) -> Result<V01DeleteContainerResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_delete_container(id, &context).await
    }

    /// Delete a container by name
    async fn v01_delete_container_byname(
        &self,
        name: String,
        ) -> Result<V01DeleteContainerBynameResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_delete_container_byname(name, &context).await
    }

    /// Get a container
    async fn v01_get_container(
        &self,
        id: i64,
        ) -> Result<V01GetContainerResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_get_container(id, &context).await
    }

    /// Get a container by name
    async fn v01_get_container_byname(
        &self,
        name: String,
        ) -> Result<V01GetContainerBynameResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_get_container_byname(name, &context).await
    }

    /// Get an overlay mount
    async fn v01_get_mount_overlay(
        &self,
        id: i64,
        ) -> Result<V01GetMountOverlayResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_get_mount_overlay(id, &context).await
    }

    /// Get a mount of an rbd attachment
    async fn v01_get_mount_rbd(
        &self,
        id: i64,
        ) -> Result<V01GetMountRbdResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_get_mount_rbd(id, &context).await
    }

    /// Get an rbd attachment
    async fn v01_get_rbd(
        &self,
        id: i64,
        ) -> Result<V01GetRbdResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_get_rbd(id, &context).await
    }

    /// Delete an rbd attachment
    async fn v01_unmap_rbd(
        &self,
        id: i64,
        ) -> Result<V01UnmapRbdResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_unmap_rbd(id, &context).await
    }

    /// Delete an overlay mount
    async fn v01_unmount_overlay(
        &self,
        id: i64,
        ) -> Result<V01UnmountOverlayResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_unmount_overlay(id, &context).await
    }

    /// Delete a mount of an rbd attachment
    async fn v01_unmount_rbd(
        &self,
        id: i64,
        ) -> Result<V01UnmountRbdResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_unmount_rbd(id, &context).await
    }

    /// Change the state of a container
    async fn v01_set_container_state(
        &self,
        id: i64,
        state: models::V01SetContainerStateStateParameter,
        ) -> Result<V01SetContainerStateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_set_container_state(id, state, &context).await
    }

    /// Change the state of a container by name
    async fn v01_set_container_state_byname(
        &self,
        name: String,
        state: models::V01SetContainerStateStateParameter,
        ) -> Result<V01SetContainerStateBynameResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().v01_set_container_state_byname(name, state, &context).await
    }

}


#[cfg(feature = "client")]
pub mod client;

// Re-export Client as a top-level name
#[cfg(feature = "client")]
pub use client::Client;

#[cfg(feature = "server")]
pub mod server;

// Re-export router() as a top-level name
#[cfg(feature = "server")]
pub use self::server::Service;

#[cfg(feature = "server")]
pub mod context;

pub mod models;

#[cfg(any(feature = "client", feature = "server"))]
pub(crate) mod header;
