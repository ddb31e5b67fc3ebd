//! The image store: manifests and checksummed files on disk under one
//! directory, their states, and the HTTP handlers that stream files in and
//! out (the JSON operations go through the generated API in the backend).
//!
//! Layout: `<dir>/<uuid>/manifest.json` and `<dir>/<uuid>/file`. A file
//! arrives as `file.partial` and is renamed to `file` only once it is
//! complete and verified; the manifest records its checksums after that.
//! A start therefore removes every `file.partial`, and every `file` whose
//! manifest has no checksum yet: an interrupted upload never becomes an
//! image; nor does an interrupted OCI import (see [`oci`]), whose staging
//! tree and spooled archive go too. A deleted image's directory is first renamed to `.deleted-<uuid>`
//! and removed by the next start if the server died meanwhile.

mod digests;
pub mod error;
mod front;
pub mod http;
mod ingest;
pub mod manifest;
pub mod imgapi;
pub mod iso;
pub mod oci;
pub mod range;
pub mod serve;
pub mod stats;
pub mod users;

pub use users::Users;

pub use error::{Cause, Error, Kind, Result};
pub use ingest::{Expect, Ingest};
pub use manifest::{Manifest, NewImage, OciConfig, State};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

/// Who uses an image: the ids of the objects holding it (attachments).
pub type UsersOf = Arc<dyn Fn(&str) -> Vec<i64> + Send + Sync>;

#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    dir: PathBuf,
    images: Mutex<BTreeMap<String, Entry>>,
    users: OnceLock<UsersOf>,
}

struct Entry {
    manifest: Manifest,
    /// Something is changing the image outside the lock.
    busy: Option<Busy>,
    /// Live [`Hold`]s: attachments made from this image.
    holds: usize,
}

/// A user's claim on an image: while it lives, the image cannot be deleted.
pub struct Hold {
    store: Store,
    uuid: String,
}

impl Drop for Hold {
    fn drop(&mut self) {
        if let Some(e) = self.store.lock().get_mut(&self.uuid) {
            e.holds = e.holds.saturating_sub(1);
        }
    }
}

impl std::fmt::Debug for Hold {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Hold({})", self.uuid)
    }
}

#[derive(Clone)]
enum Busy {
    /// Its file is arriving; the counters are the bytes written so far
    /// and the announced total (`u64::MAX`: unknown).
    Ingest(Arc<std::sync::atomic::AtomicU64>, Arc<std::sync::atomic::AtomicU64>),
    /// It is being deleted.
    Deleting,
}

/// Filters of a listing; `None` matches everything.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub uuid: Option<String>,
    pub name: Option<String>,
    pub version: Option<String>,
    pub state: Option<String>,
    pub kind: Option<String>,
}

/// A file ready to be read: the open file and the manifest it belongs to.
pub struct OpenFile {
    pub file: std::fs::File,
    pub manifest: Manifest,
}

impl Store {
    /// Open (or create) the store in `dir`, dropping what an interrupted
    /// upload or delete left behind.
    pub fn open(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("creating the store directory {}", dir.display()), &e))?;
        let dir = std::path::absolute(dir).map_err(|e| Error::io(format!("resolving {}", dir.display()), &e))?;
        let mut images = BTreeMap::new();
        let entries = std::fs::read_dir(&dir).map_err(|e| Error::io(format!("reading {}", dir.display()), &e))?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let path = entry.path();
            // 1. A delete that did not finish: finish it.
            if name.starts_with(".deleted-") {
                log::info!("store: removing {}, left by an interrupted delete", path.display());
                let _ = std::fs::remove_dir_all(&path);
                continue;
            }
            if manifest::check_uuid(&name).is_err() || !path.is_dir() {
                continue;
            }
            let m_path = path.join("manifest.json");
            let _ = std::fs::remove_file(path.join("manifest.json.tmp"));
            let mut m = match manifest::load(&m_path) {
                Ok(m) if m.uuid == name => m,
                Ok(_) | Err(_) => {
                    // 2. A create that did not finish (no manifest yet).
                    log::warn!("store: {} has no valid manifest; removing it", path.display());
                    let _ = std::fs::remove_dir_all(&path);
                    continue;
                }
            };
            // 3. An upload or download that did not finish: its partial
            //    file goes, and so does a renamed file the manifest does
            //    not vouch for yet.
            if std::fs::remove_file(path.join("file.partial")).is_ok() {
                log::info!("store: image {name}: removed the partial file of an interrupted upload");
            }
            oci::remove_leftovers(&path);
            if !m.has_file() && std::fs::remove_file(path.join("file")).is_ok() {
                log::info!("store: image {name}: removed a file its manifest never recorded");
            }
            if m.state == State::Downloading {
                m.state = State::Failed;
                m.error = Some("the download was interrupted by a restart of the server".into());
                manifest::save(&m_path, &m)?;
            }
            images.insert(name, Entry { manifest: m, busy: None, holds: 0 });
        }
        log::info!("store: {} images in {}", images.len(), dir.display());
        Ok(Store { inner: Arc::new(Inner { dir, images: Mutex::new(images), users: OnceLock::new() }) })
    }

    /// Tell the store who uses its images (set once, by the object graph).
    pub fn set_users(&self, users: UsersOf) {
        let _ = self.inner.users.set(users);
    }

    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    fn lock(&self) -> MutexGuard<'_, BTreeMap<String, Entry>> {
        self.inner.images.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn image_dir(&self, uuid: &str) -> PathBuf {
        self.inner.dir.join(uuid)
    }

    /// Path of an image's complete file.
    pub fn file_path(&self, uuid: &str) -> PathBuf {
        self.image_dir(uuid).join("file")
    }

    /// Create an image from its manifest: a fresh uuid, state `unactivated`.
    pub fn create(&self, new: NewImage) -> Result<Manifest> {
        manifest::check_new(&new)?;
        let mut images = self.lock();
        if let Some(other) = images.values().find(|e| e.manifest.name == new.name && e.manifest.version == new.version) {
            return Err(Error::busy(format!(
                "image {} already has name \"{}\" and version \"{}\"",
                other.manifest.uuid, new.name, new.version
            )));
        }
        let uuid = uuid::Uuid::new_v4().hyphenated().to_string();
        let m = Manifest {
            uuid: uuid.clone(),
            name: new.name,
            version: new.version,
            kind: new.kind,
            os: new.os,
            description: new.description,
            tags: new.tags,
            state: State::Unactivated,
            error: None,
            size: None,
            sha256: None,
            sha1: None,
            bytes_done: None,
            bytes_total: None,
            created: now(),
            content_md5: None,
            published_at: None,
            imgapi: new.imgapi,
            oci: None,
        };
        let dir = self.image_dir(&uuid);
        std::fs::create_dir(&dir).map_err(|e| Error::io(format!("creating {}", dir.display()), &e))?;
        if let Err(e) = manifest::save(&dir.join("manifest.json"), &m) {
            let _ = std::fs::remove_dir_all(&dir);
            return Err(e);
        }
        log::info!("store: created image {uuid} ({} {})", m.name, m.version);
        images.insert(uuid, Entry { manifest: m.clone(), busy: None, holds: 0 });
        Ok(m)
    }

    /// The manifests matching `filter`, as the API shows them.
    pub fn list(&self, filter: &Filter) -> Result<Vec<Manifest>> {
        if let Some(u) = &filter.uuid {
            return Ok(vec![self.get(u)?]);
        }
        let images = self.lock();
        Ok(images
            .values()
            .map(render)
            .filter(|m| {
                filter.name.as_ref().is_none_or(|n| &m.name == n)
                    && filter.version.as_ref().is_none_or(|v| &m.version == v)
                    && filter.state.as_ref().is_none_or(|s| m.state.name() == s)
                    && filter.kind.as_ref().is_none_or(|t| &m.kind == t)
            })
            .collect())
    }

    pub fn get(&self, uuid: &str) -> Result<Manifest> {
        manifest::check_uuid(uuid)?;
        self.lock().get(uuid).map(render).ok_or_else(|| no_image(uuid))
    }

    /// The image a loopback attachment names, by uuid or as `name/version`:
    /// it must be active and attachable. Returns its manifest, its file and
    /// a hold that keeps it from being deleted.
    pub fn resolve(&self, reference: &str) -> Result<(Manifest, PathBuf, Hold)> {
        let mut images = self.lock();
        let entry = match reference.split_once('/') {
            Some((name, version)) => images.values().find(|e| e.manifest.name == name && e.manifest.version == version),
            None => images.get(reference),
        }
        .ok_or_else(|| Error::not_found(format!("the store has no image \"{reference}\" (give a uuid or name/version)")))?;
        let m = &entry.manifest;
        if matches!(entry.busy, Some(Busy::Deleting)) || m.state != State::Active {
            return Err(Error::busy(format!("image {} ({} {}) is {}, not active", m.uuid, m.name, m.version, render(entry).state.name())));
        }
        if !manifest::ATTACHABLE.contains(&m.kind.as_str()) {
            return Err(Error::invalid(format!(
                "image {} is of type {}; only {} images can be attached",
                m.uuid,
                m.kind,
                manifest::ATTACHABLE.join(", ")
            )));
        }
        let (m, path) = (m.clone(), self.file_path(&m.uuid));
        if let Some(e) = images.get_mut(&m.uuid) {
            e.holds += 1;
        }
        Ok((m.clone(), path, Hold { store: self.clone(), uuid: m.uuid }))
    }

    /// Activate, disable or enable an image.
    pub fn set_state(&self, uuid: &str, action: &str) -> Result<Manifest> {
        manifest::check_uuid(uuid)?;
        let mut images = self.lock();
        let entry = images.get_mut(uuid).ok_or_else(|| no_image(uuid))?;
        if entry.busy.is_some() {
            return Err(Error::busy(format!("image {uuid} is {}; try again when it is done", render(entry).state.name())));
        }
        let m = &entry.manifest;
        let next = match (action, m.state) {
            ("activate", State::Unactivated) if m.has_file() => State::Active,
            ("activate", State::Unactivated) => return Err(Error::busy(format!("image {uuid} has no file yet; add one before activating it")).because(Cause::NoFile)),
            ("activate", State::Active) | ("enable", State::Active) => State::Active,
            ("disable", State::Active) | ("disable", State::Disabled) => State::Disabled,
            ("enable", State::Disabled) => State::Active,
            ("activate" | "disable" | "enable", s) => {
                return Err(Error::busy(format!("image {uuid} is {}: it cannot be asked to {action}", s.name())))
            }
            _ => return Err(Error::invalid(format!("action \"{action}\" is not activate, disable or enable"))),
        };
        if next != m.state {
            let mut changed = m.clone();
            changed.state = next;
            if next == State::Active && changed.published_at.is_none() {
                changed.published_at = Some(now());
            }
            manifest::save(&self.image_dir(uuid).join("manifest.json"), &changed)?;
            log::info!("store: image {uuid} is now {}", next.name());
            entry.manifest = changed;
        }
        Ok(render(entry))
    }

    /// Remove an image and its file; 409 while anything uses it or its
    /// file is arriving.
    pub fn delete(&self, uuid: &str) -> Result<Manifest> {
        manifest::check_uuid(uuid)?;
        // 1. Mark it, so no new user can take it while the users are asked.
        let before = {
            let mut images = self.lock();
            let entry = images.get_mut(uuid).ok_or_else(|| no_image(uuid))?;
            if entry.busy.is_some() {
                return Err(Error::busy(format!("image {uuid} is {}; try again when it is done", render(entry).state.name())));
            }
            if entry.holds > 0 {
                return Err(Error::busy(format!("image {uuid} is in use by {} attachment(s); delete them first", entry.holds)));
            }
            entry.busy = Some(Busy::Deleting);
            entry.manifest.clone()
        };
        // 2. Ask the graph, without holding our lock (it takes ours under its own).
        let users = self.inner.users.get().map(|u| u(uuid)).unwrap_or_default();
        let mut images = self.lock();
        if !users.is_empty() {
            if let Some(e) = images.get_mut(uuid) {
                e.busy = None;
            }
            let ids: Vec<String> = users.iter().map(|i| i.to_string()).collect();
            return Err(Error::busy(format!("image {uuid} is used by attachment {}; delete them first", ids.join(", "))));
        }
        // 3. Rename first (one atomic step), then remove at leisure.
        let dir = self.image_dir(uuid);
        let gone = self.inner.dir.join(format!(".deleted-{uuid}"));
        if let Err(e) = std::fs::rename(&dir, &gone).and_then(|_| manifest::sync_dir(&self.inner.dir).map_err(std::io::Error::other)) {
            if let Some(e) = images.get_mut(uuid) {
                e.busy = None;
            }
            return Err(Error::io(format!("removing {}", dir.display()), &e));
        }
        images.remove(uuid);
        drop(images);
        if let Err(e) = std::fs::remove_dir_all(&gone) {
            log::warn!("store: removing {}: {e} (the next start retries)", gone.display());
        }
        log::info!("store: deleted image {uuid}");
        Ok(before)
    }

    /// Open an image's complete file for reading.
    pub fn open_file(&self, uuid: &str) -> Result<OpenFile> {
        manifest::check_uuid(uuid)?;
        let manifest = self.get(uuid)?;
        if !manifest.has_file() || manifest.state == State::Uploading {
            return Err(Error::not_found(format!("image {uuid} has no file yet")));
        }
        let path = self.file_path(uuid);
        let file = std::fs::File::open(&path).map_err(|e| Error::io(format!("opening {}", path.display()), &e))?;
        Ok(OpenFile { file, manifest })
    }

    /// The active image named `name` and `version`, or with `uuid`.
    pub fn find_active(&self, name: &str, version: &str) -> Option<Manifest> {
        self.lock()
            .values()
            .find(|e| e.manifest.name == name && e.manifest.version == version && e.manifest.state == State::Active && e.busy.is_none())
            .map(|e| e.manifest.clone())
    }
}

impl Store {
    /// Change an image's manifest with `change`, which may refuse; the
    /// changed manifest is on disk before anyone sees it. Not while its
    /// file is arriving (the ingest owns the manifest then).
    pub fn edit(&self, uuid: &str, change: impl FnOnce(&mut Manifest) -> Result<()>) -> Result<Manifest> {
        manifest::check_uuid(uuid)?;
        let mut images = self.lock();
        let entry = images.get_mut(uuid).ok_or_else(|| no_image(uuid))?;
        if entry.busy.is_some() {
            return Err(Error::busy(format!("image {uuid} is {}; try again when it is done", render(entry).state.name())));
        }
        let mut m = entry.manifest.clone();
        change(&mut m)?;
        manifest::check_details(m.os.as_deref(), m.description.as_deref(), &m.tags)?;
        manifest::save(&self.image_dir(uuid).join("manifest.json"), &m)?;
        entry.manifest = m;
        Ok(render(entry))
    }

    /// Keep an IMGAPI field of an image (given back to IMGAPI clients as is).
    pub fn annotate(&self, uuid: &str, key: &str, value: serde_json::Value) -> Result<Manifest> {
        self.edit(uuid, |m| {
            m.imgapi.get_or_insert_with(Default::default).insert(key.to_string(), value);
            Ok(())
        })
    }
}

fn now() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}

/// The manifest as the API shows it: transient states and progress included.
fn render(entry: &Entry) -> Manifest {
    let mut m = entry.manifest.clone();
    if let Some(Busy::Ingest(done, total)) = &entry.busy {
        if m.state != State::Downloading {
            m.state = State::Uploading;
        }
        m.bytes_done = Some(done.load(std::sync::atomic::Ordering::Relaxed));
        m.bytes_total = Some(total.load(std::sync::atomic::Ordering::Relaxed)).filter(|t| *t != u64::MAX);
    }
    m
}

fn no_image(uuid: &str) -> Error {
    Error::not_found(format!("there is no image with uuid {uuid}"))
}
