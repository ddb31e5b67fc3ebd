//! The container operations of the backend: create, list, change state,
//! delete, and the threads that wait for inits to end.
//!
//! Kernel work that waits (a container stopping) never happens under the
//! graph lock: a stop signals the init and returns `stopping`; a watcher
//! thread per started container records the end, and a stop thread kills
//! what did not stop in time.

use crate::container::{self, runtime, wrong_state, Container};
use crate::error::{Error, Result};
use crate::graph::{Graph, Id, Item};
use crate::spec;
use crate::Backend;
use imageapi_generated::models;
use container::State;
use std::path::PathBuf;
use std::time::Duration;

/// How long a forced delete waits for killed processes to be reaped.
const KILL_WAIT: Duration = Duration::from_secs(10);

/// Which container a request names.
pub enum Selector {
    Id(i64),
    Name(String),
}

impl Selector {
    pub fn from_query(id: Option<i64>, name: Option<String>) -> Result<Option<Selector>> {
        match (id, name) {
            (Some(id), None) => Ok(Some(Selector::Id(id))),
            (None, Some(name)) => Ok(Some(Selector::Name(name))),
            (None, None) => Ok(None),
            (Some(_), Some(_)) => Err(Error::invalid("give either id or name, not both")),
        }
    }
}

/// A container name taken by a create in progress, freed when dropped.
struct NameGuard(std::sync::Arc<std::sync::Mutex<std::collections::BTreeSet<String>>>, String);

impl Drop for NameGuard {
    fn drop(&mut self) {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).remove(&self.1);
    }
}

pub(crate) fn container(g: &Graph, id: Id) -> &Container {
    match &g.objects[&id].item {
        Item::Container(c) => c,
        _ => unreachable!("find returned a container"),
    }
}

/// The container `id`, to change: it is saved with the next save.
fn container_mut(g: &mut Graph, id: Id) -> &mut Container {
    g.touch(id);
    match &mut g.objects.get_mut(&id).expect("found above").item {
        Item::Container(c) => c,
        _ => unreachable!("find returned a container"),
    }
}

/// The id of the container a selector names.
pub(crate) fn find(g: &Graph, sel: &Selector) -> Result<Id> {
    match sel {
        Selector::Id(id) => {
            let id = spec::object_id("container", *id)?;
            match g.get(id).map(|o| &o.item) {
                Some(Item::Container(_)) => Ok(id),
                _ => Err(Error::not_found(format!("there is no container with id {id}"))),
            }
        }
        Selector::Name(name) => {
            container::check_name(name)?;
            g.objects
                .values()
                .find(|o| matches!(&o.item, Item::Container(c) if c.model.name.as_deref() == Some(name)))
                .map(|o| o.id)
                .ok_or_else(|| Error::not_found(format!("there is no container named \"{name}\"")))
        }
    }
}

fn render(g: &Graph, id: Id) -> models::Container {
    let o = &g.objects[&id];
    let c = container(g, id);
    let mut m = c.model.clone();
    m.id = Some(id as i64);
    m.refs = Some(o.refs());
    if let Some(mount) = o.uses.first() {
        m.mount = Box::new(g.render_mount(*mount));
    }
    c.render(&mut m);
    m
}

/// The containers `sel` names (all without one), in `state` if given.
pub(crate) fn list_in(g: &Graph, sel: Option<Selector>, state: Option<models::ListContainersStateParameter>) -> Result<Vec<models::Container>> {
    let ids: Vec<Id> = match sel {
        Some(sel) => vec![find(g, &sel)?],
        None => g.objects.values().filter(|o| matches!(o.item, Item::Container(_))).map(|o| o.id).collect(),
    };
    Ok(ids
        .into_iter()
        // By the state the client reads (paused ones read running), or
        // by the paused flag.
        .map(|id| render(g, id))
        .filter(|m| match state {
            None => true,
            Some(State::Paused) => m.paused == Some(true),
            Some(s) => m.state.map(|ms| ms.to_string()) == Some(s.to_string()),
        })
        .collect())
}

impl Backend {
    fn shim_exe() -> PathBuf {
        std::env::current_exe().unwrap_or_else(|_| PathBuf::from("/proc/self/exe"))
    }

    pub fn create_container(&self, model: &models::Container) -> Result<models::Container> {
        // 1. Everything that can be checked without the kernel, the name
        //    taken for the time of the build.
        let argv = container::validate(model)?;
        let mount = spec::mount_ref(&model.mount, "container.mount", 0)?;
        let mut refs = Vec::new();
        let ids = 1 + crate::build::mount_needs(&mount, &mut refs);
        let _name = match &model.name {
            Some(name) => Some(self.take_name(name)?),
            None => None,
        };
        let _slot = self.download_slot(&mount)?;
        // 2. The root mount (a reference or a nested definition), then the
        //    container, outside the graph lock.
        let id = self.build(
            &refs,
            ids,
            |b| {
                let id = b.scratch.alloc_id()?;
                let mount_id = b.scratch.mount(&mount, &mut b.created)?;
                let c = Container::new(model, argv, &b.scratch.dirs, id);
                b.scratch.insert(id, vec![mount_id], Item::Container(c), &mut b.created);
                Ok(id)
            },
            |_, id| id,
        )?;
        // 3. Start it if asked; a failure to start leaves it dead, with the reason.
        let mut g = self.write();
        if model.state == Some(models::ContainerState::Running) && g.get(id).is_some() {
            if let Err(e) = self.start_locked(&mut g, id) {
                // A start that could not be recorded was stopped again: the
                // container stays, dead with the reason, as after any
                // failed start.
                if g.get(id).is_none_or(|_| container(&g, id).state != State::Dead) {
                    return Err(e);
                }
            }
        }
        // The reason of a failed start; the container was recorded already.
        if let Err(e) = self.save_freeing(&mut g) {
            log::error!("container {id}: {e}");
        }
        match g.get(id) {
            Some(_) => Ok(render(&g, id)),
            None => Err(Error::not_found(format!("container {id} was deleted while it was being created"))),
        }
    }

    /// Reserve a container name for a create in progress; 409 if a
    /// container has it or another create took it.
    fn take_name(&self, name: &str) -> Result<NameGuard> {
        let g = self.read();
        let mut names = self.names.lock().unwrap_or_else(|p| p.into_inner());
        if find(&g, &Selector::Name(name.to_string())).is_ok() || !names.insert(name.to_string()) {
            return Err(Error::busy(format!("a container named \"{name}\" exists already")));
        }
        Ok(NameGuard(self.names.clone(), name.to_string()))
    }

    pub fn list_containers(&self, sel: Option<Selector>, state: Option<models::ListContainersStateParameter>) -> Result<Vec<models::Container>> {
        list_in(&self.read(), sel, state)
    }


    pub fn set_container_state(
        &self,
        sel: Option<Selector>,
        want: models::SetContainerStateStateParameter,
        timeout: Option<u64>,
    ) -> Result<models::Container> {
        use models::SetContainerStateStateParameter as Want;
        let sel = sel.ok_or_else(|| Error::invalid("give the container's id or name"))?;
        let mut g = self.write();
        let id = find(&g, &sel)?;
        let state = container(&g, id).state;
        match (want, state) {
            (Want::Running, State::Running) | (Want::Paused, State::Paused) => {}
            (Want::Exited, State::Exited | State::Stopping | State::Dead | State::Created) => {}
            (Want::Running, State::Paused) => {
                container_mut(&mut g, id).resume()?;
                if let Err(e) = self.save(&mut g) {
                    // Not recorded: back to what the journal says.
                    if let Err(e) = container_mut(&mut g, id).pause() {
                        log::error!("container {id}: freezing it again: {e}");
                    }
                    return Err(e);
                }
            }
            (Want::Running, State::Created | State::Exited | State::Dead) => self.start_locked(&mut g, id)?,
            (Want::Paused, State::Running) => {
                container_mut(&mut g, id).pause()?;
                if let Err(e) = self.save(&mut g) {
                    if let Err(e) = container_mut(&mut g, id).resume() {
                        log::error!("container {id}: thawing it again: {e}");
                    }
                    return Err(e);
                }
            }
            (Want::Exited, State::Running | State::Paused) => {
                let c = container_mut(&mut g, id);
                let timeout = c.request_stop(timeout)?;
                self.escalate_stop(id, c.state_dir.clone(), timeout, "its init does not catch the stop signal");
                // The stop is under way whatever the journal says; its end
                // is recorded when the init is gone.
                if let Err(e) = self.save_freeing(&mut g) {
                    log::error!("container {id}: {e}; its end is recorded when it comes");
                }
            }
            (Want::Running, State::Stopping) => return Err(wrong_state(id, state, "started while it stops")),
            (Want::Paused, _) => return Err(wrong_state(id, state, "paused")),
        }
        Ok(render(&g, id))
    }

    /// DELETE: a container that is not running is removed with its mount
    /// reference; a running one is 409, or with `force` killed, waited for
    /// and removed.
    pub fn delete_container(&self, sel: Option<Selector>, force: bool) -> Result<models::Container> {
        let sel = sel.ok_or_else(|| Error::invalid("give the container's id or name"))?;
        let mut g = self.write();
        let id = find(&g, &sel)?;
        // Whether the delete's start is recorded already (a forced one's, before the kill).
        let mut doomed = false;
        if container(&g, id).is_active() {
            if !force {
                return Err(Error::busy(format!(
                    "container {id} is {}; PATCH state=exited and wait for exited, or delete with force=true",
                    container(&g, id).state
                )));
            }
            // Kill and wait without holding the graph.
            self.doom(&[id])?;
            doomed = true;
            let c = container_mut(&mut g, id);
            c.stop_requested = true;
            c.state = State::Stopping;
            let state_dir = c.state_dir.clone();
            // Saved before the kill: a crash from here on is finished at
            // the next start (see restore), never left frozen or paused.
            // The delete's own record is enough for that.
            if let Err(e) = self.save_freeing(&mut g) {
                log::error!("container {id}: {e}; the delete goes on (a restart finishes it)");
            }
            drop(g);
            if let Err(e) = runtime::kill_all(&state_dir) {
                self.spare(&self.read(), &[id]);
                return Err(e.into());
            }
            let deadline = std::time::Instant::now() + KILL_WAIT;
            let exit = runtime::wait_exit(&state_dir, Some(KILL_WAIT)).ok().flatten();
            // The watcher records the end after it synced the container's
            // filesystem through a descriptor on the root mount; tearing
            // that mount down meanwhile would fail as busy. Let it finish.
            loop {
                g = self.write();
                let id = find(&g, &Selector::Id(id as i64))?;
                let c = container_mut(&mut g, id);
                if !c.is_active() {
                    break;
                }
                if std::time::Instant::now() >= deadline {
                    c.ended(id, exit);
                    break;
                }
                drop(g);
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        let mut before = render(&g, id);
        if !doomed {
            self.doom(&[id])?;
        }
        let result = g.delete(id);
        if result.is_err() {
            self.spare(&g, &[id]);
        }
        self.settle_delete(&mut g, &result);
        result?;
        before.refs = Some(0);
        Ok(before)
    }

    /// Start container `id` (graph locked) and watch it.
    fn start_locked(&self, g: &mut Graph, id: Id) -> Result<()> {
        let mount = g.objects[&id].uses.first().copied().ok_or_else(|| {
            Error::new(crate::error::Kind::Unprocessable, format!("container {id} has lost its root mount (it vanished while the server was down)"))
        })?;
        let rootfs = g.mountpoint(mount)?;
        let user_root = if container_mut(g, id).namespaces.contains(&runtime::Namespace::User) { user_root(g, mount) } else { Default::default() };
        let logs = g.dirs.logs();
        let c = container_mut(g, id);
        let t = std::time::Instant::now();
        c.start(id, &rootfs, user_root, &logs, &Self::shim_exe());
        crate::metrics::step("start", "container", c.state == State::Running, t.elapsed());
        if c.state != State::Running {
            crate::metrics::exit(crate::metrics::Exit::StartFailed);
        }
        if c.state != State::Running {
            // Dead with the reason: nothing runs, so nothing to undo.
            if let Err(e) = self.save_freeing(g) {
                log::error!("container {id}: {e}");
            }
            return Ok(());
        }
        let state_dir = c.state_dir.clone();
        if let Err(e) = self.save(g) {
            // A restart would not know that the init runs: stop it again.
            log::warn!("container {id}: its start could not be recorded; stopping it again: {e}");
            if let Err(e) = runtime::kill_all(&state_dir) {
                log::error!("container {id}: {e}");
            }
            let exit = runtime::wait_exit(&state_dir, Some(KILL_WAIT)).ok().flatten();
            let c = container_mut(g, id);
            c.stop_requested = true;
            c.ended(id, exit);
            c.state = State::Dead;
            c.reason = Some(format!("stopped again at once: its start could not be recorded ({e})"));
            if let Err(e) = self.save_freeing(g) {
                log::error!("container {id}: {e}");
            }
            return Err(e);
        }
        self.watch(id, state_dir, rootfs);
        Ok(())
    }

    /// Wait for the init of `id` to end, then sync its filesystem and record
    /// the end.
    pub(crate) fn watch(&self, id: Id, state_dir: PathBuf, rootfs: PathBuf) {
        let backend = self.clone();
        let spawned = std::thread::Builder::new().name(format!("watch-{id}")).spawn(move || {
            let exit = match runtime::wait_exit(&state_dir, None) {
                Ok(exit) => exit,
                Err(e) => {
                    log::warn!("container {id}: {e}; killing what is left of it");
                    let _ = runtime::kill_all(&state_dir);
                    None
                }
            };
            sync_filesystem(&rootfs);
            let mut g = backend.write();
            g.touch(id);
            if let Some(Item::Container(c)) = g.objects.get_mut(&id).map(|o| &mut o.item) {
                if c.is_active() && c.state_dir == state_dir {
                    c.ended(id, exit);
                }
            }
            if let Err(e) = backend.save_freeing(&mut g) {
                log::error!("container {id}: recording its end: {e}; recorded with the next change");
            }
        });
        if let Err(e) = spawned {
            log::error!("container {id}: cannot start its watcher: {e}");
        }
    }

    /// After `timeout`, kill every process of a container that did not
    /// stop; `at_once` says why, in the log, when the timeout is zero.
    fn escalate_stop(&self, id: Id, state_dir: PathBuf, timeout: Duration, at_once: &'static str) {
        let _ = std::thread::Builder::new().name(format!("stop-{id}")).spawn(move || {
            let t = std::time::Instant::now();
            match runtime::wait_exit(&state_dir, Some(timeout)) {
                Ok(Some(_)) => crate::metrics::step("stop", "container", true, t.elapsed()),
                Ok(None) => {
                    if timeout.is_zero() {
                        log::info!("container {id}: {at_once}; killing it");
                    } else {
                        log::warn!("container {id} did not stop within {}s; killing it", timeout.as_secs());
                    }
                    if let Err(e) = runtime::kill_all(&state_dir) {
                        log::error!("container {id}: {e}");
                    }
                    // How long until the init was gone, the kill included.
                    let _ = runtime::wait_exit(&state_dir, Some(KILL_WAIT));
                    crate::metrics::step("stop", "container", false, t.elapsed());
                }
                Err(_) => {}
            }
        });
    }

    /// Stop every container (node shutdown): signal all, then wait for
    /// them in parallel, each up to its stop timeout, and kill what is left.
    pub(crate) fn stop_all_containers(&self) {
        let mut g = self.write();
        let mut waiting = Vec::new();
        let ids: Vec<Id> = g.objects.values().filter(|o| matches!(&o.item, Item::Container(c) if c.is_active())).map(|o| o.id).collect();
        for id in ids {
            let c = container_mut(&mut g, id);
            // A stop under way keeps its deadline.
            let mut timeout = c.stop_remaining();
            if c.state != State::Stopping {
                match c.request_stop(None) {
                    Ok(t) => timeout = t,
                    Err(e) => log::warn!("container {id}: {e}"),
                }
            }
            waiting.push((id, c.state_dir.clone(), timeout));
        }
        drop(g);
        // All at once: each container gets its own stop timeout from now,
        // so the whole shutdown takes the longest timeout (plus the kill
        // wait), not their sum.
        std::thread::scope(|scope| {
            for (id, state_dir, timeout) in &waiting {
                scope.spawn(move || {
                    if let Ok(None) = runtime::wait_exit(state_dir, Some(*timeout)) {
                        log::warn!("container {id} did not stop within {}s; killing it", timeout.as_secs());
                        let _ = runtime::kill_all(state_dir);
                    }
                    let exit = runtime::wait_exit(state_dir, Some(KILL_WAIT)).ok().flatten();
                    let mut g = self.write();
                    g.touch(*id);
                    if let Some(Item::Container(c)) = g.objects.get_mut(id).map(|o| &mut o.item) {
                        if c.is_active() {
                            c.ended(*id, exit);
                        }
                    }
                    if let Err(e) = self.save_freeing(&mut g) {
                        log::error!("container {id}: recording its end: {e}");
                    }
                });
            }
        });
    }

    /// Watch the containers a restart re-adopted as running. One that was
    /// stopping had its kill pending in the previous run's stop thread:
    /// arm it again for what is left until the saved deadline, which is
    /// nothing (a kill at once) when the server was down past it.
    pub(crate) fn watch_adopted(&self) {
        let g = self.write();
        let running: Vec<(Id, PathBuf, Option<PathBuf>, Option<Duration>)> = g
            .objects
            .values()
            .filter_map(|o| match &o.item {
                Item::Container(c) if c.is_active() => Some((
                    o.id,
                    c.state_dir.clone(),
                    o.uses.first().and_then(|m| g.mountpoint(*m).ok()),
                    (c.state == State::Stopping).then(|| c.stop_remaining()),
                )),
                _ => None,
            })
            .collect();
        drop(g);
        for (id, state_dir, rootfs, stopping) in running {
            if let Some(timeout) = stopping {
                log::info!("container {id} was stopping when the server went down; killing it if it has not stopped in {}s", timeout.as_secs());
                self.escalate_stop(id, state_dir.clone(), timeout, "its stop timeout passed while the server was down");
            }
            self.watch(id, state_dir, rootfs.unwrap_or_default());
        }
    }
}

/// Flush the container's filesystem before it is reported exited, so a
/// client that tears the mounts down next loses nothing.
fn sync_filesystem(root: &std::path::Path) {
    if let Ok(dir) = std::fs::File::open(root) {
        // SAFETY: syncfs only reads the descriptor, which `dir` keeps open.
        unsafe { libc::syncfs(std::os::fd::AsRawFd::as_raw_fd(&dir)) };
    }
}

/// What the shim of a user-namespace container needs to know of its root
/// stack `root` (see `container/userns.rs`): an overlay's layers, with a
/// lower overlay flattened into its upper and its own lowers (overlayfs
/// cannot be idmapped itself, its layers can), and the binds of node
/// directories that were not given `idmap`.
fn user_root(g: &Graph, root: Id) -> container::userns::UserRoot {
    let mut plan = container::userns::UserRoot::default();
    let mut stack = vec![root];
    while let Some(id) = stack.pop() {
        let Some(o) = g.get(id) else { continue };
        let Item::Mount { model, handle } = &o.item else { continue };
        if let Some(b) = &model.bind {
            if b.base == models::MountBindBase::Root && b.idmap != Some(true) {
                plan.keep_owners.push(handle.mountpoint().to_path_buf());
            }
        }
        stack.extend(o.uses.iter().copied());
    }
    if let Some(layers) = overlay_layers(g, root) {
        plan.overlay = Some(layers);
    }
    plan
}

/// The layers of overlay mount `id`, topmost first, or None if it is not one.
fn overlay_layers(g: &Graph, id: Id) -> Option<container::userns::OverlayLayers> {
    let o = g.get(id)?;
    let Item::Mount { model, handle } = &o.item else { return None };
    model.overlay.as_ref()?;
    let mut described = model.clone();
    handle.describe(&mut described);
    let ov = described.overlay?;
    let (upper, work) = (PathBuf::from(ov.upperdir?), PathBuf::from(ov.workdir?));
    let mut lowers = Vec::new();
    for lower in &o.uses {
        match overlay_layers(g, *lower) {
            // A lower overlay reads as its upper over its lowers.
            Some(inner) => {
                lowers.push(inner.upper);
                lowers.extend(inner.lowers);
            }
            None => lowers.push(g.mountpoint(*lower).ok()?),
        }
    }
    let layers = work.parent()?.to_path_buf();
    Some(container::userns::OverlayLayers { lowers, upper, layers })
}
