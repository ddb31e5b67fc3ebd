//! Who may write through the IMGAPI routes of the serve listener: a users
//! file in htpasswd form (`name:hash`, one a line, `#` comments), with
//! bcrypt hashes (`htpasswd -B`), checked against HTTP basic credentials.
//! A successful check is remembered by a digest of the credentials, so a
//! client that writes often does not pay for bcrypt on every request.

use sha2::Digest;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Mutex;

pub struct Users {
    hashes: HashMap<String, String>,
    verified: Mutex<HashSet<[u8; 32]>>,
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
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, hash)) = line.split_once(':') else {
                return Err(format!("{} line {}: expected name:hash", path.display(), n + 1));
            };
            if !hash.starts_with("$2") {
                return Err(format!("{} line {}: the password of {name} is not a bcrypt hash (make one with htpasswd -nB {name})", path.display(), n + 1));
            }
            hashes.insert(name.to_string(), hash.to_string());
        }
        if hashes.is_empty() {
            return Err(format!("the users file {} names no user", path.display()));
        }
        Ok(Users { hashes, verified: Mutex::new(HashSet::new()) })
    }

    /// The user an `Authorization: Basic ...` header authenticates, if any.
    pub fn check(&self, authorization: Option<&str>) -> Option<String> {
        use base64::Engine;
        let encoded = authorization?.trim().strip_prefix("Basic ")?;
        let decoded = base64::engine::general_purpose::STANDARD.decode(encoded.trim()).ok()?;
        let text = String::from_utf8(decoded).ok()?;
        let (name, password) = text.split_once(':')?;
        let hash = self.hashes.get(name)?;
        let key: [u8; 32] = sha2::Sha256::new().chain_update(hash.as_bytes()).chain_update([0]).chain_update(password.as_bytes()).finalize().into();
        if self.verified.lock().map(|v| v.contains(&key)).unwrap_or(false) {
            return Some(name.to_string());
        }
        if bcrypt::verify(password, hash).unwrap_or(false) {
            if let Ok(mut v) = self.verified.lock() {
                v.insert(key);
            }
            return Some(name.to_string());
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    #[test]
    fn basic_credentials_are_checked_against_bcrypt_hashes() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("users");
        std::fs::write(&file, format!("# writers\nadmin:{}\n", bcrypt::hash("secret", 4).unwrap())).unwrap();
        let users = Users::load(&file).unwrap();
        let header = |s: &str| format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(s));
        assert_eq!(users.check(Some(&header("admin:secret"))).as_deref(), Some("admin"));
        assert_eq!(users.check(Some(&header("admin:secret"))).as_deref(), Some("admin"));
        assert_eq!(users.check(Some(&header("admin:wrong"))), None);
        assert_eq!(users.check(Some(&header("root:secret"))), None);
        assert_eq!(users.check(Some("Bearer x")), None);
        assert_eq!(users.check(None), None);
        std::fs::write(&file, "admin:secret\n").unwrap();
        assert!(Users::load(&file).unwrap_err().contains("not a bcrypt hash"));
    }
}
