//! The deprecated v0.1 routes over the same object graph as v0.2: each call
//! turns the v0.1 model into the v0.2 one (or a selection), runs the v0.2
//! operation and renders its answer in v0.1's shape. Nothing here touches
//! the graph or the kernel directly, so both interfaces always agree.
//!
//! v0.1 has two kinds of mounts, `rbd` (a filesystem on an rbd attachment)
//! and `overlay`; a reference inside another object (`mount_id`, or `id`
//! as its tutorials write it) reads `rbd` for every filesystem on an
//! attachment. `/attach/rbd` and `/mount/rbd` only see rbd attachments and
//! their mounts; containers read their mount as a reference.

use crate::error::{Error, Result};
use crate::{Backend, Noun, Selector};
use imageapi_generated::models;
use serde::{de::DeserializeOwned, Serialize};
use serde_json::{json, Map, Value};

fn to_value<T: Serialize>(t: &T) -> Result<Value> {
    serde_json::to_value(t).map_err(|e| Error::internal(format!("rendering for v0.1: {e}")))
}

fn convert<T: DeserializeOwned>(v: Value) -> Result<T> {
    serde_json::from_value(v).map_err(|e| Error::internal(format!("converting between v0.1 and v0.2 models: {e}")))
}

/// An object of `fields` without the null ones.
fn object(fields: &[(&str, Value)]) -> Value {
    Value::Object(fields.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k.to_string(), v.clone())).collect::<Map<_, _>>())
}

// ---- v0.2 answers in v0.1's shape ---------------------------------------------

fn is_rbd(a: &models::Attach) -> bool {
    a.kind == Some(models::ListAttachmentsKindParameter::Rbd)
}

fn rbd_of(a: &models::Attach) -> Result<models::V01Rbd> {
    let v = to_value(a)?;
    let mut r = v.get("rbd").cloned().unwrap_or_else(|| json!({}));
    for k in ["id", "device_file", "refs"] {
        if let Some(x) = v.get(k) {
            r[k] = x.clone();
        }
    }
    convert(r)
}

/// A mount inside another object: a reference, in v0.1's kinds.
fn mount_ref_of(m: &models::Mount) -> models::V01Mount {
    let kind = if m.kind == Some(models::ListMountsKindParameter::Overlay) { models::V01MountKind::Overlay } else { models::V01MountKind::Rbd };
    models::V01Mount { mount_id: m.id, id: m.id, kind: Some(kind), rbd: None, overlay: None }
}

fn mount_rbd_of(m: &models::Mount) -> Result<models::V01MountRbd> {
    let a = m.attach.as_ref().ok_or_else(|| Error::internal(format!("mount {:?} is not on an attachment", m.id)))?;
    let v = to_value(a)?;
    convert(object(&[
        ("id", json!(m.id)),
        ("mountpoint", json!(m.mountpoint)),
        ("refs", json!(m.refs)),
        ("rbd_id", json!(a.attach.id)),
        ("rbd", to_value(&rbd_of(&a.attach)?)?),
        ("fs_type", v["fs_type"].clone()),
        ("mount_options", v["mount_options"].clone()),
    ]))
}

fn overlay_of(m: &models::Mount) -> Result<models::V01MountOverlay> {
    let o = m.overlay.as_ref().ok_or_else(|| Error::internal(format!("mount {:?} is not an overlay", m.id)))?;
    Ok(models::V01MountOverlay {
        id: m.id,
        mountpoint: m.mountpoint.clone(),
        workdir: o.workdir.clone(),
        upperdir: o.upperdir.clone(),
        refs: m.refs,
        lower: o.lower.iter().map(mount_ref_of).collect(),
    })
}

fn container_of(c: models::Container) -> Result<models::V01Container> {
    convert(object(&[
        ("id", json!(c.id)),
        ("logfile", json!(c.logfile)),
        ("name", json!(c.name)),
        ("mount", to_value(&mount_ref_of(&c.mount))?),
        ("command", json!(c.command)),
        ("systemd", json!(c.systemd)),
        ("state", to_value(&c.state)?),
        ("namespaces", to_value(&c.namespaces)?),
    ]))
}

// ---- v0.1 requests as v0.2 definitions ------------------------------------------

fn rbd_in(r: &models::V01Rbd) -> Result<Value> {
    let v = to_value(r)?;
    let fields = ["monitors", "pool", "image", "snapshot", "options"].map(|k| (k, v[k].clone()));
    Ok(json!({"kind": "rbd", "rbd": object(&fields)}))
}

fn mount_rbd_in(r: &models::V01MountRbd, at: &str) -> Result<Value> {
    let attach = match (r.rbd_id.or(r.id), &r.rbd) {
        (Some(id), _) => json!({"id": id}),
        (None, Some(def)) => rbd_in(def)?,
        (None, None) => return Err(Error::invalid(format!("{at}: give rbd_id (or id), the rbd attachment to mount, or an rbd definition"))),
    };
    Ok(json!({"kind": "attach", "attach": object(&[("attach", attach), ("fs_type", json!(r.fs_type)), ("mount_options", json!(r.mount_options))])}))
}

fn overlay_in(o: &models::V01MountOverlay, at: &str) -> Result<Value> {
    let lower: Result<Vec<Value>> = o.lower.iter().enumerate().map(|(i, m)| mount_in(m, &format!("{at}.lower[{i}]"))).collect();
    Ok(json!({"kind": "overlay", "overlay": {"lower": lower?}}))
}

fn mount_in(m: &models::V01Mount, at: &str) -> Result<Value> {
    if let Some(id) = m.mount_id.or(m.id) {
        return Ok(json!({"id": id}));
    }
    match (m.kind, &m.rbd, &m.overlay) {
        (Some(models::V01MountKind::Rbd), Some(r), _) => mount_rbd_in(r, &format!("{at}.rbd")),
        (Some(models::V01MountKind::Overlay), _, Some(o)) => overlay_in(o, &format!("{at}.overlay")),
        _ => Err(Error::invalid(format!("{at}: give mount_id (or id), or a kind with its definition"))),
    }
}

// ---- the operations ------------------------------------------------------------

impl Backend {
    fn v01_attach(&self, id: i64) -> Result<models::Attach> {
        let a = self.list_attach(Some(id), None)?.pop().ok_or_else(|| Error::not_found(format!("there is no attachment with id {id}")))?;
        if !is_rbd(&a) {
            return Err(Error::not_found(format!("attachment {id} is not an rbd attachment (see GET /attach?id={id})")));
        }
        Ok(a)
    }

    fn v01_mount(&self, id: i64, want: &str) -> Result<models::Mount> {
        let m = self.list_mount(Some(id), None)?.pop().ok_or_else(|| Error::not_found(format!("there is no mount with id {id}")))?;
        let ok = match want {
            "rbd" => m.attach.as_ref().is_some_and(|a| is_rbd(&a.attach)),
            _ => m.overlay.is_some(),
        };
        if !ok {
            return Err(Error::not_found(format!("mount {id} is not an {want} mount (see GET /mount?id={id})")));
        }
        Ok(m)
    }

    pub fn v01_list_rbds(&self) -> Result<Vec<models::V01Rbd>> {
        self.list_attach(None, Some("rbd"))?.iter().map(rbd_of).collect()
    }

    pub fn v01_map_rbd(&self, r: &models::V01Rbd) -> Result<models::V01Rbd> {
        rbd_of(&self.create_attach(&convert(rbd_in(r)?)?)?)
    }

    pub fn v01_get_rbd(&self, id: i64) -> Result<models::V01Rbd> {
        rbd_of(&self.v01_attach(id)?)
    }

    pub fn v01_unmap_rbd(&self, id: i64) -> Result<models::V01Rbd> {
        self.v01_attach(id)?;
        rbd_of(&convert(self.delete(Noun::Attach, id, false)?)?)
    }

    pub fn v01_list_mounts_rbd(&self) -> Result<Vec<models::V01MountRbd>> {
        let mounts = self.list_mount(None, Some("attach"))?;
        mounts.iter().filter(|m| m.attach.as_ref().is_some_and(|a| is_rbd(&a.attach))).map(mount_rbd_of).collect()
    }

    pub fn v01_mount_rbd(&self, r: &models::V01MountRbd) -> Result<models::V01MountRbd> {
        if let Some(id) = r.rbd_id.or(r.id) {
            self.v01_attach(id)?;
        }
        mount_rbd_of(&self.create_mount(&convert(mount_rbd_in(r, "mount")?)?)?)
    }

    pub fn v01_get_mount_rbd(&self, id: i64) -> Result<models::V01MountRbd> {
        mount_rbd_of(&self.v01_mount(id, "rbd")?)
    }

    pub fn v01_unmount_rbd(&self, id: i64) -> Result<models::V01MountRbd> {
        self.v01_mount(id, "rbd")?;
        mount_rbd_of(&convert(self.delete(Noun::Mount, id, false)?)?)
    }

    pub fn v01_list_mounts_overlay(&self) -> Result<Vec<models::V01MountOverlay>> {
        self.list_mount(None, Some("overlay"))?.iter().map(overlay_of).collect()
    }

    pub fn v01_mount_overlay(&self, o: &models::V01MountOverlay) -> Result<models::V01MountOverlay> {
        overlay_of(&self.create_mount(&convert(overlay_in(o, "mount")?)?)?)
    }

    pub fn v01_get_mount_overlay(&self, id: i64) -> Result<models::V01MountOverlay> {
        overlay_of(&self.v01_mount(id, "overlay")?)
    }

    pub fn v01_unmount_overlay(&self, id: i64) -> Result<models::V01MountOverlay> {
        self.v01_mount(id, "overlay")?;
        overlay_of(&convert(self.delete(Noun::Mount, id, false)?)?)
    }

    pub fn v01_create_container(&self, c: &models::V01Container) -> Result<models::V01Container> {
        let v = to_value(c)?;
        let model = object(&[
            ("name", v["name"].clone()),
            ("command", v["command"].clone()),
            ("systemd", v["systemd"].clone()),
            ("state", v["state"].clone()),
            ("namespaces", v["namespaces"].clone()),
            ("mount", mount_in(&c.mount, "container.mount")?),
        ]);
        container_of(self.create_container(&convert(model)?)?)
    }

    pub fn v01_get_container(&self, sel: Selector) -> Result<models::V01Container> {
        let c = self.list_containers(Some(sel), None)?.pop().ok_or_else(|| Error::not_found("there is no such container"))?;
        container_of(c)
    }

    pub fn v01_delete_container(&self, sel: Selector) -> Result<models::V01Container> {
        container_of(self.delete_container(Some(sel), false)?)
    }

    pub fn v01_set_container_state(&self, sel: Selector, state: models::V01SetContainerStateStateParameter) -> Result<models::V01Container> {
        let want = convert(json!(state.to_string()))?;
        container_of(self.set_container_state(Some(sel), want, None)?)
    }
}
