//! The serialized answers of the graph's lists (`GET /mount`, `/attach`,
//! `/container`), kept until the graph next changes.
//!
//! Rendering and serializing every listed object is most of what such a
//! read costs (a list of 100 mounts is about 20 kB of JSON), and the
//! answer only changes with the graph. Every write guard of the graph
//! bumps a generation counter while it holds the lock; an answer is kept
//! with the generation it was made at and served again, as shared bytes,
//! until the counter moves on. The bytes are what the generated router
//! makes of the same list (`serde_json` of the same models), so a cached
//! answer and a fresh one cannot differ. Only answers of a successful
//! read are kept (errors are not what is read often), each at most
//! [`MAX_ANSWER`] bytes and [`MAX_TOTAL`] in all.

use crate::error::{Error, Result};
use crate::{Backend, Selector};
use bytes::Bytes;
use imageapi_generated::models;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

/// The largest answer kept (a list of about 1,000 mounts).
pub const MAX_ANSWER: usize = 256 << 10;
/// All kept answers together, at most.
pub const MAX_TOTAL: usize = 1 << 20;

/// One list read, with its query parameters as the API parsed them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Read {
    Mounts { id: Option<i64>, kind: Option<models::ListMountsKindParameter> },
    Attachments { id: Option<i64>, kind: Option<models::ListAttachmentsKindParameter> },
    Containers { id: Option<i64>, name: Option<String>, state: Option<models::ListContainersStateParameter> },
}

/// The generation counter and the answers made at its current value.
#[derive(Clone, Default)]
pub(crate) struct Answers {
    /// Moved on by every write guard of the graph (see `Backend::write`).
    pub(crate) generation: Arc<AtomicU64>,
    kept: Arc<Mutex<Kept>>,
}

#[derive(Default)]
struct Kept {
    generation: u64,
    bytes: usize,
    answers: HashMap<Read, Bytes>,
}

impl Answers {
    fn kept(&self) -> MutexGuard<'_, Kept> {
        self.kept.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn get(&self, generation: u64, read: &Read) -> Option<Bytes> {
        let kept = self.kept();
        (kept.generation == generation).then(|| kept.answers.get(read).cloned()).flatten()
    }

    fn put(&self, generation: u64, read: &Read, body: &Bytes) {
        if body.len() > MAX_ANSWER {
            return;
        }
        let mut kept = self.kept();
        if kept.generation != generation || kept.bytes + body.len() > MAX_TOTAL {
            *kept = Kept { generation, ..Kept::default() };
        }
        kept.bytes += body.len();
        if let Some(old) = kept.answers.insert(read.clone(), body.clone()) {
            kept.bytes -= old.len();
        }
    }
}

impl Backend {
    /// The JSON answer of `read`, byte for byte what the generated router
    /// serializes for the same list: from the kept answers while the graph
    /// is unchanged, else rendered under the read lock and kept.
    pub fn answer(&self, read: &Read) -> Result<Bytes> {
        let g = self.read();
        // Stable while the read guard is held: writers bump it under the lock.
        let generation = self.answers.generation.load(Ordering::Acquire);
        if let Some(body) = self.answers.get(generation, read) {
            return Ok(body);
        }
        let json = match read {
            Read::Mounts { id, kind } => serde_json::to_vec(&self.mounts_in(&g, *id, kind.map(|k| k.to_string()).as_deref())?),
            Read::Attachments { id, kind } => serde_json::to_vec(&self.attachments_in(&g, *id, kind.map(|k| k.to_string()).as_deref())?),
            Read::Containers { id, name, state } => {
                serde_json::to_vec(&crate::containers::list_in(&g, Selector::from_query(*id, name.clone())?, *state)?)
            }
        };
        let body = Bytes::from(json.map_err(|e| Error::internal(format!("serializing the answer: {e}")))?);
        self.answers.put(generation, read, &body);
        Ok(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(n: usize) -> Bytes {
        Bytes::from(vec![b'x'; n])
    }

    fn mounts(id: i64) -> Read {
        Read::Mounts { id: Some(id), kind: None }
    }

    #[test]
    fn answers_last_until_the_generation_moves_on() {
        let a = Answers::default();
        a.put(1, &mounts(1), &body(10));
        assert_eq!(a.get(1, &mounts(1)), Some(body(10)));
        assert_eq!(a.get(1, &mounts(2)), None);
        assert_eq!(a.get(2, &mounts(1)), None, "an answer of an older graph");
        a.put(2, &mounts(2), &body(5));
        assert_eq!(a.get(2, &mounts(1)), None, "dropped when the generation moved on");
        assert_eq!(a.kept().bytes, 5);
    }

    #[test]
    fn kept_answers_stay_within_their_bounds() {
        let a = Answers::default();
        a.put(1, &mounts(1), &body(MAX_ANSWER + 1));
        assert_eq!(a.get(1, &mounts(1)), None, "too large to keep");
        for id in 0..16 {
            a.put(1, &mounts(id), &body(MAX_ANSWER));
            assert!(a.kept().bytes <= MAX_TOTAL);
            assert_eq!(a.get(1, &mounts(id)), Some(body(MAX_ANSWER)));
        }
        a.put(1, &mounts(0), &body(1));
        a.put(1, &mounts(0), &body(2));
        assert_eq!(a.get(1, &mounts(0)), Some(body(2)), "replaced");
    }
}
