//! The object graph: ids, references and the cascade.
//!
//! Every attachment, mount and container is an [`Object`] with one id from a
//! single counter. An object knows whom it uses (`uses`, in the order its
//! definition names them) and who uses it (`users`); the API user holds one
//! more reference (`user_ref`) on objects created by a top-level request.
//! `refs = user_ref + users`. When refs reach zero the object is torn down at
//! once and releases what it used, all the way down.
//!
//! The graph is plain data guarded by one lock in [`crate::Backend`]. New
//! objects are made outside it (see [`crate::build`]) and enter the graph
//! whole, so no client ever sees a half-built object; removals run under it.

use crate::attach::Attachment;
use crate::dirs::Dirs;
use crate::error::{Error, Result};
use crate::mount::{self, Inputs, Mounted};
use crate::spec::{AttachDef, AttachRef, Base, MountDef, MountRef};
use imageapi_generated::models;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

pub type Id = u64;

#[derive(Debug)]
pub enum Item {
    Attach { model: models::Attach, handle: Box<dyn Attachment> },
    Mount { model: models::Mount, handle: Box<dyn Mounted> },
    Container(crate::container::Container),
}

#[derive(Debug)]
pub struct Object {
    pub id: Id,
    /// The API user holds a reference (created by a top-level request).
    pub user_ref: bool,
    /// Objects that use this one, one entry per reference.
    pub users: Vec<Id>,
    /// Objects this one uses, in the order of its definition.
    pub uses: Vec<Id>,
    /// Requests in progress that build on this object (see [`crate::build`]):
    /// while pinned it is neither deleted nor released.
    pub pins: u32,
    pub item: Item,
}

impl Object {
    pub fn refs(&self) -> i64 {
        self.user_ref as i64 + self.users.len() as i64
    }
    pub fn noun(&self) -> &'static str {
        match self.item {
            Item::Attach { .. } => "attachment",
            Item::Mount { .. } => "mount",
            Item::Container(_) => "container",
        }
    }
}

/// Objects created by one request, so a failure can undo them.
#[derive(Default)]
pub struct Created(Vec<Id>);

impl Created {
    /// The ids, in the order they were made.
    pub fn ids(&self) -> Vec<Id> {
        self.0.clone()
    }
}

/// Ids are reserved durably this many at a time.
const ID_BLOCK: Id = 256;

/// Makes a reservation of ids durable: called with the first id not
/// reserved, before any id of the block is given out. An id is never given
/// out when its reservation could not be recorded.
pub type Reserve = std::sync::Arc<dyn Fn(Id) -> Result<()> + Send + Sync>;

pub struct Graph {
    next_id: Id,
    /// Ids below this are durably reserved (given out or not).
    reserved: Id,
    reserve: Option<Reserve>,
    /// Objects created, changed or removed since the last save.
    touched: BTreeSet<Id>,
    pub objects: BTreeMap<Id, Object>,
    pub dirs: Dirs,
    /// Where loopback attachments with `base: image` find their files.
    pub store: Option<imageapi_store::Store>,
}

impl Graph {
    pub fn new(dirs: Dirs, next_id: Id, reserve: Option<Reserve>) -> Graph {
        let next_id = next_id.max(1);
        Graph { next_id, reserved: next_id, reserve, touched: BTreeSet::new(), objects: BTreeMap::new(), dirs, store: None }
    }

    /// The id the next new object gets.
    pub(crate) fn next_id_peek(&self) -> Id {
        self.next_id
    }

    /// Ids below this may have been given out, by this run or a crashed one.
    pub fn reserved(&self) -> Id {
        self.reserved
    }

    pub(crate) fn alloc_id(&mut self) -> Result<Id> {
        let id = self.next_id;
        if id >= self.reserved {
            let upto = id + ID_BLOCK;
            if let Some(reserve) = &self.reserve {
                reserve(upto).map_err(|e| e.context("reserving ids"))?;
            }
            self.reserved = upto;
        }
        self.next_id += 1;
        Ok(id)
    }

    /// Mark `id` as changed, to be saved with the next save.
    pub fn touch(&mut self, id: Id) {
        self.touched.insert(id);
    }

    /// The objects changed since the last call.
    pub fn take_touched(&mut self) -> BTreeSet<Id> {
        std::mem::take(&mut self.touched)
    }

    pub fn get(&self, id: Id) -> Option<&Object> {
        self.objects.get(&id)
    }

    fn expect(&self, id: Id, noun: &str) -> Result<&Object> {
        match self.objects.get(&id) {
            Some(o) if o.noun() == noun => Ok(o),
            Some(o) => Err(Error::not_found(format!("object {id} is a {}, not a {noun}", o.noun()))),
            None => Err(Error::not_found(format!("there is no {noun} with id {id}"))),
        }
    }

    /// The attachments that use stored image `uuid`.
    pub fn image_users(&self, uuid: &str) -> Vec<i64> {
        self.objects
            .values()
            .filter(|o| match &o.item {
                Item::Attach { model, .. } => model
                    .loopback
                    .as_ref()
                    .is_some_and(|lo| lo.base == models::AttachLoopbackBase::Image && lo.path == uuid),
                _ => false,
            })
            .map(|o| o.id as i64)
            .collect()
    }

    pub fn device_file(&self, id: Id) -> Result<PathBuf> {
        match &self.expect(id, "attachment")?.item {
            Item::Attach { handle, .. } => Ok(handle.device_file().to_path_buf()),
            _ => unreachable!("expect checked the kind"),
        }
    }

    pub fn mountpoint(&self, id: Id) -> Result<PathBuf> {
        match &self.expect(id, "mount")?.item {
            Item::Mount { handle, .. } => Ok(handle.mountpoint().to_path_buf()),
            _ => unreachable!("expect checked the kind"),
        }
    }

    /// Insert a new object, taking one reference on each object it uses.
    pub fn insert(&mut self, id: Id, uses: Vec<Id>, item: Item, created: &mut Created) {
        for u in &uses {
            self.objects.get_mut(u).expect("uses are resolved before insert").users.push(id);
        }
        self.objects.insert(id, Object { id, user_ref: false, users: Vec::new(), uses, pins: 0, item });
        self.touch(id);
        created.0.push(id);
    }

    /// Finish a request: the top object gets the API user's reference.
    pub fn commit(&mut self, top: Id) {
        self.objects.get_mut(&top).expect("the top object exists").user_ref = true;
        self.touch(top);
    }

    /// Undo a create that could not be recorded: `top` loses the API
    /// user's reference and everything the request made is torn down.
    pub fn undo_create(&mut self, top: Id, created: Vec<Id>) {
        if let Some(o) = self.objects.get_mut(&top) {
            o.user_ref = false;
        }
        self.rollback(Created(created));
    }

    /// Undo a failed request: tear down what it created, newest first.
    pub fn rollback(&mut self, created: Created) {
        for id in created.0.into_iter().rev() {
            if let Some(o) = self.objects.get(&id) {
                if o.refs() == 0 {
                    if let Err(e) = self.teardown(id, true) {
                        log::error!("rolling back {} {id}: {e}", o_noun(&self.objects, id));
                    }
                }
            }
        }
    }

    // ---- creation -------------------------------------------------------

    /// Resolve a reference or create a definition; returns the attachment's id.
    pub fn attach(&mut self, r: &AttachRef, created: &mut Created) -> Result<Id> {
        match r {
            AttachRef::Id(id) => self.expect(*id, "attachment").map(|o| o.id),
            AttachRef::Def(def) => self.create_attach(def, created),
        }
    }

    pub fn mount(&mut self, r: &MountRef, created: &mut Created) -> Result<Id> {
        match r {
            MountRef::Id(id) => self.expect(*id, "mount").map(|o| o.id),
            MountRef::Def(def) => self.create_mount(def, created),
        }
    }

    fn base(&mut self, base: &Base, created: &mut Created) -> Result<Option<Id>> {
        match base {
            Base::Root | Base::Image => Ok(None),
            Base::Mount(m) => self.mount(m, created).map(Some),
        }
    }

    fn create_attach(&mut self, def: &AttachDef, created: &mut Created) -> Result<Id> {
        let id = self.alloc_id()?;
        let base = match def {
            AttachDef::Loopback { base, .. } => self.base(base, created)?,
            _ => None,
        };
        let base_dir = base.map(|b| self.mountpoint(b)).transpose()?;
        let (handle, model) = match def {
            AttachDef::Loopback { path, base: Base::Image, read_partitions, read_only } => {
                // A stored image: the store says which file, and the model
                // names it by uuid from now on.
                let store = self.store.as_ref().ok_or_else(|| Error::unsupported("this server has no image store"))?;
                let (image, file, hold) = store.resolve(path)?;
                let file = file.display().to_string();
                let resolved = AttachDef::Loopback { path: file, base: Base::Root, read_partitions: *read_partitions, read_only: *read_only };
                let tag = self.dirs.loop_tag(id);
                let handle = crate::metrics::timed("attach", "loopback", || crate::attach::create(&resolved, None, &tag))?;
                let handle: Box<dyn Attachment> = Box::new(crate::images::Held { inner: handle, _hold: hold });
                let mut model = attach_model(def);
                if let Some(lo) = model.loopback.as_mut() {
                    lo.path = image.uuid;
                }
                (handle, model)
            }
            _ => {
                let tag = self.dirs.loop_tag(id);
                let handle = crate::metrics::timed("attach", def.kind(), || crate::attach::create(def, base_dir.as_deref(), &tag))?;
                (handle, attach_model(def))
            }
        };
        self.insert(id, base.into_iter().collect(), Item::Attach { model, handle }, created);
        Ok(id)
    }

    fn create_mount(&mut self, def: &MountDef, created: &mut Created) -> Result<Id> {
        if let MountDef::Attach { fs_type, .. } = def {
            // Refuse an unknown filesystem before the attachment is made.
            mount::check_fs_type(fs_type)?;
        }
        let id = self.alloc_id()?;
        let uses: Vec<Id> = match def {
            MountDef::Attach { attach, .. } => vec![self.attach(attach, created)?],
            MountDef::Bind { base, .. } => self.base(base, created)?.into_iter().collect(),
            MountDef::Overlay { lower } => lower.iter().map(|m| self.mount(m, created)).collect::<Result<_>>()?,
            MountDef::Nfs(_) | MountDef::Uri(_) => Vec::new(),
        };
        let (device, paths) = match def {
            MountDef::Attach { .. } => (Some(self.device_file(uses[0])?), Vec::new()),
            _ => (None, uses.iter().map(|u| self.mountpoint(*u)).collect::<Result<Vec<_>>>()?),
        };
        let inputs = Inputs {
            device: device.as_deref(),
            base: match def {
                MountDef::Bind { .. } => paths.first().map(|p| p.as_path()),
                _ => None,
            },
            lowers: match def {
                MountDef::Overlay { .. } => paths.iter().map(|p| p.as_path()).collect(),
                _ => Vec::new(),
            },
        };
        let handle = crate::metrics::timed("mount", def.kind(), || mount::create(id, def, &inputs, &self.dirs))?;
        let model = mount_model(def);
        self.insert(id, uses, Item::Mount { model, handle }, created);
        Ok(id)
    }

    // ---- deletion -------------------------------------------------------

    /// Names of the objects that use `id`, for a 409 message.
    pub fn users_of(&self, id: Id) -> String {
        let o = &self.objects[&id];
        let mut names: Vec<String> = o.users.iter().map(|u| format!("{} {u}", o_noun(&self.objects, *u))).collect();
        names.dedup();
        names.join(", ")
    }

    /// Every object that uses `id`, directly or not, users before what they
    /// use (the order to tear them down in).
    pub fn dependents(&self, id: Id) -> Vec<Id> {
        // Depth-first, each user pushed after its own users: the post-order
        // is already users-first.
        let mut order = Vec::new();
        self.visit_users(id, &mut order);
        order
    }

    fn visit_users(&self, id: Id, order: &mut Vec<Id>) {
        for u in &self.objects[&id].users {
            if !order.contains(u) {
                self.visit_users(*u, order);
                order.push(*u);
            }
        }
    }

    /// Drop the API user's reference to `id` (DELETE without force). The
    /// object must not be used by others; it is torn down with everything
    /// that only it used.
    pub fn delete(&mut self, id: Id) -> Result<()> {
        let o = &self.objects[&id];
        if !o.users.is_empty() {
            return Err(Error::busy(format!("{} {id} is still used by {}", o.noun(), self.users_of(id))));
        }
        self.check_unpinned(&[id])?;
        self.teardown(id, false)
    }

    /// Tear down `id` now and release what it used. On failure nothing in
    /// the graph changes, so the client can retry.
    pub fn teardown(&mut self, id: Id, force: bool) -> Result<()> {
        let o = self.objects.get_mut(&id).expect("teardown of a known object");
        if !o.users.is_empty() {
            return Err(Error::internal(format!("{} {id} cannot be torn down while it is used", o.noun())));
        }
        match &mut o.item {
            Item::Attach { handle, .. } => handle.detach(force)?,
            Item::Mount { handle, .. } => handle.unmount(force)?,
            Item::Container(c) => c.remove(force)?,
        }
        let o = self.objects.remove(&id).expect("present above");
        self.touch(id);
        log::info!("{} {id} removed", o.noun());
        for used in o.uses {
            self.release(used, id);
        }
        Ok(())
    }

    /// `user` stops using `id`; tear `id` down if nothing holds it any more.
    fn release(&mut self, id: Id, user: Id) {
        let Some(o) = self.objects.get_mut(&id) else { return };
        if let Some(pos) = o.users.iter().position(|u| *u == user) {
            o.users.remove(pos);
        }
        if o.refs() == 0 && o.pins == 0 {
            if let Err(e) = self.teardown(id, false) {
                // Keep it listed, now held by the API user, so it can be
                // deleted again once whatever holds it in the kernel is gone.
                log::error!("releasing {} {id}: {e}; it stays listed", o_noun(&self.objects, id));
                if let Some(o) = self.objects.get_mut(&id) {
                    o.user_ref = true;
                    self.touch(id);
                }
            }
        }
    }

    // ---- rendering ------------------------------------------------------

    pub fn render_attach(&self, id: Id) -> models::Attach {
        let o = &self.objects[&id];
        let Item::Attach { model, handle } = &o.item else { unreachable!("render_attach of an attachment") };
        let mut m = model.clone();
        m.id = Some(id as i64);
        m.refs = Some(o.refs());
        m.device_file = Some(handle.device_file().display().to_string());
        if let Some(lo) = m.loopback.as_mut() {
            lo.ro = Some(handle.read_only());
            if let Some(base) = o.uses.first() {
                lo.mount = Some(Box::new(self.render_mount(*base)));
            }
        }
        handle.describe(&mut m);
        if let Some(opts) = m.rbd.as_mut().and_then(|r| r.options.as_mut()) {
            opts.secret = None;
        }
        m
    }

    pub fn render_mount(&self, id: Id) -> models::Mount {
        let o = &self.objects[&id];
        let Item::Mount { model, handle } = &o.item else { unreachable!("render_mount of a mount") };
        let mut m = model.clone();
        m.id = Some(id as i64);
        m.refs = Some(o.refs());
        m.mountpoint = Some(handle.mountpoint().display().to_string());
        // A re-adopted mount whose attachment vanished meanwhile keeps its
        // stored definition.
        if let (Some(a), Some(attach)) = (m.attach.as_mut(), o.uses.first()) {
            a.attach = Box::new(self.render_attach(*attach));
        }
        if let (Some(b), Some(base)) = (m.bind.as_mut(), o.uses.first()) {
            b.mount = Some(Box::new(self.render_mount(*base)));
        }
        if let Some(ov) = m.overlay.as_mut() {
            ov.lower = o.uses.iter().map(|u| self.render_mount(*u)).collect();
        }
        handle.describe(&mut m);
        m
    }
}

fn o_noun(objects: &BTreeMap<Id, Object>, id: Id) -> &'static str {
    objects.get(&id).map(|o| o.noun()).unwrap_or("object")
}

/// An attachment model with nothing set, filled in by its caller.
fn empty_attach() -> models::Attach {
    models::Attach {
        id: None,
        kind: None,
        device_file: None,
        refs: None,
        iscsi: None,
        local: None,
        loopback: None,
        rbd: None,
    }
}

/// The stored model of an attachment: its definition, without nested
/// objects (those are rendered from the graph) and without secrets.
fn attach_model(def: &AttachDef) -> models::Attach {
    use models::ListAttachmentsKindParameter as K;
    let mut m = empty_attach();
    match def {
        AttachDef::Loopback { path, base, read_partitions, .. } => {
            m.kind = Some(K::Loopback);
            m.loopback = Some(models::AttachLoopback {
                path: path.clone(),
                base: match base {
                    Base::Root => models::AttachLoopbackBase::Root,
                    Base::Mount(_) => models::AttachLoopbackBase::Mount,
                    Base::Image => models::AttachLoopbackBase::Image,
                },
                read_partitions: Some(*read_partitions),
                ro: None,
                mount: None,
            });
        }
        AttachDef::Local { path } => {
            m.kind = Some(K::Local);
            m.local = Some(models::AttachLocal { path: path.clone() });
        }
        AttachDef::Rbd(r) => {
            m.kind = Some(K::Rbd);
            let mut r = r.clone();
            if let Some(o) = r.options.as_mut() {
                o.secret = None;
            }
            m.rbd = Some(r);
        }
        AttachDef::Iscsi(i) => {
            m.kind = Some(K::Iscsi);
            m.iscsi = Some(i.clone());
        }
    }
    m
}

fn mount_model(def: &MountDef) -> models::Mount {
    use models::ListMountsKindParameter as K;

    let mut m = models::Mount {
        id: None,
        kind: None,
        mountpoint: None,
        refs: None,
        attach: None,
        bind: None,
        nfs: None,
        overlay: None,
        uri: None,
    };
    match def {
        MountDef::Attach { fs_type, options, .. } => {
            m.kind = Some(K::Attach);
            m.attach = Some(models::MountAttach {
                attach: Box::new(empty_attach()),
                fs_type: fs_type.clone(),
                mount_options: Some(options.clone()),
            });
        }
        MountDef::Bind { path, base, recursive, ro, idmap } => {
            m.kind = Some(K::Bind);
            m.bind = Some(models::MountBind {
                path: path.clone(),
                base: match base {
                    Base::Mount(_) => models::MountBindBase::Mount,
                    Base::Root | Base::Image => models::MountBindBase::Root,
                },
                recursive: Some(*recursive),
                ro: Some(*ro),
                // Shown only when asked for: answers stay as they were.
                idmap: idmap.then_some(true),
                mount: None,
            });
        }
        MountDef::Overlay { .. } => {
            m.kind = Some(K::Overlay);
            m.overlay = Some(models::MountOverlay { lower: Vec::new(), upperdir: None, workdir: None });
        }
        MountDef::Nfs(n) => {
            m.kind = Some(K::Nfs);
            m.nfs = Some(n.clone());
        }
        MountDef::Uri(u) => {
            m.kind = Some(K::Uri);
            m.uri = Some(u.clone());
        }
    }
    m
}
