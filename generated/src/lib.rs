#![allow(missing_docs, trivial_casts, unused_variables, unused_mut, unused_imports, unused_extern_crates, unused_attributes, non_camel_case_types)]
#![allow(clippy::derive_partial_eq_without_eq, clippy::disallowed_names)]

use async_trait::async_trait;
use futures::Stream;
#[cfg(feature = "mock")]
use mockall::automock;
use std::error::Error;
use std::collections::BTreeSet;
use std::task::{Poll, Context};
use swagger::{ApiError, ContextWrapper, auth::Authorization};
use serde::{Serialize, Deserialize};

#[cfg(any(feature = "client", feature = "server"))]
type ServiceError = Box<dyn Error + Send + Sync + 'static>;

pub const BASE_PATH: &str = "/imageapi/v1";
pub const API_VERSION: &str = "0.3.0";

mod auth;
pub use auth::{AuthenticationApi, Claims};


#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AttachResponse {
    /// The attachment was created.
    Created
    (models::Attach)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// Extension. The request body is larger than the server accepts (1 MiB).
    PayloadTooLarge
    (models::Error)
    ,
    /// The definition is well formed but cannot be carried out as given.
    UnprocessableEntity
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteAttachResponse {
    /// The attachment was deleted.
    Ok
    (models::Attach)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListAttachmentsResponse {
    /// The matching attachments (with `id`, exactly one).
    Ok
    (Vec<models::Attach>)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ContainerLogsResponse {
    /// The log as text (streamed with `follow=true`).
    Ok
    (String)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (String)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks); the message says which.
    Forbidden
    (String)
    ,
    /// No object matches.
    NotFound
    (String)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (String)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateContainerResponse {
    /// The container was created.
    Created
    (models::Container)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// Extension. The request body is larger than the server accepts (1 MiB).
    PayloadTooLarge
    (models::Error)
    ,
    /// The definition is well formed but cannot be carried out as given.
    UnprocessableEntity
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteContainerResponse {
    /// The container was deleted.
    Ok
    (models::Container)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListContainersResponse {
    /// The matching containers (with `id` or `name`, exactly one).
    Ok
    (Vec<models::Container>)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetContainerStateResponse {
    /// The container after the change was requested.
    Ok
    (models::Container)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteMountResponse {
    /// The mount was deleted.
    Ok
    (models::Mount)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListMountsResponse {
    /// The matching mounts (with `id`, exactly one).
    Ok
    (Vec<models::Mount>)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum MountResponse {
    /// The mount was created.
    Created
    (models::Mount)
    ,
    /// The request is invalid; the message names the problem.
    BadRequest
    (models::Error)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks); the message says which.
    Forbidden
    (models::Error)
    ,
    /// No object matches.
    NotFound
    (models::Error)
    ,
    /// The object is busy (referenced, running, or in use by the kernel).
    Conflict
    (models::Error)
    ,
    /// Extension. The request body is larger than the server accepts (1 MiB).
    PayloadTooLarge
    (models::Error)
    ,
    /// The definition is well formed but cannot be carried out as given.
    UnprocessableEntity
    (models::Error)
    ,
    /// The server failed; the message names the failing step and the kernel's answer.
    InternalError
    (models::Error)
    ,
    /// The kind or operation is not supported by this server or this kernel.
    NotImplemented
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum HealthResponse {
    /// The server is serving.
    Ok
    (models::Health)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks); the message says which.
    Forbidden
    (models::Error)
    ,
    /// The object graph has been locked for longer than a second.
    Unavailable
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum MetricsResponse {
    /// The metrics, in the OpenMetrics text format (which Prometheus reads).
    Ok
    (String)
    ,
    /// Extension. The connection's peer may not use this server (a TCP client on this node not owned by root or an allowed user or group, or a remote host outside the allowed networks); the message says which.
    Forbidden
    (String)
}

/// API
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait Api<C: Send + Sync> {
    /// Create an attachment
    async fn attach(
        &self,
        attach: models::Attach,
        context: &C) -> Result<AttachResponse, ApiError>;

    /// Delete an attachment
    async fn delete_attach(
        &self,
        id: i64,
        force: Option<bool>,
        context: &C) -> Result<DeleteAttachResponse, ApiError>;

    /// List attachments
    async fn list_attachments(
        &self,
        id: Option<i64>,
        kind: Option<models::ListAttachmentsKindParameter>,
        context: &C) -> Result<ListAttachmentsResponse, ApiError>;

    /// Read a container's log
    async fn container_logs(
        &self,
        id: Option<i64>,
        name: Option<String>,
        tail: Option<u64>,
        follow: Option<bool>,
        context: &C) -> Result<ContainerLogsResponse, ApiError>;

    /// Create a container
    async fn create_container(
        &self,
        container: models::Container,
        context: &C) -> Result<CreateContainerResponse, ApiError>;

    /// Delete a container
    async fn delete_container(
        &self,
        id: Option<i64>,
        name: Option<String>,
        force: Option<bool>,
        context: &C) -> Result<DeleteContainerResponse, ApiError>;

    /// List containers
    async fn list_containers(
        &self,
        id: Option<i64>,
        name: Option<String>,
        state: Option<models::ListContainersStateParameter>,
        context: &C) -> Result<ListContainersResponse, ApiError>;

    /// Change the state of a container
    async fn set_container_state(
        &self,
        state: models::SetContainerStateStateParameter,
        id: Option<i64>,
        name: Option<String>,
        timeout: Option<u64>,
        context: &C) -> Result<SetContainerStateResponse, ApiError>;

    /// Delete a mount
    async fn delete_mount(
        &self,
        id: i64,
        force: Option<bool>,
        context: &C) -> Result<DeleteMountResponse, ApiError>;

    /// List mounts
    async fn list_mounts(
        &self,
        id: Option<i64>,
        kind: Option<models::ListMountsKindParameter>,
        context: &C) -> Result<ListMountsResponse, ApiError>;

    /// Create a mount
    async fn mount(
        &self,
        mount: models::Mount,
        context: &C) -> Result<MountResponse, ApiError>;

    /// Whether the server is serving
    async fn health(
        &self,
        context: &C) -> Result<HealthResponse, ApiError>;

    /// Metrics in the Prometheus text format
    async fn metrics(
        &self,
        context: &C) -> Result<MetricsResponse, ApiError>;

}

/// API where `Context` isn't passed on every API call
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait ApiNoContext<C: Send + Sync> {
    // The std::task::Context struct houses a reference to std::task::Waker with the lifetime <'a>.
    // Adding an anonymous lifetime `'a` to allow mockall to create a mock object with the right lifetimes.
    // This is needed because the compiler is unable to determine the lifetimes on F's trait bound
    // where F is the closure created by mockall. We use higher-rank trait bounds here to get around this.

    fn context(&self) -> &C;

    /// Create an attachment
    async fn attach(
        &self,
        attach: models::Attach,
        ) -> Result<AttachResponse, ApiError>;

    /// Delete an attachment
    async fn delete_attach(
        &self,
        id: i64,
        force: Option<bool>,
        ) -> Result<DeleteAttachResponse, ApiError>;

    /// List attachments
    async fn list_attachments(
        &self,
        id: Option<i64>,
        kind: Option<models::ListAttachmentsKindParameter>,
        ) -> Result<ListAttachmentsResponse, ApiError>;

    /// Read a container's log
    async fn container_logs(
        &self,
        id: Option<i64>,
        name: Option<String>,
        tail: Option<u64>,
        follow: Option<bool>,
        ) -> Result<ContainerLogsResponse, ApiError>;

    /// Create a container
    async fn create_container(
        &self,
        container: models::Container,
        ) -> Result<CreateContainerResponse, ApiError>;

    /// Delete a container
    async fn delete_container(
        &self,
        id: Option<i64>,
        name: Option<String>,
        force: Option<bool>,
        ) -> Result<DeleteContainerResponse, ApiError>;

    /// List containers
    async fn list_containers(
        &self,
        id: Option<i64>,
        name: Option<String>,
        state: Option<models::ListContainersStateParameter>,
        ) -> Result<ListContainersResponse, ApiError>;

    /// Change the state of a container
    async fn set_container_state(
        &self,
        state: models::SetContainerStateStateParameter,
        id: Option<i64>,
        name: Option<String>,
        timeout: Option<u64>,
        ) -> Result<SetContainerStateResponse, ApiError>;

    /// Delete a mount
    async fn delete_mount(
        &self,
        id: i64,
        force: Option<bool>,
        ) -> Result<DeleteMountResponse, ApiError>;

    /// List mounts
    async fn list_mounts(
        &self,
        id: Option<i64>,
        kind: Option<models::ListMountsKindParameter>,
        ) -> Result<ListMountsResponse, ApiError>;

    /// Create a mount
    async fn mount(
        &self,
        mount: models::Mount,
        ) -> Result<MountResponse, ApiError>;

    /// Whether the server is serving
    async fn health(
        &self,
        ) -> Result<HealthResponse, ApiError>;

    /// Metrics in the Prometheus text format
    async fn metrics(
        &self,
        ) -> Result<MetricsResponse, ApiError>;

}

/// Trait to extend an API to make it easy to bind it to a context.
pub trait ContextWrapperExt<C: Send + Sync> where Self: Sized
{
    /// Binds this API to a context.
    fn with_context(self, context: C) -> ContextWrapper<Self, C>;
}

impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ContextWrapperExt<C> for T {
    fn with_context(self: T, context: C) -> ContextWrapper<T, C> {
         ContextWrapper::<T, C>::new(self, context)
    }
}

#[async_trait]
impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ApiNoContext<C> for ContextWrapper<T, C> {
    fn context(&self) -> &C {
        ContextWrapper::context(self)
    }

    /// Create an attachment
    async fn attach(
        &self,
        attach: models::Attach,
        ) -> Result<AttachResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().attach(attach, &context).await
    }

    /// Delete an attachment
    async fn delete_attach(
        &self,
        id: i64,
        force: Option<bool>,
        ) -> Result<DeleteAttachResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_attach(id, force, &context).await
    }

    /// List attachments
    async fn list_attachments(
        &self,
        id: Option<i64>,
        kind: Option<models::ListAttachmentsKindParameter>,
        ) -> Result<ListAttachmentsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().list_attachments(id, kind, &context).await
    }

    /// Read a container's log
    async fn container_logs(
        &self,
        id: Option<i64>,
        name: Option<String>,
        tail: Option<u64>,
        follow: Option<bool>,
        ) -> Result<ContainerLogsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().container_logs(id, name, tail, follow, &context).await
    }

    /// Create a container
    async fn create_container(
        &self,
        container: models::Container,
        ) -> Result<CreateContainerResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().create_container(container, &context).await
    }

    /// Delete a container
    async fn delete_container(
        &self,
        id: Option<i64>,
        name: Option<String>,
        force: Option<bool>,
        ) -> Result<DeleteContainerResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_container(id, name, force, &context).await
    }

    /// List containers
    async fn list_containers(
        &self,
        id: Option<i64>,
        name: Option<String>,
        state: Option<models::ListContainersStateParameter>,
        ) -> Result<ListContainersResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().list_containers(id, name, state, &context).await
    }

    /// Change the state of a container
    async fn set_container_state(
        &self,
        state: models::SetContainerStateStateParameter,
        id: Option<i64>,
        name: Option<String>,
        timeout: Option<u64>,
        ) -> Result<SetContainerStateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_container_state(state, id, name, timeout, &context).await
    }

    /// Delete a mount
    async fn delete_mount(
        &self,
        id: i64,
        force: Option<bool>,
        ) -> Result<DeleteMountResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_mount(id, force, &context).await
    }

    /// List mounts
    async fn list_mounts(
        &self,
        id: Option<i64>,
        kind: Option<models::ListMountsKindParameter>,
        ) -> Result<ListMountsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().list_mounts(id, kind, &context).await
    }

    /// Create a mount
    async fn mount(
        &self,
        mount: models::Mount,
        ) -> Result<MountResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().mount(mount, &context).await
    }

    /// Whether the server is serving
    async fn health(
        &self,
        ) -> Result<HealthResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().health(&context).await
    }

    /// Metrics in the Prometheus text format
    async fn metrics(
        &self,
        ) -> Result<MetricsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().metrics(&context).await
    }

}


#[cfg(feature = "client")]
pub mod client;

// Re-export Client as a top-level name
#[cfg(feature = "client")]
pub use client::Client;

#[cfg(feature = "server")]
pub mod server;

// Re-export router() as a top-level name
#[cfg(feature = "server")]
pub use self::server::Service;

#[cfg(feature = "server")]
pub mod context;

pub mod models;

#[cfg(any(feature = "client", feature = "server"))]
pub(crate) mod header;
