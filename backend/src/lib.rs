//! imageapi's backend: the object graph of attachments, mounts and
//! containers, the providers that make them in the kernel, and the
//! implementation of the generated `Api` trait that serves them.
//!
//! - [`spec`] turns request models into validated definitions;
//! - [`graph`] holds the objects, their references and the cascade;
//! - [`attach`], [`mount`], [`container`] are the providers, one driver per file;
//! - [`kernel`] is the one seam to mount(2), loop devices and confined paths;
//! - [`logs`] reads containers' logs (whole, tail, followed);
//! - [`api`] maps requests to the backend and results to responses.

pub mod api;
pub mod attach;
pub mod container;
mod containers;
pub mod dirs;
pub mod error;
pub mod graph;
pub mod kernel;
pub mod ledger;
pub mod logs;
pub mod mount;
pub mod restore;
pub mod spec;

use dirs::Dirs;
use error::{Error, Result};
pub use containers::Selector;
use graph::{Created, Graph, Id, Item};
use imageapi_generated::models;
use std::sync::{Arc, Mutex, MutexGuard};

/// The shared state of the server: one graph behind one lock, each change
/// journaled before it is answered.
#[derive(Clone)]
pub struct Backend {
    graph: Arc<Mutex<Graph>>,
    saver: Arc<Mutex<restore::Saver>>,
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
    /// `state` (a file), and clean up what it left behind unrecorded.
    pub fn open(dirs: Dirs, state: &std::path::Path) -> std::result::Result<Backend, String> {
        let (graph, saver) = restore::restore(dirs, state.to_path_buf())?;
        let backend = Backend { graph: Arc::new(Mutex::new(graph)), saver: Arc::new(Mutex::new(saver)) };
        backend.watch_adopted();
        Ok(backend)
    }

    fn save(&self, g: &mut Graph) {
        self.saver.lock().unwrap_or_else(|p| p.into_inner()).save(g);
    }

    fn lock(&self) -> MutexGuard<'_, Graph> {
        // A panic while holding the lock is a bug, but the graph itself is
        // updated only after each kernel step succeeded: keep serving.
        self.graph.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn dirs(&self) -> Dirs {
        self.lock().dirs.clone()
    }

    /// Create an attachment (and any nested definitions) for the API user.
    pub fn create_attach(&self, model: &models::Attach) -> Result<models::Attach> {
        let def = spec::new_attach(model)?;
        let mut g = self.lock();
        let mut created = Created::default();
        let result = match g.attach(&spec::AttachRef::Def(def), &mut created) {
            Ok(id) => {
                g.commit(id);
                Ok(g.render_attach(id))
            }
            Err(e) => {
                g.rollback(created);
                Err(e)
            }
        };
        self.save(&mut g);
        result
    }

    /// Create a mount (and any nested definitions) for the API user.
    pub fn create_mount(&self, model: &models::Mount) -> Result<models::Mount> {
        let def = spec::new_mount(model)?;
        let mut g = self.lock();
        let mut created = Created::default();
        let result = match g.mount(&spec::MountRef::Def(def), &mut created) {
            Ok(id) => {
                g.commit(id);
                Ok(g.render_mount(id))
            }
            Err(e) => {
                g.rollback(created);
                Err(e)
            }
        };
        self.save(&mut g);
        result
    }

    pub fn list_attach(&self, id: Option<i64>, kind: Option<&str>) -> Result<Vec<models::Attach>> {
        let g = self.lock();
        let ids = self.select(&g, Noun::Attach, id)?;
        Ok(ids
            .into_iter()
            .map(|i| g.render_attach(i))
            .filter(|m| kind.is_none_or(|k| m.kind.map(|mk| mk.to_string()).as_deref() == Some(k)))
            .collect())
    }

    pub fn list_mount(&self, id: Option<i64>, kind: Option<&str>) -> Result<Vec<models::Mount>> {
        let g = self.lock();
        let ids = self.select(&g, Noun::Mount, id)?;
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
        let mut g = self.lock();
        let id = self.select(&g, noun, Some(id))?[0];
        let mut before = match noun {
            Noun::Attach => serde_json::to_value(g.render_attach(id)),
            Noun::Mount => serde_json::to_value(g.render_mount(id)),
        }
        .map_err(|e| Error::internal(format!("rendering {} {id}: {e}", noun.name())))?;
        let result = if force { self.force_delete(&mut g, id) } else { g.delete(id) };
        self.save(&mut g);
        result?;
        before["refs"] = serde_json::json!(0);
        Ok(before)
    }

    /// Remove `id` and, first, every object that uses it, directly or not.
    /// A container among them that is still running stops the whole
    /// operation before anything is touched: force never pulls the ground
    /// from under a running system.
    fn force_delete(&self, g: &mut Graph, id: Id) -> Result<()> {
        let dependents = g.dependents(id);
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
        let mut g = self.lock();
        while let Some(id) = g.objects.values().find(|o| o.users.is_empty()).map(|o| o.id) {
            if let Err(e) = g.teardown(id, true) {
                log::error!("shutdown: {e}");
                // Forget it so the loop ends; it is reported above.
                g.objects.remove(&id);
            }
        }
        self.save(&mut g);
    }
}
