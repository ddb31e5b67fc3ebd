//! `imageapi images`: the image store (list, add a file by upload with a
//! progress line, import from a path on the node or a URL, import an OCI
//! image from a path on the node, activate, rm).

use crate::commands::{print_json, unpack, Outcome};
use crate::transport::{body_text, Conn, RawBody};
use bytes::Bytes;
use http_body_util::BodyExt;
use imageapi_generated::models;
use serde_json::{json, Value};
use std::io::IsTerminal;
use std::path::Path;
use std::time::Duration;

/// One line of progress on stderr, rewritten in place on a terminal.
fn progress(what: &str, done: u64, total: Option<u64>) {
    let mib = |b: u64| b as f64 / (1024.0 * 1024.0);
    let text = match total {
        Some(t) if t > 0 => format!("{what}: {:.1} / {:.1} MiB ({}%)", mib(done), mib(t), done * 100 / t),
        _ => format!("{what}: {:.1} MiB", mib(done)),
    };
    if std::io::stderr().is_terminal() {
        eprint!("\r\x1b[K{text}");
    } else {
        eprintln!("{text}");
    }
}

fn progress_done() {
    if std::io::stderr().is_terminal() {
        eprintln!();
    }
}

pub async fn ls(conn: &Conn, json_out: bool) -> Outcome {
    let v = unpack(conn, conn.api.list_images(None, None, None, None, None, &conn.ctx).await)?;
    if json_out {
        print_json(&v);
        return Ok(());
    }
    let mut rows = vec![["UUID", "NAME", "VERSION", "TYPE", "SIZE", "STATE"].map(String::from)];
    for i in v.as_array().into_iter().flatten() {
        let s = |k: &str| i[k].as_str().unwrap_or_default().to_string();
        let size = i["size"].as_i64().map(|b| format!("{:.1}M", b as f64 / 1048576.0)).unwrap_or_default();
        rows.push([s("uuid"), s("name"), s("version"), s("type"), size, s("state")]);
    }
    let widths: Vec<usize> = (0..6).map(|c| rows.iter().map(|r| r[c].len()).max().unwrap_or(0)).collect();
    for r in rows {
        let line: Vec<String> = r.iter().enumerate().map(|(c, x)| format!("{x:<w$}", w = widths[c])).collect();
        println!("{}", line.join("  ").trim_end());
    }
    Ok(())
}

/// Create the manifest of a new image.
async fn create(conn: &Conn, name: &str, version: &str, kind: &str) -> Result<String, String> {
    let def = json!({"name": name, "version": version, "type": kind});
    let image: models::Image = serde_json::from_value(def).map_err(|e| format!("building the request: {e}"))?;
    let v = unpack(conn, conn.api.create_image(image, &conn.ctx).await)?;
    v["uuid"].as_str().map(str::to_string).ok_or_else(|| format!("the server gave no uuid: {v}"))
}

/// Upload `file` as a new image, streamed, with a progress line.
pub async fn add(conn: &Conn, file: &Path, name: &str, version: &str, kind: Option<&str>, activate: bool, json_out: bool) -> Outcome {
    let kind = match kind {
        Some(k) => k,
        None => crate::commands::fs_type(file)?,
    };
    let f = tokio::fs::File::open(file).await.map_err(|e| format!("{}: {e}", file.display()))?;
    let len = f.metadata().await.map_err(|e| format!("{}: {e}", file.display()))?.len();
    let uuid = create(conn, name, version, kind).await?;
    let label = format!("uploading {}", file.display());
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    tokio::spawn(async move {
        use tokio::io::AsyncReadExt;
        let mut f = f;
        let mut done = 0u64;
        let mut buf = vec![0u8; 256 * 1024];
        loop {
            match f.read(&mut buf).await {
                Ok(0) => break,
                Ok(n) => {
                    done += n as u64;
                    progress(&label, done, Some(len));
                    if tx.send(Ok(Bytes::copy_from_slice(&buf[..n]))).await.is_err() {
                        break;
                    }
                }
                Err(e) => {
                    let _ = tx.send(Err(e)).await;
                    break;
                }
            }
        }
    });
    let stream = futures_lite(rx);
    let resp = conn.send("PUT", &format!("{}/images/file?uuid={uuid}", imageapi_generated::BASE_PATH), stream, Some(len)).await?;
    progress_done();
    let status = resp.status();
    let text = body_text(resp).await?;
    let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    if !status.is_success() {
        return Err(v["message"].as_str().map(str::to_string).unwrap_or_else(|| format!("{status}: {text}")));
    }
    finish(conn, &uuid, v, activate, json_out).await
}

/// The channel as a request body.
fn futures_lite(rx: tokio::sync::mpsc::Receiver<Result<Bytes, std::io::Error>>) -> RawBody {
    struct Chunks(tokio::sync::mpsc::Receiver<Result<Bytes, std::io::Error>>);
    impl hyper::body::Body for Chunks {
        type Data = Bytes;
        type Error = std::io::Error;
        fn poll_frame(
            mut self: std::pin::Pin<&mut Self>,
            cx: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Result<hyper::body::Frame<Bytes>, std::io::Error>>> {
            self.0.poll_recv(cx).map(|c| c.map(|r| r.map(hyper::body::Frame::data)))
        }
    }
    Chunks(rx).boxed()
}

/// Import a file from a path on the node (copied by the server) or a URL
/// (downloaded by the server in the background; its progress is shown).
pub async fn import(conn: &Conn, source: &str, name: &str, version: &str, kind: Option<&str>, activate: bool, json_out: bool) -> Outcome {
    let is_url = source.starts_with("http://") || source.starts_with("https://");
    let kind = match (kind, is_url) {
        (Some(k), _) => k,
        (None, false) => crate::commands::fs_type(Path::new(source))?,
        (None, true) => return Err("give --type for an image imported from a URL".into()),
    };
    let uuid = create(conn, name, version, kind).await?;
    if !is_url {
        let path = std::fs::canonicalize(source).map_err(|e| format!("{source}: {e}"))?;
        let src: models::ImageSource = serde_json::from_value(json!({"path": path.to_string_lossy(), "base": "root"})).map_err(|e| e.to_string())?;
        let v = unpack(conn, conn.api.import_image_file(uuid.clone(), src, &conn.ctx).await)?;
        return finish(conn, &uuid, v, activate, json_out).await;
    }
    let src: models::ImageDownload = serde_json::from_value(json!({"url": source})).map_err(|e| e.to_string())?;
    let mut v = unpack(conn, conn.api.download_image_file(uuid.clone(), src, &conn.ctx).await)?;
    while v["state"] == "downloading" {
        progress(&format!("downloading {source}"), v["bytes_done"].as_u64().unwrap_or(0), v["bytes_total"].as_u64());
        tokio::time::sleep(Duration::from_millis(250)).await;
        let list = unpack(conn, conn.api.list_images(Some(uuid.clone()), None, None, None, None, &conn.ctx).await)?;
        v = list.as_array().and_then(|a| a.first().cloned()).ok_or("the image went away while it downloaded")?;
    }
    progress_done();
    if v["state"] == "failed" {
        return Err(format!("downloading {source}: {}", v["error"].as_str().unwrap_or("failed")));
    }
    finish(conn, &uuid, v, activate, json_out).await
}

/// Import an OCI image from a path on the node into a new squashfs
/// image; the image is removed again when the import fails.
pub async fn import_oci(conn: &Conn, source: &str, tag: Option<&str>, name: &str, version: &str, activate: bool, json_out: bool) -> Outcome {
    let path = std::fs::canonicalize(source).map_err(|e| format!("{source}: {e}"))?;
    let src: models::ImageOciSource =
        serde_json::from_value(json!({"path": path.to_string_lossy(), "base": "root", "tag": tag})).map_err(|e| e.to_string())?;
    let uuid = create(conn, name, version, "squashfs").await?;
    match unpack(conn, conn.api.import_image_oci(uuid.clone(), src, &conn.ctx).await) {
        Ok(v) => finish(conn, &uuid, v, activate, json_out).await,
        Err(e) => {
            let _ = conn.api.delete_image(uuid, &conn.ctx).await;
            Err(format!("importing {source}: {e}"))
        }
    }
}

async fn finish(conn: &Conn, uuid: &str, mut v: Value, activate: bool, json_out: bool) -> Outcome {
    if activate {
        v = unpack(conn, conn.api.set_image_state(uuid.to_string(), models::SetImageStateActionParameter::Activate, &conn.ctx).await)?;
    }
    if json_out {
        print_json(&v);
    } else {
        println!("image {uuid} {}", v["state"].as_str().unwrap_or("?"));
    }
    Ok(())
}

pub async fn activate(conn: &Conn, uuid: &str, json_out: bool) -> Outcome {
    let v = unpack(conn, conn.api.set_image_state(uuid.to_string(), models::SetImageStateActionParameter::Activate, &conn.ctx).await)?;
    finish(conn, uuid, v, false, json_out).await
}

pub async fn rm(conn: &Conn, uuid: &str, json_out: bool) -> Outcome {
    let v = unpack(conn, conn.api.delete_image(uuid.to_string(), &conn.ctx).await)?;
    if json_out {
        print_json(&v);
    } else {
        println!("removed image {uuid}");
    }
    Ok(())
}
