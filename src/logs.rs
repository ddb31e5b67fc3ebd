//! `GET /container/logs`, answered here rather than by the generated router
//! (which buffers every response): the log is streamed as it is read, and
//! with `follow=true` the answer stays open and carries each new line until
//! the container has ended or the client goes away. The operation and its
//! parameters are declared in swagger.yaml like every other; the reading
//! itself is the backend's (`imageapi_backend::logs`).

use crate::http::{error, Body};
use bytes::Bytes;
use http_body_util::BodyExt;
use hyper::body::Frame;
use hyper::header::{HeaderValue, CACHE_CONTROL, CONTENT_TYPE};
use hyper::{Response, StatusCode};
use imageapi_backend::logs::{LogReader, Writer};
use imageapi_backend::{Backend, Selector};
use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::mpsc;

/// The path this module answers, under the base path.
pub const PATH: &str = "/container/logs";
/// How much is read and sent at a time.
const CHUNK: usize = 64 * 1024;
/// How often a followed log is looked at again once everything was sent.
const POLL: Duration = Duration::from_millis(100);

/// The query of one request, as the spec declares it.
struct Query {
    id: Option<i64>,
    name: Option<String>,
    tail: Option<u64>,
    follow: bool,
}

/// Answer `GET <base>/container/logs?<query>`.
pub async fn serve(backend: Backend, path: &str, query: Option<&str>) -> Response<Body> {
    if let Err(problem) = crate::schema::check("GET", path, query, b"") {
        return error(StatusCode::BAD_REQUEST, &problem);
    }
    let q = parse(query);
    let opened = tokio::task::block_in_place(|| {
        let sel = Selector::from_query(q.id, q.name.clone())?;
        let log = backend.container_log(sel)?;
        let reader = LogReader::open(&log, q.tail)
            .map_err(|e| imageapi_backend::error::Error::internal(format!("reading the log of container {}: {e}", log.id)))?;
        Ok::<_, imageapi_backend::error::Error>((log.id, reader))
    });
    let (id, reader) = match opened {
        Ok(v) => v,
        Err(e) => {
            let status = StatusCode::from_u16(e.kind.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            log::info!("GET {path}: {} {}", status.as_u16(), e.message);
            return error(status, &e.message);
        }
    };
    let (tx, rx) = mpsc::channel(4);
    tokio::spawn(pump(backend, id, reader, q.follow, tx));
    let mut resp = Response::new(LogBody { rx }.boxed());
    resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    resp.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

/// The parameters; their types were checked against the spec already.
fn parse(query: Option<&str>) -> Query {
    let mut q = Query { id: None, name: None, tail: None, follow: false };
    for (k, v) in url::form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
        match &*k {
            "id" => q.id = v.parse().ok(),
            "name" => q.name = Some(v.into_owned()),
            "tail" => q.tail = v.parse().ok(),
            "follow" => q.follow = v == "true",
            _ => {}
        }
    }
    q
}

/// Read the log into the channel: to its end, or, following, until the
/// container can write no more and the rest was sent. Stops as soon as the
/// client is gone (the receiver dropped).
async fn pump(backend: Backend, id: u64, mut reader: LogReader, follow: bool, tx: mpsc::Sender<Bytes>) {
    let mut buf = vec![0u8; CHUNK];
    // The last look at the files comes after the container was seen ended,
    // so no line written before the end is lost.
    let mut last_look = !follow;
    loop {
        let n = match tokio::task::block_in_place(|| reader.read(&mut buf)) {
            Ok(n) => n,
            Err(e) => {
                log::warn!("container {id}: reading its log: {e}");
                return;
            }
        };
        if n > 0 {
            if tx.send(Bytes::copy_from_slice(&buf[..n])).await.is_err() {
                return;
            }
            continue;
        }
        if last_look {
            return;
        }
        if tokio::task::block_in_place(|| backend.log_writer(id)) == Writer::Done {
            last_look = true;
            continue;
        }
        tokio::select! {
            _ = tokio::time::sleep(POLL) => {}
            _ = tx.closed() => return,
        }
    }
}

/// The streamed body: whatever [`pump`] sends, until it stops.
struct LogBody {
    rx: mpsc::Receiver<Bytes>,
}

impl hyper::body::Body for LogBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.rx.poll_recv(cx).map(|chunk| chunk.map(|b| Ok(Frame::data(b))))
    }
}
