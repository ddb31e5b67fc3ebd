//! The one error type of the store: a kind (which becomes the HTTP status)
//! and a sentence for the client naming the image or file and the problem.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The request is malformed, or a checksum or size did not match (400).
    Invalid,
    /// No such image, or it has no file yet (404).
    NotFound,
    /// The image is in use, busy receiving its file, or in the wrong state (409).
    Busy,
    /// A range outside the file (416).
    Range,
    /// The disk or the server failed (500).
    Internal,
    /// The store could not be opened; the message says why (503).
    Unavailable,
    /// The store's disk (or quota) is full (507).
    InsufficientStorage,
}

impl Kind {
    pub fn status(self) -> u16 {
        match self {
            Kind::Invalid => 400,
            Kind::NotFound => 404,
            Kind::Busy => 409,
            Kind::Range => 416,
            Kind::Internal => 500,
            Kind::Unavailable => 503,
            Kind::InsufficientStorage => 507,
        }
    }
}

/// What, within a kind, went wrong, for protocols that name causes more
/// finely than an HTTP status does (IMGAPI's error codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cause {
    #[default]
    Unspecified,
    /// The file that arrived is not the one announced (checksum, size) or
    /// did not arrive whole.
    BadFile,
    /// Activation of an image that has no file.
    NoFile,
    /// A file for an image that is past taking one.
    FileImmutable,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub cause: Cause,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Error {
        Error { kind, message: message.into(), cause: Cause::Unspecified }
    }
    /// The same error, naming its cause.
    pub fn because(mut self, cause: Cause) -> Error {
        self.cause = cause;
        self
    }
    pub fn invalid(message: impl Into<String>) -> Error {
        Error::new(Kind::Invalid, message)
    }
    pub fn not_found(message: impl Into<String>) -> Error {
        Error::new(Kind::NotFound, message)
    }
    pub fn busy(message: impl Into<String>) -> Error {
        Error::new(Kind::Busy, message)
    }
    pub fn internal(message: impl Into<String>) -> Error {
        Error::new(Kind::Internal, message)
    }
    pub fn unavailable(message: impl Into<String>) -> Error {
        Error::new(Kind::Unavailable, message)
    }
    /// A failed disk operation: `step` says what was being done. A full
    /// disk (ENOSPC, EDQUOT) is a 507, anything else a 500.
    pub fn io(step: impl fmt::Display, err: &std::io::Error) -> Error {
        let kind = match err.raw_os_error() {
            Some(libc::ENOSPC) | Some(libc::EDQUOT) => Kind::InsufficientStorage,
            _ => Kind::Internal,
        };
        Error::new(kind, format!("{step}: {err}"))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
