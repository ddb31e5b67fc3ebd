//! Who may write through the IMGAPI routes of the serve listener: a users
//! file in htpasswd form (`name:hash`, one a line, `#` comments), with
//! bcrypt hashes (`htpasswd -B`, or [`Users::add`]), checked against HTTP
//! basic credentials.
//!
//! bcrypt is slow on purpose, and every request may bring credentials, so:
//! - a check runs on the blocking pool, [`RUNNING`] at most at once; up to
//!   [`WAITING`] more wait their turn and any beyond are answered "busy"
//!   (503) at once, so a flood of wrong passwords takes neither the async
//!   workers nor the blocking pool from the rest of the server;
//! - a name that is no user is checked against a hash of the users' cost,
//!   so the answer takes as long as for a user's wrong password and does
//!   not tell which names exist;
//! - bcrypt reads only the first 72 bytes of a password: a longer one is
//!   refused unchecked, and [`Users::add`] refuses to make one;
//! - a successful check is remembered by a digest of the credentials, so a
//!   client that writes often does not pay for bcrypt on every request.

use sha2::Digest;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

/// Password checks that run at once.
pub const RUNNING: usize = 2;
/// Password checks that may wait for one of those; more are answered busy.
pub const WAITING: usize = 16;
/// The cost of the hashes [`Users::add`] makes (bcrypt's default).
pub const COST: u32 = bcrypt::DEFAULT_COST;
/// The longest password bcrypt checks whole.
pub const MAX_PASSWORD: usize = 72;

pub struct Users {
    hashes: HashMap<String, String>,
    /// Checked for a name that is not a user: of the users' highest cost.
    decoy: String,
    verified: Mutex<HashSet<[u8; 32]>>,
    slots: Arc<Semaphore>,
    queued: AtomicUsize,
}

/// What a check of credentials found.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The credentials of this user.
    User(String),
    /// No credentials, or wrong ones.
    Refused,
    /// Too many checks are waiting already: try again in a moment.
    Busy,
}

impl std::fmt::Debug for Users {
    /// Names only: hashes stay out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Users").field("names", &self.hashes.keys().collect::<Vec<_>>()).finish()
    }
}

impl Users {
    /// Read the users file; every line must be `name:bcrypt-hash`.
    pub fn load(path: &Path) -> Result<Users, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("reading the users file {}: {e}", path.display()))?;
        let mut hashes = HashMap::new();
        let mut cost = bcrypt::DEFAULT_COST;
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, hash)) = line.split_once(':') else {
                return Err(format!("{} line {}: expected name:hash", path.display(), n + 1));
            };
            let Some(c) = bcrypt_cost(hash) else {
                return Err(format!("{} line {}: the password of {name} is not a bcrypt hash (make one with imageapi-server --add-serve-user {name})", path.display(), n + 1));
            };
            if hashes.is_empty() || c > cost {
                cost = c;
            }
            hashes.insert(name.to_string(), hash.to_string());
        }
        if hashes.is_empty() {
            return Err(format!("the users file {} names no user", path.display()));
        }
        let decoy = bcrypt::hash(uuid::Uuid::new_v4().as_bytes(), cost).map_err(|e| format!("preparing the password checks: {e}"))?;
        Ok(Users { hashes, decoy, verified: Mutex::new(HashSet::new()), slots: Arc::new(Semaphore::new(RUNNING)), queued: AtomicUsize::new(0) })
    }

    /// Whom an `Authorization: Basic ...` header authenticates.
    pub async fn check(&self, authorization: Option<&str>) -> Verdict {
        let Some((name, password)) = basic(authorization) else { return Verdict::Refused };
        if password.len() > MAX_PASSWORD {
            crate::stats::password_check("too-long");
            return Verdict::Refused;
        }
        let (hash, user) = match self.hashes.get(&name) {
            Some(hash) => (hash.clone(), true),
            None => (self.decoy.clone(), false),
        };
        let key: [u8; 32] = sha2::Sha256::new().chain_update(hash.as_bytes()).chain_update([0]).chain_update(password.as_bytes()).finalize().into();
        if user && self.verified.lock().map(|v| v.contains(&key)).unwrap_or(false) {
            return Verdict::User(name);
        }
        // A place in the queue, or busy. The place is given back however
        // this ends, a client that goes away included.
        let Some(_place) = Place::take(&self.queued) else {
            crate::stats::password_check("busy");
            return Verdict::Busy;
        };
        let Ok(permit) = self.slots.clone().acquire_owned().await else { return Verdict::Refused };
        // The slot goes with the verification, not with this future: a
        // client that goes away does not free it while bcrypt still runs.
        let verify = move || {
            let running = crate::stats::password_check_started();
            let matched = bcrypt::verify(password, &hash).unwrap_or(false);
            drop(running);
            drop(permit);
            matched
        };
        let matched = tokio::task::spawn_blocking(verify).await.unwrap_or(false);
        crate::stats::password_check(if matched && user { "ok" } else { "refused" });
        if matched && user {
            if let Ok(mut v) = self.verified.lock() {
                v.insert(key);
            }
            return Verdict::User(name);
        }
        Verdict::Refused
    }

    /// Add `name` with `password` to the users file at `path` (made mode
    /// 0600 if missing), or give it that password if it is there already.
    pub fn add(path: &Path, name: &str, password: &str, cost: u32) -> Result<(), String> {
        if name.is_empty() || name.contains([':', '#']) || name.chars().any(char::is_whitespace) {
            return Err(format!("{name:?} cannot be a user name: it must be non-empty, without ':', '#' or spaces"));
        }
        if password.is_empty() {
            return Err("the password is empty".into());
        }
        if password.len() > MAX_PASSWORD {
            return Err(format!(
                "the password is {} bytes long: bcrypt checks only the first {MAX_PASSWORD}, so a longer one would let in any password that starts the same; choose one of at most {MAX_PASSWORD} bytes",
                password.len()
            ));
        }
        let hash = bcrypt::hash(password, cost).map_err(|e| format!("hashing the password: {e}"))?;
        let old = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(format!("reading the users file {}: {e}", path.display())),
        };
        let mut text: String = old.lines().filter(|l| l.trim().split_once(':').is_none_or(|(n, _)| n != name)).map(|l| format!("{l}\n")).collect();
        text.push_str(&format!("{name}:{hash}\n"));
        // Written beside it and renamed: a reader sees the old file or the new one.
        let tmp = path.with_extension("new");
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let write = || -> std::io::Result<()> {
            let mut f = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(&tmp)?;
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
            std::fs::rename(&tmp, path)
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            format!("writing the users file {}: {e}", path.display())
        })
    }
}

/// One of the places of the queue of checks, held until dropped.
struct Place<'a>(&'a AtomicUsize);

impl<'a> Place<'a> {
    fn take(queued: &'a AtomicUsize) -> Option<Place<'a>> {
        queued.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| (n < RUNNING + WAITING).then_some(n + 1)).ok().map(|_| Place(queued))
    }
}

impl Drop for Place<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Name and password of `Basic` credentials.
fn basic(authorization: Option<&str>) -> Option<(String, String)> {
    use base64::Engine;
    let encoded = authorization?.trim().strip_prefix("Basic ")?;
    let decoded = base64::engine::general_purpose::STANDARD.decode(encoded.trim()).ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (name, password) = text.split_once(':')?;
    Some((name.to_string(), password.to_string()))
}

/// The cost of a bcrypt hash (`$2b$12$...`), if it is one.
fn bcrypt_cost(hash: &str) -> Option<u32> {
    let mut parts = hash.split('$');
    let (Some(""), Some(version), Some(cost), Some(rest)) = (parts.next(), parts.next(), parts.next(), parts.next()) else { return None };
    (version.starts_with('2') && rest.len() == 53).then_some(())?;
    cost.parse().ok().filter(|c| (4..=31).contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    fn header(s: &str) -> String {
        format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(s))
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn basic_credentials_are_checked_against_bcrypt_hashes() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("users");
        std::fs::write(&file, format!("# writers\nadmin:{}\n", bcrypt::hash("secret", 4).unwrap())).unwrap();
        let users = Users::load(&file).unwrap();
        assert_eq!(users.check(Some(&header("admin:secret"))).await, Verdict::User("admin".into()));
        assert_eq!(users.check(Some(&header("admin:secret"))).await, Verdict::User("admin".into()));
        assert_eq!(users.check(Some(&header("admin:wrong"))).await, Verdict::Refused);
        assert_eq!(users.check(Some(&header("root:secret"))).await, Verdict::Refused);
        assert_eq!(users.check(Some("Bearer x")).await, Verdict::Refused);
        assert_eq!(users.check(None).await, Verdict::Refused);
        assert_eq!(bcrypt_cost(&users.decoy), Some(4), "the decoy has the users' cost");
        std::fs::write(&file, "admin:secret\n").unwrap();
        assert!(Users::load(&file).unwrap_err().contains("not a bcrypt hash"));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn passwords_past_72_bytes_are_neither_made_nor_checked() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("users");
        let long = "p".repeat(80);
        let e = Users::add(&file, "admin", &long, 4).unwrap_err();
        assert!(e.contains("80 bytes") && e.contains("72"), "{e}");
        assert!(!file.exists(), "a refused user was written");
        // bcrypt itself would take the first 72 bytes for the whole.
        let real = "q".repeat(72);
        Users::add(&file, "admin", &real, 4).unwrap();
        Users::add(&file, "other", "x", 4).unwrap();
        Users::add(&file, "admin", &real, 4).unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        assert_eq!(text.lines().filter(|l| l.starts_with("admin:")).count(), 1, "{text}");
        let users = Users::load(&file).unwrap();
        assert_eq!(users.check(Some(&header(&format!("admin:{real}")))).await, Verdict::User("admin".into()));
        assert_eq!(users.check(Some(&header(&format!("admin:{real}extra")))).await, Verdict::Refused);
        assert!(Users::add(&file, "a:b", "x", 4).is_err());
    }
}
