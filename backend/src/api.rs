//! The generated `Api` trait implemented over [`Backend`]: each operation
//! parses its parameters, runs the backend call and turns the result into
//! the operation's response. Reads run in place on the async worker (they
//! only take the graph's read lock, never held across kernel work); changes
//! run on the bounded blocking pool, as they call the kernel.

use crate::error::{Error, Kind, Result};
use crate::{Backend, Noun, Selector};
use async_trait::async_trait;
use imageapi_generated::models;
use imageapi_generated::{
    Api, AttachResponse, ContainerLogsResponse, CreateContainerResponse, HealthResponse, MetricsResponse, DeleteAttachResponse, DeleteContainerResponse,
    DeleteMountResponse, ListAttachmentsResponse, ListContainersResponse, ListMountsResponse, MountResponse,
    SetContainerStateResponse,
};
use imageapi_generated::{
    V01CreateContainerResponse, V01DeleteContainerBynameResponse, V01DeleteContainerResponse,
    V01GetContainerBynameResponse, V01GetContainerResponse, V01GetMountOverlayResponse, V01GetMountRbdResponse,
    V01GetRbdResponse, V01ListMountsOverlayResponse, V01ListMountsRbdResponse, V01ListRbdsResponse, V01MapRbdResponse,
    V01MountOverlayResponse, V01MountRbdResponse, V01SetContainerStateBynameResponse, V01SetContainerStateResponse,
    V01UnmapRbdResponse, V01UnmountOverlayResponse, V01UnmountRbdResponse,
};
use imageapi_generated::{
    CreateImageResponse, DeleteImageResponse, GetImageFileResponse, HeadImageFileResponse, ImportImageFileResponse,
    DownloadImageFileResponse, ImportImageOciResponse, ListImagesResponse, SetImageStateResponse, UploadImageFileResponse,
    UploadImageOciResponse,
};
use swagger::{ApiError, Has, XSpanIdString};

#[derive(Clone)]
pub struct Server {
    backend: Backend,
}

impl Server {
    pub fn new(backend: Backend) -> Server {
        Server { backend }
    }

    /// Run a backend call that changes something (it may block in the
    /// kernel) on the blocking pool. A panic in the call becomes a 500,
    /// never a dead connection.
    async fn run<T: Send + 'static>(&self, f: impl FnOnce(Backend) -> Result<T> + Send + 'static) -> Result<T> {
        let backend = self.backend.clone();
        tokio::task::spawn_blocking(move || f(backend))
            .await
            .unwrap_or_else(|_| Err(Error::internal("the request failed inside the server (a bug); see the log")))
    }

    /// Run a read in place: no thread hand-off for what is a lookup.
    fn read<T>(&self, f: impl FnOnce(&Backend) -> Result<T>) -> Result<T> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&self.backend)))
            .unwrap_or_else(|_| Err(Error::internal("the request failed inside the server (a bug); see the log")))
    }
}

/// The JSON error body of a failure, logged with the request's span id.
fn error_body(op: &str, span: &XSpanIdString, e: &Error) -> models::Error {
    let status = e.kind.status();
    if e.kind == Kind::Internal {
        log::error!("[{}] {op}: {status} {}", span.0, e.message);
    } else {
        log::info!("[{}] {op}: {status} {}", span.0, e.message);
    }
    models::Error { code: Some(status as i64), message: e.message.clone() }
}

/// Map a backend result onto the response enum of one operation: the success
/// variant, or the variant of the error's status when the operation declares
/// it (500 otherwise, which every operation declares).
macro_rules! respond {
    ($op:literal, $ctx:expr, $resp:ident :: $ok:ident, $result:expr, { $($status:literal => $variant:ident),* }) => {{
        let span: &XSpanIdString = $ctx.get();
        Ok(match $result {
            Ok(v) => {
                log::debug!("[{}] {}: ok", span.0, $op);
                $resp::$ok(v)
            }
            Err(e) => {
                let body = error_body($op, span, &e);
                match e.kind.status() {
                    $($status => $resp::$variant(body),)*
                    // An operation that does not declare the status says
                    // 500, in its body too; the message names the cause.
                    _ => $resp::InternalError(models::Error { code: Some(500), ..body }),
                }
            }
        })
    }};
}

/// The body of one deprecated v0.1 operation (see `crate::v01`): every one
/// declares the same error statuses.
macro_rules! v01 {
    ($self:ident, $op:literal, $ctx:ident, $resp:ident :: $ok:ident, |$b:ident| $call:expr) => {{
        let r = $self.run(move |$b| $call).await;
        respond!($op, $ctx, $resp::$ok, r, { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 501 => NotImplemented })
    }};
}

#[async_trait]
impl<C> Api<C> for Server
where
    C: Has<XSpanIdString> + Send + Sync,
{
    async fn attach(&self, attach: models::Attach, ctx: &C) -> Result<AttachResponse, ApiError> {
        let r = self.run(move |b| b.create_attach(&attach)).await;
        respond!("attach", ctx, AttachResponse::Created, r,
            { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 422 => UnprocessableEntity, 501 => NotImplemented, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    async fn delete_attach(&self, id: i64, force: Option<bool>, ctx: &C) -> Result<DeleteAttachResponse, ApiError> {
        let r = self
            .run(move |b| {
                let v = b.delete(Noun::Attach, id, force.unwrap_or(false))?;
                serde_json::from_value(v).map_err(|e| Error::internal(e.to_string()))
            })
            .await;
        respond!("delete_attach", ctx, DeleteAttachResponse::Ok, r, { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    async fn list_attachments(
        &self,
        id: Option<i64>,
        kind: Option<models::ListAttachmentsKindParameter>,
        ctx: &C,
    ) -> Result<ListAttachmentsResponse, ApiError> {
        let r = self.read(|b| b.list_attach(id, kind.map(|k| k.to_string()).as_deref()));
        respond!("list_attachments", ctx, ListAttachmentsResponse::Ok, r, { 400 => BadRequest, 404 => NotFound })
    }

    async fn mount(&self, mount: models::Mount, ctx: &C) -> Result<MountResponse, ApiError> {
        let r = self.run(move |b| b.create_mount(&mount)).await;
        respond!("mount", ctx, MountResponse::Created, r,
            { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 422 => UnprocessableEntity, 501 => NotImplemented, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    async fn delete_mount(&self, id: i64, force: Option<bool>, ctx: &C) -> Result<DeleteMountResponse, ApiError> {
        let r = self
            .run(move |b| {
                let v = b.delete(Noun::Mount, id, force.unwrap_or(false))?;
                serde_json::from_value(v).map_err(|e| Error::internal(e.to_string()))
            })
            .await;
        respond!("delete_mount", ctx, DeleteMountResponse::Ok, r, { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    async fn list_mounts(
        &self,
        id: Option<i64>,
        kind: Option<models::ListMountsKindParameter>,
        ctx: &C,
    ) -> Result<ListMountsResponse, ApiError> {
        let r = self.read(|b| b.list_mount(id, kind.map(|k| k.to_string()).as_deref()));
        respond!("list_mounts", ctx, ListMountsResponse::Ok, r, { 400 => BadRequest, 404 => NotFound })
    }

    async fn create_container(&self, container: models::Container, ctx: &C) -> Result<CreateContainerResponse, ApiError> {
        let r = self.run(move |b| b.create_container(&container)).await;
        respond!("create_container", ctx, CreateContainerResponse::Created, r,
            { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 422 => UnprocessableEntity, 501 => NotImplemented, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    async fn delete_container(
        &self,
        id: Option<i64>,
        name: Option<String>,
        force: Option<bool>,
        ctx: &C,
    ) -> Result<DeleteContainerResponse, ApiError> {
        let r = self
            .run(move |b| b.delete_container(Selector::from_query(id, name)?, force.unwrap_or(false)))
            .await;
        respond!("delete_container", ctx, DeleteContainerResponse::Ok, r, { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    async fn list_containers(
        &self,
        id: Option<i64>,
        name: Option<String>,
        state: Option<models::ListContainersStateParameter>,
        ctx: &C,
    ) -> Result<ListContainersResponse, ApiError> {
        let r = self.read(|b| b.list_containers(Selector::from_query(id, name)?, state));
        respond!("list_containers", ctx, ListContainersResponse::Ok, r, { 400 => BadRequest, 404 => NotFound })
    }

    async fn set_container_state(
        &self,
        state: models::SetContainerStateStateParameter,
        id: Option<i64>,
        name: Option<String>,
        timeout: Option<u64>,
        ctx: &C,
    ) -> Result<SetContainerStateResponse, ApiError> {
        let r = self
            .run(move |b| b.set_container_state(Selector::from_query(id, name)?, state, timeout))
            .await;
        respond!("set_container_state", ctx, SetContainerStateResponse::Ok, r,
            { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 501 => NotImplemented, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    /// The log as it is now, in one piece. The server's HTTP layer answers
    /// this operation itself, streaming (see the server's `logs` module);
    /// this is the same answer for users of the trait without that layer.
    async fn container_logs(
        &self,
        id: Option<i64>,
        name: Option<String>,
        tail: Option<u64>,
        _follow: Option<bool>,
        ctx: &C,
    ) -> Result<ContainerLogsResponse, ApiError> {
        let r = self
            .run(move |b| {
                let log = b.container_log(Selector::from_query(id, name)?)?;
                let mut reader = crate::logs::LogReader::open(&log, tail)
                    .map_err(|e| Error::internal(format!("reading the log of container {}: {e}", log.id)))?;
                let mut text = Vec::new();
                let mut buf = vec![0u8; 64 * 1024];
                loop {
                    match reader.read(&mut buf) {
                        Ok(0) => break,
                        Ok(n) => text.extend_from_slice(&buf[..n]),
                        Err(e) => return Err(Error::internal(format!("reading the log of container {}: {e}", log.id))),
                    }
                }
                Ok(String::from_utf8_lossy(&text).into_owned())
            })
            .await;
        let span: &XSpanIdString = ctx.get();
        Ok(match r {
            Ok(text) => ContainerLogsResponse::Ok(text),
            Err(e) => {
                // The router sends these as text; the HTTP layer in front of
                // it turns them into the JSON error model.
                let body = error_body("container_logs", span, &e).message;
                match e.kind.status() {
                    400 => ContainerLogsResponse::BadRequest(body),
                    404 => ContainerLogsResponse::NotFound(body),
                    _ => ContainerLogsResponse::InternalError(body),
                }
            }
        })
    }

    async fn metrics(&self, _ctx: &C) -> Result<MetricsResponse, ApiError> {
        let backend = self.backend.clone();
        Ok(MetricsResponse::Ok(tokio::task::block_in_place(move || crate::metrics::render(&backend))))
    }

    async fn health(&self, _ctx: &C) -> Result<HealthResponse, ApiError> {
        let backend = self.backend.clone();
        if !tokio::task::block_in_place(move || backend.responsive(std::time::Duration::from_secs(1))) {
            let message = "the object graph has been locked for more than a second".to_string();
            return Ok(HealthResponse::Unavailable(models::Error { code: Some(503), message }));
        }
        let backend = self.backend.clone();
        let warnings = tokio::task::block_in_place(move || backend.space_warnings());
        Ok(HealthResponse::Ok(models::Health {
            status: if warnings.is_empty() { models::HealthStatus::Ok } else { models::HealthStatus::Degraded },
            version: env!("CARGO_PKG_VERSION").to_string(),
            uptime_seconds: Some(crate::metrics::uptime().as_secs() as i64),
            warnings: (!warnings.is_empty()).then_some(warnings),
            kernel: Some(kernel_features()),
        }))
    }

    // ---- v0.1 (deprecated) ----------------------------------------------------
    async fn v01_list_rbds(&self, ctx: &C) -> Result<V01ListRbdsResponse, ApiError> {
        v01!(self, "v01_list_rbds", ctx, V01ListRbdsResponse::Ok, |b| b.v01_list_rbds())
    }
    async fn v01_map_rbd(&self, rbd: models::V01Rbd, ctx: &C) -> Result<V01MapRbdResponse, ApiError> {
        v01!(self, "v01_map_rbd", ctx, V01MapRbdResponse::Created, |b| b.v01_map_rbd(&rbd))
    }
    async fn v01_get_rbd(&self, id: i64, ctx: &C) -> Result<V01GetRbdResponse, ApiError> {
        v01!(self, "v01_get_rbd", ctx, V01GetRbdResponse::Ok, |b| b.v01_get_rbd(id))
    }
    async fn v01_unmap_rbd(&self, id: i64, ctx: &C) -> Result<V01UnmapRbdResponse, ApiError> {
        v01!(self, "v01_unmap_rbd", ctx, V01UnmapRbdResponse::Ok, |b| b.v01_unmap_rbd(id))
    }
    async fn v01_list_mounts_rbd(&self, ctx: &C) -> Result<V01ListMountsRbdResponse, ApiError> {
        v01!(self, "v01_list_mounts_rbd", ctx, V01ListMountsRbdResponse::Ok, |b| b.v01_list_mounts_rbd())
    }
    async fn v01_mount_rbd(&self, mount: models::V01MountRbd, ctx: &C) -> Result<V01MountRbdResponse, ApiError> {
        v01!(self, "v01_mount_rbd", ctx, V01MountRbdResponse::Created, |b| b.v01_mount_rbd(&mount))
    }
    async fn v01_get_mount_rbd(&self, id: i64, ctx: &C) -> Result<V01GetMountRbdResponse, ApiError> {
        v01!(self, "v01_get_mount_rbd", ctx, V01GetMountRbdResponse::Ok, |b| b.v01_get_mount_rbd(id))
    }
    async fn v01_unmount_rbd(&self, id: i64, ctx: &C) -> Result<V01UnmountRbdResponse, ApiError> {
        v01!(self, "v01_unmount_rbd", ctx, V01UnmountRbdResponse::Ok, |b| b.v01_unmount_rbd(id))
    }
    async fn v01_list_mounts_overlay(&self, ctx: &C) -> Result<V01ListMountsOverlayResponse, ApiError> {
        v01!(self, "v01_list_mounts_overlay", ctx, V01ListMountsOverlayResponse::Ok, |b| b.v01_list_mounts_overlay())
    }
    async fn v01_mount_overlay(&self, mount: models::V01MountOverlay, ctx: &C) -> Result<V01MountOverlayResponse, ApiError> {
        v01!(self, "v01_mount_overlay", ctx, V01MountOverlayResponse::Created, |b| b.v01_mount_overlay(&mount))
    }
    async fn v01_get_mount_overlay(&self, id: i64, ctx: &C) -> Result<V01GetMountOverlayResponse, ApiError> {
        v01!(self, "v01_get_mount_overlay", ctx, V01GetMountOverlayResponse::Ok, |b| b.v01_get_mount_overlay(id))
    }
    async fn v01_unmount_overlay(&self, id: i64, ctx: &C) -> Result<V01UnmountOverlayResponse, ApiError> {
        v01!(self, "v01_unmount_overlay", ctx, V01UnmountOverlayResponse::Ok, |b| b.v01_unmount_overlay(id))
    }
    async fn v01_create_container(&self, container: models::V01Container, ctx: &C) -> Result<V01CreateContainerResponse, ApiError> {
        v01!(self, "v01_create_container", ctx, V01CreateContainerResponse::Created, |b| b.v01_create_container(&container))
    }
    async fn v01_get_container(&self, id: i64, ctx: &C) -> Result<V01GetContainerResponse, ApiError> {
        v01!(self, "v01_get_container", ctx, V01GetContainerResponse::Ok, |b| b.v01_get_container(Selector::Id(id)))
    }
    async fn v01_get_container_byname(&self, name: String, ctx: &C) -> Result<V01GetContainerBynameResponse, ApiError> {
        v01!(self, "v01_get_container_byname", ctx, V01GetContainerBynameResponse::Ok, |b| b.v01_get_container(Selector::Name(name)))
    }
    async fn v01_delete_container(&self, id: i64, ctx: &C) -> Result<V01DeleteContainerResponse, ApiError> {
        v01!(self, "v01_delete_container", ctx, V01DeleteContainerResponse::Ok, |b| b.v01_delete_container(Selector::Id(id)))
    }
    async fn v01_delete_container_byname(&self, name: String, ctx: &C) -> Result<V01DeleteContainerBynameResponse, ApiError> {
        v01!(self, "v01_delete_container_byname", ctx, V01DeleteContainerBynameResponse::Ok, |b| b.v01_delete_container(Selector::Name(name)))
    }
    async fn v01_set_container_state(&self, id: i64, state: models::V01SetContainerStateStateParameter, ctx: &C) -> Result<V01SetContainerStateResponse, ApiError> {
        v01!(self, "v01_set_container_state", ctx, V01SetContainerStateResponse::Ok, |b| b.v01_set_container_state(Selector::Id(id), state))
    }
    async fn v01_set_container_state_byname(&self, name: String, state: models::V01SetContainerStateStateParameter, ctx: &C) -> Result<V01SetContainerStateBynameResponse, ApiError> {
        v01!(self, "v01_set_container_state_byname", ctx, V01SetContainerStateBynameResponse::Ok, |b| b.v01_set_container_state(Selector::Name(name), state))
    }

    // ---- the image store -------------------------------------------------

    async fn create_image(&self, image: models::Image, ctx: &C) -> Result<CreateImageResponse, ApiError> {
        let r = self.run(move |b| b.create_image(&image)).await;
        respond!("create_image", ctx, CreateImageResponse::Created, r, { 400 => BadRequest, 409 => Conflict, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    async fn list_images(
        &self,
        uuid: Option<String>,
        name: Option<String>,
        version: Option<String>,
        state: Option<models::ListImagesStateParameter>,
        param_type: Option<models::ListImagesTypeParameter>,
        ctx: &C,
    ) -> Result<ListImagesResponse, ApiError> {
        let filter = imageapi_store::Filter {
            uuid,
            name,
            version,
            state: state.map(|s| s.to_string()),
            kind: param_type.map(|t| t.to_string()),
        };
        let r = self.run(move |b| b.list_images(filter)).await;
        respond!("list_images", ctx, ListImagesResponse::Ok, r, { 400 => BadRequest, 404 => NotFound, 503 => ServiceUnavailable })
    }

    async fn set_image_state(
        &self,
        uuid: String,
        action: models::SetImageStateActionParameter,
        ctx: &C,
    ) -> Result<SetImageStateResponse, ApiError> {
        let r = self.run(move |b| b.set_image_state(&uuid, &action.to_string())).await;
        respond!("set_image_state", ctx, SetImageStateResponse::Ok, r, { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    async fn delete_image(&self, uuid: String, ctx: &C) -> Result<DeleteImageResponse, ApiError> {
        let r = self.run(move |b| b.delete_image(&uuid)).await;
        respond!("delete_image", ctx, DeleteImageResponse::Ok, r, { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    async fn import_image_file(&self, uuid: String, source: models::ImageSource, ctx: &C) -> Result<ImportImageFileResponse, ApiError> {
        let r = self.run(move |b| b.import_image_file(&uuid, &source)).await;
        respond!("import_image_file", ctx, ImportImageFileResponse::Ok, r,
            { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 422 => UnprocessableEntity, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    async fn download_image_file(&self, uuid: String, source: models::ImageDownload, ctx: &C) -> Result<DownloadImageFileResponse, ApiError> {
        let r = self.run(move |b| b.download_image_file(&uuid, &source)).await;
        respond!("download_image_file", ctx, DownloadImageFileResponse::Accepted, r, { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    /// Reached only without the streamed handler in front (the server
    /// always has it): the body is already in memory.
    async fn upload_image_file(
        &self,
        uuid: String,
        file: swagger::ByteArray,
        sha256: Option<String>,
        sha1: Option<String>,
        size: Option<u64>,
        ctx: &C,
    ) -> Result<UploadImageFileResponse, ApiError> {
        let expect = imageapi_store::Expect { sha256, sha1, size };
        let r = self.run(move |b| b.upload_image_bytes(&uuid, &file.0, expect)).await;
        respond!("upload_image_file", ctx, UploadImageFileResponse::Ok, r, { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    async fn import_image_oci(&self, uuid: String, source: models::ImageOciSource, ctx: &C) -> Result<ImportImageOciResponse, ApiError> {
        let r = self.run(move |b| b.import_image_oci(&uuid, &source)).await;
        respond!("import_image_oci", ctx, ImportImageOciResponse::Ok, r,
            { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 422 => UnprocessableEntity, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    /// As `upload_image_file`: reached only without the streamed handler.
    async fn upload_image_oci(
        &self,
        uuid: String,
        archive: swagger::ByteArray,
        tag: Option<String>,
        size_limit: Option<u64>,
        ctx: &C,
    ) -> Result<UploadImageOciResponse, ApiError> {
        let r = self.run(move |b| b.upload_image_oci_bytes(&uuid, &archive.0, tag.as_deref(), size_limit)).await;
        respond!("upload_image_oci", ctx, UploadImageOciResponse::Ok, r, { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 503 => ServiceUnavailable, 507 => InsufficientStorage })
    }

    /// As `upload_image_file`: the server streams downloads itself, with
    /// Range and ETag; this whole-file answer serves other embedders.
    async fn get_image_file(&self, uuid: String, ctx: &C) -> Result<GetImageFileResponse, ApiError> {
        let r = self
            .run(move |b| {
                let open = b.store().open_file(&uuid)?;
                let mut data = Vec::new();
                std::io::Read::read_to_end(&mut &open.file, &mut data).map_err(|e| Error::io(format!("reading image {uuid}"), &e))?;
                Ok(data)
            })
            .await;
        let span: &XSpanIdString = ctx.get();
        Ok(match r {
            Ok(data) => GetImageFileResponse::Ok(swagger::OneOf2::A(swagger::ByteArray(data))),
            Err(e) => match error_body("get_image_file", span, &e).code {
                Some(400) => GetImageFileResponse::BadRequest,
                Some(404) => GetImageFileResponse::NotFound,
                _ => GetImageFileResponse::InternalError,
            },
        })
    }

    async fn head_image_file(&self, uuid: String, ctx: &C) -> Result<HeadImageFileResponse, ApiError> {
        let r = self.run(move |b| b.store().open_file(&uuid).map(|_| ()).map_err(Error::from)).await;
        let span: &XSpanIdString = ctx.get();
        Ok(match r {
            Ok(()) => HeadImageFileResponse::Ok,
            Err(e) => match error_body("head_image_file", span, &e).code {
                Some(400) => HeadImageFileResponse::BadRequest,
                Some(404) => HeadImageFileResponse::NotFound,
                _ => HeadImageFileResponse::InternalError,
            },
        })
    }
}

/// The kernel's features as `/health` shows them.
fn kernel_features() -> models::KernelFeatures {
    let f = crate::kernel::features::get();
    let names = |available: bool| f.list.iter().filter(|x| x.available == available).map(|x| x.name.to_string()).collect();
    models::KernelFeatures { uses: Some(names(true)), lacks: Some(names(false)), user_namespaces: Some(f.idmapped_mounts()) }
}
