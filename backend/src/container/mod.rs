//! Containers: a system image run as a namespaced process tree.

use crate::error::{Error, Result};
use imageapi_generated::models;

/// A container in the object graph.
#[derive(Debug)]
pub struct Container {
    pub model: models::Container,
}

impl Container {
    pub fn remove(&mut self, _force: bool) -> Result<()> {
        Ok(())
    }
}

pub fn unsupported() -> Error {
    Error::unsupported("containers are not implemented by this server yet")
}

impl Container {
    /// Running, paused or stopping: its processes exist.
    pub fn is_active(&self) -> bool {
        false
    }
    pub fn state_name(&self) -> &'static str {
        "created"
    }
}

impl Container {
    pub fn identity(&self) -> serde_json::Value {
        serde_json::Value::Null
    }
    pub fn adopt(_model: models::Container, _identity: &serde_json::Value) -> Result<Container> {
        Err(unsupported())
    }
}
