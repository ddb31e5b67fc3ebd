//! The one error type of the backend and its mapping to HTTP status codes.
//!
//! Each variant names what kind of failure it is; the message is a sentence
//! for the client that says which object or path failed and why. Kernel
//! failures keep their errno so the log gets the whole chain while the
//! client gets a sentence it can act on.

use nix::errno::Errno;
use std::fmt;

/// What the client did wrong or what the server could not do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The request is malformed or names something impossible (400).
    Invalid,
    /// The object or path named does not exist (404).
    NotFound,
    /// The object is referenced, running, or held by the kernel (409).
    Busy,
    /// Well formed, but the kernel cannot carry it out as given (422).
    Unprocessable,
    /// This server or this kernel lacks the kind or operation (501).
    Unsupported,
    /// The server cannot record changes now (a journal it cannot write, an
    /// image store it could not open); the message names the cause (503).
    Unavailable,
    /// The disk (or quota) the server writes to is full (507).
    InsufficientStorage,
    /// Anything else (500).
    Internal,
}

impl Kind {
    /// The HTTP status code for this kind of failure.
    pub fn status(self) -> u16 {
        match self {
            Kind::Invalid => 400,
            Kind::NotFound => 404,
            Kind::Busy => 409,
            Kind::Unprocessable => 422,
            Kind::Unsupported => 501,
            Kind::Unavailable => 503,
            Kind::InsufficientStorage => 507,
            Kind::Internal => 500,
        }
    }
}

/// A failure with a kind (the status) and a sentence for the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into() }
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(Kind::Invalid, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, message)
    }
    pub fn busy(message: impl Into<String>) -> Self {
        Self::new(Kind::Busy, message)
    }
    pub fn unsupported(message: impl Into<String>) -> Self {
        Self::new(Kind::Unsupported, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(Kind::Internal, message)
    }
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::new(Kind::Unavailable, message)
    }

    /// A failed kernel call: `step` says what was being done ("mounting
    /// /dev/loop3 on /run/imageapi/mounts/4 as ext4"); the kind follows the
    /// errno, so a busy device is a 409 and a missing driver a 501.
    pub fn kernel(step: impl fmt::Display, errno: Errno) -> Self {
        let kind = match errno {
            Errno::EBUSY | Errno::ETXTBSY => Kind::Busy,
            Errno::ENOENT | Errno::ENXIO => Kind::NotFound,
            Errno::ENODEV | Errno::ENOSYS | Errno::ENOTSUP | Errno::ENOTTY => Kind::Unsupported,
            Errno::ENOSPC | Errno::EDQUOT => Kind::InsufficientStorage,
            Errno::EINVAL | Errno::ENOTBLK | Errno::ENOTDIR | Errno::EISDIR | Errno::ELOOP
            | Errno::EXDEV | Errno::EROFS | Errno::EACCES | Errno::EPERM => Kind::Unprocessable,
            _ => Kind::Internal,
        };
        Self::new(kind, format!("{step}: {}", errno.desc()))
    }

    /// Like [`Error::kernel`] for a `std::io::Error`.
    pub fn io(step: impl fmt::Display, err: &std::io::Error) -> Self {
        match err.raw_os_error() {
            Some(code) => Self::kernel(step, Errno::from_raw(code)),
            None => Self::internal(format!("{step}: {err}")),
        }
    }

    /// Prefix the message with more context, keeping the kind.
    pub fn context(mut self, what: impl fmt::Display) -> Self {
        self.message = format!("{what}: {}", self.message);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// The store's failures keep their meaning: a checksum mismatch is a 400,
/// an image in use a 409.
impl From<imageapi_store::Error> for Error {
    fn from(e: imageapi_store::Error) -> Error {
        use imageapi_store::Kind as S;
        let kind = match e.kind {
            S::Invalid | S::Range => Kind::Invalid,
            S::NotFound => Kind::NotFound,
            S::Busy => Kind::Busy,
            S::Internal => Kind::Internal,
            S::Unavailable => Kind::Unavailable,
            S::InsufficientStorage => Kind::InsufficientStorage,
        };
        Error::new(kind, e.message)
    }
}
