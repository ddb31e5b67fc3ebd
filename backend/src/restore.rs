//! Durable state: every change of the graph is journaled as it is made,
//! and at start the graph is re-adopted from the kernel.
//!
//! A change appends one record per object it touched (replaced or
//! removed) to the [`Ledger`]'s journal; when the journal has grown past
//! the size of the graph it is compacted into a new snapshot. Ids are
//! reserved in blocks, each reservation journaled before its first id is
//! used, so an id is never given out twice, even across a crash.
//!
//! Saved per object: its id, whether the API user holds it, what it uses,
//! its stored model (definitions only; secrets never), and its kernel
//! identity (loop device and backing inode, mountpoint, init pid and start
//! time). At start each object is looked up in the kernel, users after what
//! they use: what still exists is adopted under the same id, what vanished
//! is dropped and reported. Kernel objects under the run directory that the
//! saved graph does not know of (a crash between the kernel call and the
//! save) are reported and removed.

use crate::dirs::Dirs;
use crate::graph::{Graph, Id, Item, Object};
use crate::error::Error;
use crate::ledger::{AppendError, Ledger, Room};
use imageapi_generated::models;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const VERSION: u32 = 1;
/// The journal is compacted once it holds more records than this, or more
/// than twice the objects in the graph, whichever is larger.
const COMPACT_MIN: usize = 1000;

#[derive(Serialize, Deserialize)]
pub struct Saved {
    version: u32,
    next_id: Id,
    objects: Vec<SavedObject>,
    /// Objects whose delete began and had not ended.
    #[serde(default)]
    doomed: Vec<Id>,
}

/// One journal record.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Record {
    /// The object as it is now (created or changed).
    Put(SavedObject),
    /// The object is gone.
    Del(Id),
    /// Ids below this may have been given out.
    NextId(Id),
    /// A delete of this object (and, forced, of what uses it) began: a
    /// restart finishes it.
    Doomed(Id),
    /// That delete was refused or failed: the object stays.
    Spared(Id),
}

#[derive(Serialize, Deserialize)]
struct SavedObject {
    id: Id,
    user_ref: bool,
    uses: Vec<Id>,
    /// "attach", "mount" or "container".
    noun: String,
    model: Value,
    identity: Value,
}

/// The document saved for `g`.
pub fn snapshot(g: &Graph) -> Saved {
    Saved { version: VERSION, next_id: g.reserved(), objects: g.objects.values().map(saved_object).collect(), doomed: Vec::new() }
}

fn saved_object(o: &Object) -> SavedObject {
    let (noun, model, identity) = match &o.item {
        Item::Attach { model, handle } => ("attach", to_value(model), handle.identity()),
        Item::Mount { model, handle } => ("mount", to_value(model), handle.identity()),
        Item::Container(c) => ("container", to_value(&c.model), c.identity()),
    };
    SavedObject { id: o.id, user_ref: o.user_ref, uses: o.uses.clone(), noun: noun.into(), model, identity }
}

fn to_value<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

fn digest(o: &SavedObject) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_vec(o).unwrap_or_default().hash(&mut h);
    h.finish()
}

/// Journals the changes of the graph: it remembers a digest of each
/// object as last saved, so a save writes only what changed.
pub struct Saver {
    ledger: Arc<Ledger>,
    saved: HashMap<Id, u64>,
    doomed: BTreeSet<Id>,
    /// Deletes that failed whose `Spared` record could not be written yet:
    /// written with the next record that can be.
    owed_spares: BTreeSet<Id>,
}

/// The client's sentence for a journal that could not be written: 507 for
/// a full disk, 503 for a journal that takes nothing until it is cut.
/// `reserve_left`: deletes and stops can still be recorded.
fn journal_error(e: &AppendError, reserve_left: bool) -> Error {
    if e.unusable {
        return Error::unavailable(format!(
            "{e}; the journal ends with part of a record that could not be cut off, so no change can be recorded until it is"
        ));
    }
    let err = Error::io(&e.step, &e.source);
    match (crate::ledger::is_full(&e.source), reserve_left) {
        (true, true) => err.context("the state directory is full (deletes and stops can still be recorded)"),
        (true, false) => err.context("the state directory is full, and its reserve for deletes is used up"),
        (false, _) => err,
    }
}

impl Saver {
    /// Journal what changed in `g` since the last save (the objects it
    /// marked touched); compact when the journal has grown large. On a
    /// failure nothing is recorded and the objects stay marked, to be
    /// written with the next save; the caller undoes or reports the change.
    pub fn save(&mut self, g: &mut Graph, room: Room) -> Result<(), Error> {
        let touched = g.take_touched();
        let mut records = Vec::new();
        let mut digests = Vec::new();
        for &id in &touched {
            match g.get(id) {
                Some(o) => {
                    let o = saved_object(o);
                    let d = digest(&o);
                    if self.saved.get(&id) != Some(&d) {
                        records.push(Record::Put(o));
                        digests.push((id, Some(d)));
                    }
                }
                None => {
                    if self.saved.contains_key(&id) {
                        records.push(Record::Del(id));
                    }
                    digests.push((id, None));
                }
            }
        }
        records.extend(self.owed_spares.iter().map(|id| Record::Spared(*id)));
        if let Err(e) = self.ledger.append(&records, room) {
            for id in touched {
                g.touch(id);
            }
            return Err(journal_error(&e, room == Room::Ordinary && self.ledger.reserve_held()));
        }
        self.owed_spares.clear();
        for (id, d) in digests {
            match d {
                Some(d) => {
                    self.saved.insert(id, d);
                }
                None => {
                    self.saved.remove(&id);
                    self.doomed.remove(&id);
                }
            }
        }
        if self.ledger.pending() > COMPACT_MIN.max(2 * g.objects.len()) {
            self.compact(g);
        }
        Ok(())
    }

    /// Journal, before any kernel work, that a delete of `ids` begins. On
    /// a failure the delete must not start: nothing would finish it. Not
    /// synced: a crash of the server loses no written record, and a crash
    /// of the machine takes the objects along; the record of the end is
    /// synced, and with it this one.
    pub fn doom(&mut self, ids: &[Id]) -> Result<(), Error> {
        let records: Vec<Record> = ids.iter().map(|id| Record::Doomed(*id)).collect();
        self.ledger.append_unsynced(&records, Room::Reserve).map_err(|e| journal_error(&e, false))?;
        self.doomed.extend(ids);
        Ok(())
    }

    /// The delete of `ids` was refused or failed: those still in `g` stay.
    /// A record that cannot be written now is owed, and written with the
    /// next one.
    pub fn spare(&mut self, g: &Graph, ids: &[Id]) {
        let spared: Vec<Id> = ids.iter().copied().filter(|id| g.get(*id).is_some() && self.doomed.remove(id)).collect();
        let records: Vec<Record> = spared.iter().map(|id| Record::Spared(*id)).collect();
        if let Err(e) = self.ledger.append(&records, Room::Reserve) {
            log::error!("journaling that a delete of {spared:?} failed: {e}; written with the next change");
            self.owed_spares.extend(spared);
        }
    }

    /// The ledger it writes (for what may be read without the saver).
    pub fn ledger(&self) -> Arc<Ledger> {
        self.ledger.clone()
    }

    /// Write the whole graph as the new snapshot; false if it could not be.
    pub fn compact(&mut self, g: &Graph) -> bool {
        let mut saved = snapshot(g);
        saved.doomed = self.doomed.iter().copied().collect();
        match self.ledger.compact(&saved) {
            Ok(()) => {
                self.saved = saved.objects.iter().map(|o| (o.id, digest(o))).collect();
                self.owed_spares.clear();
                true
            }
            // The journal still holds every change: nothing is lost.
            Err(e) => {
                log::error!("saving the object graph to {}: {e}", self.ledger.path().display());
                false
            }
        }
    }
}

/// Rebuild the graph a previous run saved, keeping what the kernel still
/// has, then clean up what the kernel has that the graph does not know.
pub fn restore(dirs: Dirs, state: PathBuf) -> Result<(Graph, Saver), String> {
    let ledger = Arc::new(Ledger::new(state));
    let loaded = ledger.load::<Saved, Record>()?;
    let mut next_id = 1;
    let mut objects = BTreeMap::new();
    let mut doomed = BTreeSet::new();
    if let Some(saved) = loaded.snapshot {
        if saved.version != VERSION {
            return Err(format!("{} has state version {}, this server reads {VERSION}", ledger.path().display(), saved.version));
        }
        next_id = saved.next_id;
        objects = saved.objects.into_iter().map(|o| (o.id, o)).collect();
        doomed = saved.doomed.into_iter().collect();
    }
    for r in loaded.records {
        match r {
            Record::Put(o) => {
                objects.insert(o.id, o);
            }
            Record::Del(id) => {
                objects.remove(&id);
            }
            Record::NextId(n) => next_id = next_id.max(n),
            Record::Doomed(id) => {
                doomed.insert(id);
            }
            Record::Spared(id) => {
                doomed.remove(&id);
            }
        }
    }
    next_id = next_id.max(objects.keys().next_back().map_or(1, |id| id + 1));
    // An object this server cannot read would be dropped, and its kernel
    // objects removed as unknown: stop first, touching nothing.
    for o in objects.values() {
        if let Err(e) = readable(o) {
            return Err(format!(
                "{}: the saved {} {} cannot be read ({e}); the server does not start on it, \
                 and leaves every attachment, mount and container in place (see docs/restart.md)",
                ledger.path().display(),
                o.noun,
                o.id
            ));
        }
    }
    let reserve = {
        let ledger = ledger.clone();
        move |upto: Id| ledger.append(&[Record::NextId(upto)], Room::Ordinary).map_err(|e| journal_error(&e, ledger.reserve_held()))
    };
    let mut g = Graph::new(dirs, next_id, Some(Arc::new(reserve)));
    adopt_all(&mut g, objects.into_values().collect());
    finish_deletes(&mut g, &doomed);
    clean_unknown(&g);
    g.take_touched();
    let mut saver = Saver { ledger, saved: HashMap::new(), doomed: BTreeSet::new(), owed_spares: BTreeSet::new() };
    if !saver.compact(&g) {
        // The journal still says what the kernel had before this start:
        // write every object again at its next change, and a Del at its
        // removal.
        saver.saved = g.objects.keys().map(|id| (*id, 0)).collect();
    }
    Ok((g, saver))
}

fn adopt_all(g: &mut Graph, objects: Vec<SavedObject>) {
    let mounted: HashSet<PathBuf> = crate::kernel::mount::mountinfo().into_iter().map(|m| m.mountpoint).collect();
    let mut pending: BTreeMap<Id, SavedObject> = objects.into_iter().map(|o| (o.id, o)).collect();
    let mut dropped: BTreeSet<Id> = BTreeSet::new();
    // What an object uses is adopted before the object itself.
    while !pending.is_empty() {
        let ready: Vec<Id> = pending
            .values()
            .filter(|o| o.uses.iter().all(|u| !pending.contains_key(u)))
            .map(|o| o.id)
            .collect();
        if ready.is_empty() {
            log::error!("the saved graph has a cycle among {:?}; dropping them", pending.keys().collect::<Vec<_>>());
            break;
        }
        for id in ready {
            let o = pending.remove(&id).expect("listed above");
            let noun = o.noun.clone();
            match adopt(&o, &mounted, &g.dirs) {
                Ok(item) => {
                    let uses: Vec<Id> = o.uses.iter().copied().filter(|u| !dropped.contains(u)).collect();
                    if uses.len() != o.uses.len() {
                        log::warn!("{noun} {id} lost what it stood on while the server was down; it is kept as the kernel still has it");
                    }
                    for u in &uses {
                        g.objects.get_mut(u).expect("adopted before its users").users.push(id);
                    }
                    g.objects.insert(id, Object { id, user_ref: o.user_ref, users: Vec::new(), uses, pins: 0, item });
                    log::info!("re-adopted {noun} {id}");
                }
                Err(e) => {
                    log::warn!("{noun} {id} vanished while the server was down ({e}); dropped");
                    dropped.insert(id);
                }
            }
        }
    }
    // Objects only their vanished users held are released now.
    let orphans: Vec<Id> = g.objects.values().filter(|o| o.refs() == 0).map(|o| o.id).collect();
    for id in orphans {
        if g.get(id).is_some_and(|o| o.refs() == 0) {
            log::info!("releasing {id}: what used it vanished while the server was down");
            if let Err(e) = g.teardown(id, true) {
                log::error!("releasing {id}: {e}");
            }
        }
    }
}

/// Whether this server can read the saved model of `o`.
fn readable(o: &SavedObject) -> Result<(), String> {
    let model = o.model.clone();
    match o.noun.as_str() {
        "attach" => serde_json::from_value::<models::Attach>(model).map(|_| ()),
        "mount" => serde_json::from_value::<models::Mount>(model).map(|_| ()),
        "container" => serde_json::from_value::<models::Container>(model).map(|_| ()),
        other => return Err(format!("unknown kind of object \"{other}\"")),
    }
    .map_err(|e| e.to_string())
}

fn adopt(o: &SavedObject, mounted: &HashSet<PathBuf>, dirs: &Dirs) -> crate::error::Result<Item> {
    let kind = o.model["kind"].as_str().unwrap_or_default().to_string();
    let parse = |what: &str| crate::error::Error::internal(format!("the saved {what} model does not parse"));
    match o.noun.as_str() {
        "attach" => {
            let model: models::Attach = serde_json::from_value(o.model.clone()).map_err(|_| parse("attachment"))?;
            Ok(Item::Attach { handle: crate::attach::adopt(&kind, &o.identity, &dirs.loop_tag(o.id))?, model })
        }
        "mount" => {
            let model: models::Mount = serde_json::from_value(o.model.clone()).map_err(|_| parse("mount"))?;
            Ok(Item::Mount { handle: crate::mount::adopt(&kind, &o.identity, mounted)?, model })
        }
        "container" => {
            let model: models::Container = serde_json::from_value(o.model.clone()).map_err(|_| parse("container"))?;
            let mut c = crate::container::Container::adopt(o.id, model, &o.identity)?;
            finish_interrupted(o.id, &mut c);
            Ok(Item::Container(c))
        }
        other => Err(crate::error::Error::internal(format!("unknown saved object kind {other}"))),
    }
}

/// Finish the deletes a crash cut short: each doomed object goes, with
/// everything that uses it (a forced delete), users first; a container
/// among them that still runs is killed first, as the delete would have.
fn finish_deletes(g: &mut Graph, doomed: &BTreeSet<Id>) {
    use crate::container::runtime;
    for id in doomed {
        if g.get(*id).is_none() {
            continue;
        }
        log::warn!("finishing the delete of {id} that a crash cut short");
        for d in g.dependents(*id).into_iter().chain(std::iter::once(*id)) {
            let Some(o) = g.objects.get_mut(&d) else { continue };
            if let Item::Container(c) = &mut o.item {
                if c.is_active() {
                    c.stop_requested = true;
                    let _ = runtime::kill_all(&c.state_dir);
                    let exit = runtime::wait_exit(&c.state_dir, Some(std::time::Duration::from_secs(10))).ok().flatten();
                    c.ended(d, exit);
                }
            }
            if let Err(e) = g.teardown(d, true) {
                log::error!("finishing the delete of {d}: {e}");
            }
        }
    }
}

/// Settle a container whose last request was cut short by a crash, so it
/// is never left in a state nobody asked for:
/// - a start whose save was lost: the init runs, so it is running (never
///   started a second time);
/// - a start under way whose init was not recorded yet: whatever it made
///   is stopped, and the container is `created` as saved;
/// - a kill (forced delete) that froze the container but died before the
///   kill: the kill is finished, and the watcher records the end.
fn finish_interrupted(id: Id, c: &mut crate::container::Container) {
    use crate::container::{runtime, State};
    if !c.is_active() {
        if let Ok(st) = runtime::load_state(&c.state_dir) {
            if runtime::is_alive(st.pid, st.start_time) {
                log::warn!("container {id}: its init {} runs, started by a request a crash cut short; it is running", st.pid);
                c.started = Some(st);
                c.state = State::Running;
                c.exit = None;
                c.reason = None;
                c.stop_requested = false;
                c.logfile = runtime::read_config(&c.state_dir).ok().map(|cfg| cfg.log_path);
                return;
            }
        }
        if c.state == State::Created && c.state_dir.exists() {
            log::warn!("container {id}: a start was under way when the server went down; stopping what it made");
            match runtime::kill_orphan(&c.state_dir, std::time::Duration::from_secs(10)) {
                Ok(()) => {}
                // No config: the start never got as far as the shim.
                Err(runtime::RuntimeError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => log::error!("container {id}: {e}"),
            }
            let _ = std::fs::remove_dir_all(&c.state_dir);
        }
    } else if c.state == State::Stopping && runtime::is_frozen(&c.state_dir).unwrap_or(false) {
        log::warn!("container {id}: a kill was cut short with the container frozen; finishing it");
        if let Err(e) = runtime::kill_all(&c.state_dir) {
            log::error!("container {id}: {e}");
        }
    }
}

/// Remove mounts, mountpoints and overlay layers under the run directory
/// that no object owns: leftovers of a crash between a kernel call and the
/// save that would have recorded it. Loop devices under such mounts are
/// released by the kernel (autoclear) once the mounts are gone.
pub(crate) fn clean_unknown(g: &Graph) {
    // Containers first: a container started but never saved stands on
    // mounts unknown too, and would keep them (and their loop devices) busy.
    stop_unknown_containers(g);
    let known_mounts: HashSet<_> = g
        .objects
        .values()
        .filter_map(|o| match &o.item {
            Item::Mount { handle, .. } => Some(handle.mountpoint().to_path_buf()),
            _ => None,
        })
        .collect();
    let mounts_dir = g.dirs.mountpoint(0).parent().expect("mounts/ has a parent").to_path_buf();
    let mut stale: Vec<_> = crate::kernel::mount::mountinfo()
        .into_iter()
        .map(|m| m.mountpoint)
        .filter(|p| p.starts_with(&mounts_dir) && p != &mounts_dir)
        .filter(|p| !p.ancestors().any(|a| known_mounts.contains(a)))
        .collect();
    stale.sort_by_key(|p| std::cmp::Reverse(p.components().count()));
    stale.dedup();
    for p in &stale {
        log::warn!("{} is mounted but no object owns it (left by an earlier run); unmounting it", p.display());
        if let Err(e) = crate::kernel::mount::unmount(p, true) {
            log::error!("unmounting {}: {e}", p.display());
        }
    }
    release_unknown_loops(g);
    remove_unowned(&mounts_dir, g);
    remove_unowned(&g.dirs.overlay(0).parent().expect("overlay/ has a parent").to_path_buf(), g);
}

/// Release the loop devices tagged as made under this run dir that no
/// attachment of the graph holds (made by a request that crashed before
/// its save). One still held by a mount outside the graph is released by
/// the kernel when that mount goes.
fn release_unknown_loops(g: &Graph) {
    let prefix = g.dirs.loop_tag_prefix();
    for (number, tag) in crate::kernel::loopdev::tagged(&prefix) {
        let device = std::path::PathBuf::from(format!("/dev/loop{number}"));
        let owner = tag[prefix.len()..].parse::<Id>().ok().and_then(|id| g.get(id));
        if owner.is_some_and(|o| matches!(&o.item, Item::Attach { handle, .. } if handle.device_file() == device)) {
            continue;
        }
        log::warn!("{} is tagged {tag} but no attachment holds it (left by an earlier run); detaching it", device.display());
        match crate::kernel::loopdev::LoopDevice::open_existing(number).and_then(|d| d.detach()) {
            Ok(()) => {}
            Err(e) => log::error!("detaching {}: {e}", device.display()),
        }
    }
}

/// Kill the containers whose state dirs the graph does not know (started
/// by a run that crashed before saving them) and remove those dirs.
fn stop_unknown_containers(g: &Graph) {
    let dir = g.dirs.container(0).parent().expect("containers/ has a parent").to_path_buf();
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    for e in entries.flatten() {
        let id = e.file_name().to_str().and_then(|n| n.parse::<Id>().ok());
        if id.is_some_and(|id| matches!(g.get(id).map(|o| &o.item), Some(Item::Container(_)))) {
            continue;
        }
        log::warn!("{}: no container owns it (left by an earlier run); stopping what runs there", e.path().display());
        match crate::container::runtime::kill_orphan(&e.path(), std::time::Duration::from_secs(10)) {
            Ok(()) => {}
            // No config: the start never got as far as the shim.
            Err(crate::container::runtime::RuntimeError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {}
            Err(err) => log::error!("stopping the container of {}: {err}", e.path().display()),
        }
        let _ = std::fs::remove_dir_all(e.path());
    }
}

/// Remove entries named after ids that are not in the graph.
fn remove_unowned(dir: &Path, g: &Graph) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let owned = e.file_name().to_str().and_then(|n| n.parse::<Id>().ok()).is_some_and(|id| g.get(id).is_some());
        if !owned && !crate::kernel::mount::is_mountpoint(&e.path()) {
            log::info!("removing {}: no object owns it", e.path().display());
            let _ = std::fs::remove_dir_all(e.path()).or_else(|_| std::fs::remove_file(e.path()));
        }
    }
}
