//! imageapi's backend: the object graph of attachments, mounts and
//! containers, the providers that make them in the kernel, and the
//! implementation of the generated `Api` trait that serves them.
//!
//! - [`spec`] turns request models into validated definitions;
//! - [`graph`] holds the objects, their references and the cascade;
//! - [`attach`], [`mount`], [`container`] are the providers, one driver per file;
//! - [`kernel`] is the one seam to mount(2), loop devices and confined paths;
//! - [`logs`] reads containers' logs (whole, tail, followed);
//! - [`metrics`] counts requests, kernel steps and exits for `GET /metrics`;
//! - [`space`] measures the room on the disks the server writes;
//! - [`answers`] keeps the serialized answers of the lists until the graph changes;
//! - `images` serves the image store (the `imageapi-store` crate) to the API;
//! - [`api`] maps requests to the backend and results to responses.

pub mod answers;
pub mod api;
pub mod attach;
pub mod build;
pub mod container;
mod containers;
pub mod dirs;
pub mod error;
pub mod graph;
mod images;
pub mod kernel;
pub mod ledger;
pub mod limits;
pub mod logs;
pub mod metrics;
pub mod mount;
pub mod restore;
pub mod space;
pub mod spec;
mod v01;

use dirs::Dirs;
use error::{Error, Result};
pub use containers::Selector;
use graph::{Graph, Id, Item};
use imageapi_generated::models;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// Downloads (uri mounts) in progress at once; one more is refused (409).
pub const MAX_DOWNLOADS: usize = 4;

/// The shared state of the server: one graph behind one read-write lock,
/// each change journaled before it is answered. Reads share the lock;
/// a create holds it only around its in-memory steps (see [`build`]).
#[derive(Clone)]
pub struct Backend {
    graph: Arc<RwLock<Graph>>,
    saver: Arc<Mutex<restore::Saver>>,
    /// Container names taken by creates in progress.
    names: Arc<Mutex<BTreeSet<String>>>,
    downloads: Arc<AtomicUsize>,
    store: imageapi_store::Store,
    /// Where the snapshot and the journal live.
    state_dir: std::path::PathBuf,
    /// The saver's ledger, for what /health and /metrics read of it.
    ledger: Arc<ledger::Ledger>,
    /// The lists' serialized answers, and the graph's generation.
    answers: answers::Answers,
}

/// A download slot, given back when dropped.
struct DownloadSlot(Arc<AtomicUsize>);

impl Drop for DownloadSlot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Which kind of object a request is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Attach,
    Mount,
}

impl Noun {
    fn name(self) -> &'static str {
        match self {
            Noun::Attach => "attachment",
            Noun::Mount => "mount",
        }
    }
}

impl Backend {
    /// Open the backend on `dirs`: re-adopt what a previous run saved in
    /// `state` (a file), and clean up what it left behind unrecorded; the
    /// image store lives in `store_dir`.
    pub fn open(dirs: Dirs, state: &std::path::Path, store_dir: &std::path::Path) -> std::result::Result<Backend, String> {
        // A store that cannot be opened answers 503 with the cause; the
        // objects of the graph, which a restart must re-adopt, never wait
        // for it.
        let store = imageapi_store::Store::open(store_dir).unwrap_or_else(|e| {
            log::error!("opening the image store: {e}; its requests answer 503 until a restart opens it");
            imageapi_store::Store::unavailable(store_dir, &e.message)
        });
        let (mut graph, saver) = restore::restore(dirs, state.to_path_buf())?;
        let ledger = saver.ledger();
        graph.store = Some(store.clone());
        let graph = Arc::new(RwLock::new(graph));
        let weak = Arc::downgrade(&graph);
        store.set_users(Arc::new(move |uuid: &str| match weak.upgrade() {
            Some(g) => g.read().unwrap_or_else(|p| p.into_inner()).image_users(uuid),
            None => Vec::new(),
        }));
        let backend = Backend {
            graph,
            saver: Arc::new(Mutex::new(saver)),
            names: Arc::default(),
            downloads: Arc::default(),
            store,
            state_dir: state.parent().map(|p| p.to_path_buf()).unwrap_or_default(),
            ledger,
            answers: answers::Answers::default(),
        };
        backend.watch_adopted();
        Ok(backend)
    }

    fn saver(&self) -> std::sync::MutexGuard<'_, restore::Saver> {
        self.saver.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Journal the changes of `g`: an error means they are not recorded,
    /// and the caller undoes them (or says why it cannot).
    fn save(&self, g: &mut Graph) -> Result<()> {
        self.saver().save(g, ledger::Room::Ordinary)
    }

    /// Journal a removal, a stop or an end: on a full disk it may use the
    /// reserve kept for that.
    fn save_freeing(&self, g: &mut Graph) -> Result<()> {
        self.saver().save(g, ledger::Room::Reserve)
    }

    /// A delete of `ids` begins: journaled first, so a restart finishes it.
    /// When that cannot be recorded the delete must not begin.
    fn doom(&self, ids: &[Id]) -> Result<()> {
        self.saver().doom(ids)
    }

    fn spare(&self, g: &Graph, ids: &[Id]) {
        self.saver().spare(g, ids);
    }

    /// Whether the reserve that keeps removals recordable is in place.
    pub fn reserve_held(&self) -> bool {
        self.ledger.reserve_held()
    }

    // A panic while holding the lock is a bug, but the graph itself is
    // updated only after each kernel step succeeded: keep serving.
    /// The graph to change: the kept answers of the lists are stale from
    /// here on (the generation moves on while the lock is held).
    fn write(&self) -> RwLockWriteGuard<'_, Graph> {
        let g = self.graph.write().unwrap_or_else(|p| p.into_inner());
        self.answers.generation.fetch_add(1, Ordering::Release);
        g
    }

    fn read(&self) -> RwLockReadGuard<'_, Graph> {
        self.graph.read().unwrap_or_else(|p| p.into_inner())
    }

    /// Returns once the object graph could be changed: it takes and drops
    /// the graph's write lock, so it blocks as long as a request holds the
    /// lock (the watchdog's check that the server is not wedged).
    pub fn check_responsive(&self) {
        drop(self.write());
    }

    pub fn dirs(&self) -> Dirs {
        self.read().dirs.clone()
    }

    /// A download slot for `r` if it downloads anything; 409 when all are taken.
    fn download_slot(&self, r: &spec::MountRef) -> Result<Option<DownloadSlot>> {
        if !build::downloads(r) {
            return Ok(None);
        }
        if self.downloads.fetch_add(1, Ordering::SeqCst) >= MAX_DOWNLOADS {
            self.downloads.fetch_sub(1, Ordering::SeqCst);
            return Err(Error::busy(format!("{MAX_DOWNLOADS} downloads are in progress already; try again when one has finished")));
        }
        Ok(Some(DownloadSlot(self.downloads.clone())))
    }

    /// Run `make` on a build that pins `refs` and reserves `ids` ids, outside
    /// the graph lock; then move what it made into the graph, save, and
    /// render the top object with `render`.
    fn build<T>(
        &self,
        refs: &[Id],
        ids: u64,
        make: impl FnOnce(&mut build::Build) -> Result<Id>,
        render: impl FnOnce(&Graph, Id) -> T,
    ) -> Result<T> {
        let mut build = {
            let mut g = self.write();
            limits::check(g.objects.len(), ids)?;
            g.prepare(refs, ids)?
        };
        let made = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| make(&mut build)))
            .unwrap_or_else(|_| Err(Error::internal("the request failed inside the server (a bug); see the log")));
        if made.is_err() {
            let created = std::mem::take(&mut build.created);
            build.scratch.rollback(created);
        }
        let mut g = self.write();
        let created = build.created.ids();
        g.finish(build, made.as_ref().ok().copied());
        let saved = self.save(&mut g);
        match (made, saved) {
            (Ok(id), Ok(())) => Ok(render(&g, id)),
            // Not recorded: a restart would not know it, so it goes again
            // before the answer says so.
            (Ok(id), Err(e)) => {
                log::warn!("undoing the create of {id}: {e}");
                g.undo_create(id, created);
                if let Err(e) = self.save(&mut g) {
                    log::error!("journaling the undo of the create of {id}: {e}");
                }
                Err(e)
            }
            (Err(e), saved) => {
                if let Err(se) = saved {
                    log::error!("journaling after a failed create: {se}");
                }
                Err(e)
            }
        }
    }

    /// Create an attachment (and any nested definitions) for the API user.
    pub fn create_attach(&self, model: &models::Attach) -> Result<models::Attach> {
        let r = spec::AttachRef::Def(spec::new_attach(model)?);
        let mut refs = Vec::new();
        let ids = build::attach_needs(&r, &mut refs);
        let _slot = match &r {
            spec::AttachRef::Def(spec::AttachDef::Loopback { base: spec::Base::Mount(m), .. }) => self.download_slot(m)?,
            _ => None,
        };
        self.build(&refs, ids, |b| b.scratch.attach(&r, &mut b.created), |g, id| g.render_attach(id))
    }

    /// Create a mount (and any nested definitions) for the API user.
    pub fn create_mount(&self, model: &models::Mount) -> Result<models::Mount> {
        let r = spec::MountRef::Def(spec::new_mount(model)?);
        let mut refs = Vec::new();
        let ids = build::mount_needs(&r, &mut refs);
        let _slot = self.download_slot(&r)?;
        self.build(&refs, ids, |b| b.scratch.mount(&r, &mut b.created), |g, id| g.render_mount(id))
    }

    pub fn list_attach(&self, id: Option<i64>, kind: Option<&str>) -> Result<Vec<models::Attach>> {
        self.attachments_in(&self.read(), id, kind)
    }

    fn attachments_in(&self, g: &Graph, id: Option<i64>, kind: Option<&str>) -> Result<Vec<models::Attach>> {
        let ids = self.select(g, Noun::Attach, id)?;
        Ok(ids
            .into_iter()
            .map(|i| g.render_attach(i))
            .filter(|m| kind.is_none_or(|k| m.kind.map(|mk| mk.to_string()).as_deref() == Some(k)))
            .collect())
    }

    pub fn list_mount(&self, id: Option<i64>, kind: Option<&str>) -> Result<Vec<models::Mount>> {
        self.mounts_in(&self.read(), id, kind)
    }

    fn mounts_in(&self, g: &Graph, id: Option<i64>, kind: Option<&str>) -> Result<Vec<models::Mount>> {
        let ids = self.select(g, Noun::Mount, id)?;
        Ok(ids
            .into_iter()
            .map(|i| g.render_mount(i))
            .filter(|m| kind.is_none_or(|k| m.kind.map(|mk| mk.to_string()).as_deref() == Some(k)))
            .collect())
    }

    /// The ids a GET lists: all objects of the noun, or exactly the one asked for.
    fn select(&self, g: &Graph, noun: Noun, id: Option<i64>) -> Result<Vec<Id>> {
        let is_noun = |item: &Item| match noun {
            Noun::Attach => matches!(item, Item::Attach { .. }),
            Noun::Mount => matches!(item, Item::Mount { .. }),
        };
        match id {
            Some(id) => {
                let id = spec::object_id(noun.name(), id)?;
                match g.get(id) {
                    Some(o) if is_noun(&o.item) => Ok(vec![id]),
                    _ => Err(Error::not_found(format!("there is no {} with id {id}", noun.name()))),
                }
            }
            None => Ok(g.objects.values().filter(|o| is_noun(&o.item)).map(|o| o.id).collect()),
        }
    }

    /// DELETE: drop the API user's reference, or with `force` remove the
    /// object together with everything that uses it. Returns the object as
    /// it was just before it was removed.
    pub fn delete(&self, noun: Noun, id: i64, force: bool) -> Result<serde_json::Value> {
        let mut g = self.write();
        let id = self.select(&g, noun, Some(id))?[0];
        let mut before = match noun {
            Noun::Attach => serde_json::to_value(g.render_attach(id)),
            Noun::Mount => serde_json::to_value(g.render_mount(id)),
        }
        .map_err(|e| Error::internal(format!("rendering {} {id}: {e}", noun.name())))?;
        // What goes with it: everything that uses it, when forced.
        let doomed = if force { [g.dependents(id), vec![id]].concat() } else { vec![id] };
        self.doom(&doomed)?;
        let result = if force { self.force_delete(&mut g, id) } else { g.delete(id) };
        if result.is_err() {
            self.spare(&g, &doomed);
        }
        self.settle_delete(&mut g, &result);
        result?;
        before["refs"] = serde_json::json!(0);
        Ok(before)
    }

    /// Journal the end of a delete. One whose removal cannot be recorded
    /// still stands: its start was recorded, and a restart finishes it.
    fn settle_delete(&self, g: &mut Graph, result: &Result<()>) {
        if let Err(e) = self.save_freeing(g) {
            match result {
                Ok(()) => log::error!("{e}; the delete stands (a restart finishes it), and is recorded with the next change"),
                Err(_) => log::error!("journaling after a failed delete: {e}"),
            }
        }
    }

    /// Remove `id` and, first, every object that uses it, directly or not.
    /// A container among them that is still running stops the whole
    /// operation before anything is touched: force never pulls the ground
    /// from under a running system.
    fn force_delete(&self, g: &mut Graph, id: Id) -> Result<()> {
        let dependents = g.dependents(id);
        g.check_unpinned(&[&dependents[..], &[id]].concat())?;
        for d in &dependents {
            if let Some(Item::Container(c)) = g.get(*d).map(|o| &o.item) {
                if c.is_active() {
                    return Err(Error::busy(format!(
                        "{} {id} is under container {d}, which is {}; stop it first",
                        g.get(id).map(|o| o.noun()).unwrap_or("object"),
                        c.state_name()
                    )));
                }
            }
        }
        for d in dependents.into_iter().chain(std::iter::once(id)) {
            // Releasing an earlier one may already have removed this one.
            if g.get(d).is_some() {
                g.teardown(d, true)?;
            }
        }
        Ok(())
    }

    /// Remove every object, users before what they use (node shutdown):
    /// containers are stopped first, politely, then killed after their stop
    /// timeout.
    pub fn shutdown(&self) {
        self.stop_all_containers();
        let mut g = self.write();
        while let Some(id) = g.objects.values().find(|o| o.users.is_empty()).map(|o| o.id) {
            if let Err(e) = g.teardown(id, true) {
                log::error!("shutdown: {e}");
                // Forget it so the loop ends; it is reported above.
                g.objects.remove(&id);
            }
        }
        // What requests still in progress made outside the graph (a
        // download under way, say) goes too.
        restore::clean_unknown(&g);
        if let Err(e) = self.save_freeing(&mut g) {
            log::error!("shutdown: {e}");
        }
    }
}
