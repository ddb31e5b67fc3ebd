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
//!
//! A start never removes what it cannot read: an image whose manifest
//! cannot be read (an I/O error, a manifest that does not parse) is
//! reported with the cause and left alone, unlisted. A store on a
//! read-only disk opens as it is; one that cannot be opened at all is
//! [`Store::unavailable`]: its requests answer 503 with the cause, and the
//! rest of the server serves.

mod digests;
pub mod error;
mod front;
pub mod http;
mod ingest;
mod startup;
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
    /// Why the store could not be opened, if it could not.
    unavailable: Option<String>,
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
    /// upload or delete left behind. What it cannot read is reported and
    /// left alone, never removed; a store disk it cannot write (read-only)
    /// is opened as it is. Fails only when `dir` cannot be listed at all.
    pub fn open(dir: &Path) -> Result<Store> {
        if let Err(e) = std::fs::create_dir_all(dir) {
            if !dir.is_dir() {
                return Err(Error::io(format!("creating the store directory {}", dir.display()), &e));
            }
            log::warn!("store: {}: {e}; opening it as it is", dir.display());
        }
        let dir = std::path::absolute(dir).map_err(|e| Error::io(format!("resolving {}", dir.display()), &e))?;
        let mut images = BTreeMap::new();
        let entries = std::fs::read_dir(&dir).map_err(|e| Error::io(format!("reading {}", dir.display()), &e))?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let path = entry.path();
            // 1. A delete that did not finish: finish it.
            if name.starts_with(".deleted-") {
                log::info!("store: removing {}, left by an interrupted delete", path.display());
                if let Err(e) = std::fs::remove_dir_all(&path) {
                    log::warn!("store: removing {}: {e} (the next start retries)", path.display());
                }
                continue;
            }
            if manifest::check_uuid(&name).is_err() || !path.is_dir() {
                continue;
            }
            if let Some(m) = startup::open_image(&path, &name) {
                images.insert(name, Entry { manifest: m, busy: None, holds: 0 });
            }
        }
        log::info!("store: {} images in {}", images.len(), dir.display());
        Ok(Store { inner: Arc::new(Inner { dir, images: Mutex::new(images), users: OnceLock::new(), unavailable: None }) })
    }

    /// A store that could not be opened (`why`): every request to it
    /// answers 503 with that cause, while the rest of the server serves.
    pub fn unavailable(dir: &Path, why: &str) -> Store {
        let inner = Inner {
            dir: dir.to_path_buf(),
            images: Mutex::new(BTreeMap::new()),
            users: OnceLock::new(),
            unavailable: Some(format!("the image store {} could not be opened: {why}", dir.display())),
        };
        Store { inner: Arc::new(inner) }
    }

    /// 503 with the cause if the store could not be opened.
    fn available(&self) -> Result<()> {
        match &self.inner.unavailable {
            Some(why) => Err(Error::unavailable(why.clone())),
            None => Ok(()),
        }
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
        self.available()?;
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
        self.available()?;
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
        self.available()?;
        manifest::check_uuid(uuid)?;
        self.lock().get(uuid).map(render).ok_or_else(|| no_image(uuid))
    }

    /// The image a loopback attachment names, by uuid or as `name/version`:
    /// it must be active and attachable. Returns its manifest, its file and
    /// a hold that keeps it from being deleted.
    pub fn resolve(&self, reference: &str) -> Result<(Manifest, PathBuf, Hold)> {
        self.available()?;
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
        self.available()?;
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
            // A failure after the new manifest took its place leaves the
            // change made: memory and answer follow the disk.
            if let Some(e) = manifest::save_or_check(&self.image_dir(uuid).join("manifest.json"), &changed)? {
                log::warn!("store: image {uuid}: {e}; the new manifest is in place all the same");
            }
            log::info!("store: image {uuid} is now {}", next.name());
            entry.manifest = changed;
        }
        Ok(render(entry))
    }

    /// Remove an image and its file; 409 while anything uses it or its
    /// file is arriving.
    pub fn delete(&self, uuid: &str) -> Result<Manifest> {
        self.available()?;
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
        if let Err(e) = std::fs::rename(&dir, &gone) {
            if let Some(e) = images.get_mut(uuid) {
                e.busy = None;
            }
            return Err(Error::io(format!("removing {}", dir.display()), &e));
        }
        // Renamed: the image is gone, whatever the sync says (a restart
        // that finds the old name after a crash lists it again, whole).
        if let Err(e) = manifest::sync_dir(&self.inner.dir) {
            log::warn!("store: deleting image {uuid}: {e}");
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
        self.available()?;
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
        self.available()?;
        manifest::check_uuid(uuid)?;
        let mut images = self.lock();
        let entry = images.get_mut(uuid).ok_or_else(|| no_image(uuid))?;
        if entry.busy.is_some() {
            return Err(Error::busy(format!("image {uuid} is {}; try again when it is done", render(entry).state.name())));
        }
        let mut m = entry.manifest.clone();
        change(&mut m)?;
        manifest::check_details(m.os.as_deref(), m.description.as_deref(), &m.tags)?;
        if let Some(e) = manifest::save_or_check(&self.image_dir(uuid).join("manifest.json"), &m)? {
            log::warn!("store: image {uuid}: {e}; the new manifest is in place all the same");
        }
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
