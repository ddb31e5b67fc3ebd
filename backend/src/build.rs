//! Building a request's new objects outside the graph lock.
//!
//! Making an object can take long (a mount, a download into a ramdisk), and
//! the graph must stay readable and writable by other requests meanwhile.
//! So a create runs in three steps:
//!
//! 1. [`Graph::prepare`] (graph locked, in memory only): pin every object
//!    the definition references, so nobody removes it meanwhile, and
//!    reserve the ids the new objects will get;
//! 2. the kernel work, unlocked, in a scratch graph of its own that holds a
//!    stand-in for each pinned object (its mountpoint or device file); a
//!    failure rolls back what was made there;
//! 3. [`Graph::finish`] (locked again): the new objects move into the
//!    graph, taking their references, and the pins are dropped.
//!
//! A crash between 1 and 3 leaves kernel objects the saved state does not
//! know; the next start removes them (see [`crate::restore`]).

use crate::attach::Attachment;
use crate::error::{Error, Result};
use crate::graph::{Created, Graph, Id, Item, Object};
use crate::mount::Mounted;
use crate::spec::{AttachDef, AttachRef, Base, MountDef, MountRef};
use std::path::{Path, PathBuf};

/// One request's objects under construction.
pub struct Build {
    /// The new objects, next to stand-ins for the pinned ones.
    pub scratch: Graph,
    pub created: Created,
    pinned: Vec<Id>,
}

/// The stand-in for a pinned attachment or mount: its paths, nothing to release.
#[derive(Debug)]
struct StandIn {
    path: PathBuf,
    read_only: bool,
}

impl Attachment for StandIn {
    fn device_file(&self) -> &Path {
        &self.path
    }
    fn read_only(&self) -> bool {
        self.read_only
    }
    fn detach(&mut self, _force: bool) -> Result<()> {
        Ok(())
    }
}

impl Mounted for StandIn {
    fn mountpoint(&self) -> &Path {
        &self.path
    }
    fn unmount(&mut self, _force: bool) -> Result<()> {
        Ok(())
    }
}

/// The ids `r` references and the number of new objects it defines.
pub fn mount_needs(r: &MountRef, refs: &mut Vec<Id>) -> u64 {
    match r {
        MountRef::Id(id) => {
            refs.push(*id);
            0
        }
        MountRef::Def(def) => {
            1 + match def {
                MountDef::Attach { attach, .. } => attach_needs(attach, refs),
                MountDef::Bind { base, .. } => base_needs(base, refs),
                MountDef::Overlay { lower } => lower.iter().map(|m| mount_needs(m, refs)).sum(),
                MountDef::Nfs(_) | MountDef::Uri(_) => 0,
            }
        }
    }
}

pub fn attach_needs(r: &AttachRef, refs: &mut Vec<Id>) -> u64 {
    match r {
        AttachRef::Id(id) => {
            refs.push(*id);
            0
        }
        AttachRef::Def(AttachDef::Loopback { base, .. }) => 1 + base_needs(base, refs),
        AttachRef::Def(_) => 1,
    }
}

fn base_needs(base: &Base, refs: &mut Vec<Id>) -> u64 {
    match base {
        Base::Root | Base::Image => 0,
        Base::Mount(m) => mount_needs(m, refs),
    }
}

/// Whether `r` downloads anything (a uri mount somewhere in it).
pub fn downloads(r: &MountRef) -> bool {
    match r {
        MountRef::Id(_) => false,
        MountRef::Def(MountDef::Uri(_)) => true,
        MountRef::Def(MountDef::Attach { attach, .. }) => match attach.as_ref() {
            AttachRef::Def(AttachDef::Loopback { base: Base::Mount(m), .. }) => downloads(m),
            _ => false,
        },
        MountRef::Def(MountDef::Bind { base: Base::Mount(m), .. }) => downloads(m),
        MountRef::Def(MountDef::Overlay { lower }) => lower.iter().any(downloads),
        MountRef::Def(_) => false,
    }
}

impl Graph {
    /// Step 1: pin `refs` (those that exist; a missing one fails in step 2
    /// with the usual message) and reserve `ids` new ids (refused when the
    /// reservation cannot be recorded).
    pub fn prepare(&mut self, refs: &[Id], ids: u64) -> Result<Build> {
        let first = self.next_id_peek();
        for _ in 0..ids {
            self.alloc_id()?;
        }
        let mut scratch = Graph::new(self.dirs.clone(), first, None);
        scratch.store = self.store.clone();
        let mut pinned = Vec::new();
        for id in refs {
            let Some(o) = self.objects.get_mut(id) else { continue };
            o.pins += 1;
            pinned.push(*id);
            if scratch.objects.contains_key(id) {
                continue;
            }
            let item = match &o.item {
                Item::Attach { model, handle } => Item::Attach {
                    model: model.clone(),
                    handle: Box::new(StandIn { path: handle.device_file().into(), read_only: handle.read_only() }),
                },
                Item::Mount { model, handle } => Item::Mount {
                    model: model.clone(),
                    handle: Box::new(StandIn { path: handle.mountpoint().into(), read_only: false }),
                },
                // Containers are never referenced; leave it missing.
                Item::Container(_) => continue,
            };
            scratch.objects.insert(*id, Object { id: *id, user_ref: true, users: Vec::new(), uses: Vec::new(), pins: 0, item });
        }
        Ok(Build { scratch, created: Created::default(), pinned })
    }

    /// Step 3: move the new objects of `build` into the graph (users after
    /// what they use, as they were made), give `top` the API user's
    /// reference, and drop the pins. With `top` None (the build failed and
    /// was rolled back) only the pins are dropped.
    pub fn finish(&mut self, mut build: Build, top: Option<Id>) {
        for id in build.created.ids() {
            let Some(o) = build.scratch.objects.remove(&id) else { continue };
            let mut created = Created::default();
            self.insert(id, o.uses, o.item, &mut created);
        }
        if let Some(top) = top {
            self.commit(top);
        }
        for id in build.pinned {
            self.unpin(id);
        }
    }

    /// Drop one pin of `id`; tear it down if that was all that held it.
    fn unpin(&mut self, id: Id) {
        let Some(o) = self.objects.get_mut(&id) else { return };
        o.pins -= 1;
        if o.pins == 0 && o.refs() == 0 {
            if let Err(e) = self.teardown(id, false) {
                log::error!("releasing {id} after the request that used it: {e}");
            }
        }
    }

    /// A 409 if `id` or anything using it is pinned by a request in progress.
    pub fn check_unpinned(&self, ids: &[Id]) -> Result<()> {
        match ids.iter().find(|id| self.get(**id).is_some_and(|o| o.pins > 0)) {
            Some(id) => Err(Error::busy(format!(
                "{} {id} is used by a request in progress; try again when it is answered",
                self.get(*id).map(|o| o.noun()).unwrap_or("object")
            ))),
            None => Ok(()),
        }
    }
}
