//! What each command does: the generated client's calls, their answers
//! read as JSON, and what is printed. A failure is the server's sentence.

use crate::args::{MountArgs, Noun, RunArgs};
use crate::table;
use crate::transport::{body_text, Conn};
use imageapi_generated::models;
use swagger::ApiError;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub type Outcome = Result<(), String>;

/// The object of a generated response: its success variant (`Ok`,
/// `Created`), or the server's sentence from an error variant.
pub fn unpack<T: Serialize>(conn: &Conn, r: Result<T, ApiError>) -> Result<Value, String> {
    let r = r.map_err(|e| format!("cannot reach the server at {}: {}", conn.target, e.0))?;
    let v = serde_json::to_value(&r).map_err(|e| e.to_string())?;
    let Value::Object(m) = v else { return Err(format!("unexpected answer: {v}")) };
    let Some((variant, inner)) = m.into_iter().next() else { return Err("empty answer".into()) };
    match variant.as_str() {
        "Ok" | "Created" => Ok(inner),
        _ => Err(inner["message"].as_str().map(str::to_string).unwrap_or_else(|| format!("{variant}: {inner}"))),
    }
}

/// A model from our JSON, as the generated client sends it.
fn model<T: DeserializeOwned>(v: Value) -> Result<T, String> {
    serde_json::from_value(v).map_err(|e| format!("building the request: {e}"))
}

pub fn print_json(v: &Value) {
    println!("{}", serde_json::to_string_pretty(v).unwrap_or_default());
}

/// A container named by id (all digits) or by name, as the query wants it.
fn selector(container: &str) -> (Option<i64>, Option<String>) {
    match container.parse::<i64>() {
        Ok(id) => (Some(id), None),
        Err(_) => (None, Some(container.to_string())),
    }
}

fn label(c: &Value) -> String {
    match c["name"].as_str() {
        Some(n) => format!("container {n} ({})", c["id"]),
        None => format!("container {}", c["id"]),
    }
}

async fn lists(conn: &Conn, noun: Option<Noun>) -> Result<[Vec<Value>; 3], String> {
    let want = |n| noun.is_none() || noun == Some(n);
    let mut out: [Vec<Value>; 3] = Default::default();
    if want(Noun::Attach) {
        out[0] = array(unpack(conn, conn.api.list_attachments(None, None, &conn.ctx).await)?);
    }
    if want(Noun::Mount) {
        out[1] = array(unpack(conn, conn.api.list_mounts(None, None, &conn.ctx).await)?);
    }
    if want(Noun::Container) {
        out[2] = array(unpack(conn, conn.api.list_containers(None, None, None, &conn.ctx).await)?);
    }
    Ok(out)
}

fn array(v: Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a,
        _ => Vec::new(),
    }
}

pub async fn ls(conn: &Conn, noun: Option<Noun>, json_out: bool) -> Outcome {
    let [a, m, c] = lists(conn, noun).await?;
    if json_out {
        print_json(&json!({"attachments": a, "mounts": m, "containers": c}));
    } else {
        print!("{}", table::render(&a, &m, &c));
    }
    Ok(())
}

/// Which noun an id or name is, and the object.
async fn find(conn: &Conn, object: &str) -> Result<(Noun, Value), String> {
    let Ok(id) = object.parse::<i64>() else {
        let c = array(unpack(conn, conn.api.list_containers(None, Some(object.to_string()), None, &conn.ctx).await)?);
        return c.into_iter().next().map(|c| (Noun::Container, c)).ok_or_else(|| format!("there is no container named \"{object}\""));
    };
    // Ids are unique across nouns: the one that knows it answers.
    let not_found = |e: &String| e.starts_with("there is no");
    for noun in [Noun::Container, Noun::Mount, Noun::Attach] {
        let r = match noun {
            Noun::Attach => unpack(conn, conn.api.list_attachments(Some(id), None, &conn.ctx).await),
            Noun::Mount => unpack(conn, conn.api.list_mounts(Some(id), None, &conn.ctx).await),
            Noun::Container => unpack(conn, conn.api.list_containers(Some(id), None, None, &conn.ctx).await),
        };
        match r {
            Ok(v) => {
                if let Some(o) = array(v).into_iter().next() {
                    return Ok((noun, o));
                }
            }
            Err(e) if not_found(&e) => {}
            Err(e) => return Err(e),
        }
    }
    Err(format!("there is no attachment, mount or container with id {id}"))
}

pub async fn get(conn: &Conn, object: &str) -> Outcome {
    let (_, v) = find(conn, object).await?;
    print_json(&v);
    Ok(())
}

/// The filesystem of an image file, from its magic number.
pub fn fs_type(image: &Path) -> Result<&'static str, String> {
    use std::io::{Read, Seek, SeekFrom};
    let mut f = std::fs::File::open(image).map_err(|e| format!("{}: {e}", image.display()))?;
    let mut head = vec![0u8; 1084];
    let n = f.read(&mut head).map_err(|e| format!("{}: {e}", image.display()))?;
    head.truncate(n);
    let _ = f.seek(SeekFrom::Start(0));
    if head.starts_with(b"hsqs") {
        return Ok("squashfs");
    }
    if head.len() >= 1028 && head[1024..1028] == [0xe2, 0xe1, 0xf5, 0xe0] {
        return Ok("erofs");
    }
    if head.len() >= 1082 && head[1080..1082] == [0x53, 0xef] {
        return Ok("ext4");
    }
    Err(format!("{}: not a squashfs, ext4 or erofs image (give --type to mount it anyway)", image.display()))
}

fn absolute(p: &Path) -> Result<PathBuf, String> {
    std::fs::canonicalize(p).map_err(|e| format!("{}: {e}", p.display()))
}

/// The nested definition of an image: its loop device and its filesystem.
fn image_mount(image: &Path, fs: &str, options: &[String]) -> Result<Value, String> {
    let path = absolute(image)?;
    let mut opts: Vec<String> = options.to_vec();
    if matches!(fs, "squashfs" | "erofs") && !opts.iter().any(|o| o == "ro") {
        opts.push("ro".into());
    }
    Ok(json!({"kind": "attach", "attach": {"fs_type": fs, "mount_options": opts,
        "attach": {"kind": "loopback", "loopback": {"path": path.to_string_lossy(), "base": "root"}}}}))
}

/// A stored image named `uuid`, `name` or `name:version`: (uuid, type).
async fn stored(conn: &Conn, spec: &str) -> Result<(String, String), String> {
    let (name, version) = match spec.split_once(':') {
        Some((n, v)) => (Some(n.to_string()), Some(v.to_string())),
        None => (Some(spec.to_string()), None),
    };
    let by_uuid = spec.len() == 36 && spec.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    let r = if by_uuid {
        conn.api.list_images(Some(spec.to_string()), None, None, None, None, &conn.ctx).await
    } else {
        conn.api.list_images(None, name, version, Some(models::ListImagesStateParameter::Active), None, &conn.ctx).await
    };
    let list = array(unpack(conn, r)?);
    // The newest active one of that name.
    let i = list.last().ok_or_else(|| format!("{spec} is neither an image file nor an active image of the store"))?;
    Ok((i["uuid"].as_str().unwrap_or_default().to_string(), i["type"].as_str().unwrap_or_default().to_string()))
}

pub async fn run(conn: &Conn, a: &RunArgs, json_out: bool) -> Outcome {
    let (image, fs) = if a.image.exists() {
        let fs = fs_type(&a.image)?.to_string();
        (image_mount(&a.image, &fs, &[])?, fs)
    } else {
        let (uuid, fs) = stored(conn, &a.image.to_string_lossy()).await?;
        let opts: Vec<&str> = if matches!(fs.as_str(), "squashfs" | "erofs") { vec!["ro"] } else { vec![] };
        let m = json!({"kind": "attach", "attach": {"fs_type": fs, "mount_options": opts,
            "attach": {"kind": "loopback", "loopback": {"path": uuid, "base": "image"}}}});
        (m, fs)
    };
    if a.rw && fs != "ext4" {
        return Err(format!("--rw writes to the image, and a {fs} image is read-only: leave --rw out to get a writable overlay"));
    }
    let mount = if a.rw { image } else { json!({"kind": "overlay", "overlay": {"lower": [image]}}) };
    let command = if a.command.is_empty() {
        if a.systemd { "/sbin/init".to_string() } else { "/bin/sh".to_string() }
    } else {
        shell_words::join(&a.command)
    };
    let mut def = json!({"mount": mount, "command": command, "systemd": a.systemd, "state": "running"});
    if let Some(n) = &a.name {
        def["name"] = json!(n);
    }
    if let Some(t) = a.stop_timeout {
        def["stop_timeout"] = json!(t);
    }
    let c = unpack(conn, conn.api.create_container(model::<models::Container>(def)?, &conn.ctx).await)?;
    if json_out {
        print_json(&c);
    } else {
        println!("{} {}", label(&c), c["state"].as_str().unwrap_or("?"));
    }
    if c["state"] == "dead" {
        return Err(format!("{}: {}", label(&c), c["reason"].as_str().unwrap_or("it could not be started")));
    }
    Ok(())
}

pub async fn attach(conn: &Conn, path: &Path, ro: bool, partitions: bool, json_out: bool) -> Outcome {
    use std::os::unix::fs::FileTypeExt;
    let path = absolute(path)?;
    let meta = std::fs::metadata(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let def = if meta.file_type().is_block_device() {
        json!({"kind": "local", "local": {"path": path.to_string_lossy()}})
    } else {
        json!({"kind": "loopback", "loopback": {"path": path.to_string_lossy(), "base": "root", "ro": ro, "readPartitions": partitions}})
    };
    let a = unpack(conn, conn.api.attach(model(def)?, &conn.ctx).await)?;
    if json_out {
        print_json(&a);
    } else {
        println!("attachment {}: {}", a["id"], a["device_file"].as_str().unwrap_or("?"));
    }
    Ok(())
}

pub async fn mount(conn: &Conn, m: &MountArgs, json_out: bool) -> Outcome {
    let def = if let Some(image) = &m.image {
        let fs = match &m.fs_type {
            Some(t) => t.as_str(),
            None => fs_type(image)?,
        };
        image_mount(image, fs, &m.options)?
    } else if let Some(id) = m.attach {
        json!({"kind": "attach", "attach": {"fs_type": m.fs_type, "mount_options": m.options, "attach": {"id": id}}})
    } else if let Some(path) = &m.bind {
        json!({"kind": "bind", "bind": {"path": absolute(path)?.to_string_lossy(), "base": "root", "ro": m.ro}})
    } else if let Some(lower) = &m.overlay {
        json!({"kind": "overlay", "overlay": {"lower": lower.iter().map(|id| json!({"id": id})).collect::<Vec<_>>()}})
    } else {
        unreachable!("clap requires one source")
    };
    let v = unpack(conn, conn.api.mount(model(def)?, &conn.ctx).await)?;
    if json_out {
        print_json(&v);
    } else {
        println!("mount {}: {}", v["id"], v["mountpoint"].as_str().unwrap_or("?"));
    }
    Ok(())
}

/// PATCH a container's state; returns the container as answered.
async fn set_state(conn: &Conn, container: &str, want: models::SetContainerStateStateParameter, timeout: Option<u64>) -> Result<Value, String> {
    let (id, name) = selector(container);
    unpack(conn, conn.api.set_container_state(want, id, name, timeout, &conn.ctx).await)
}

pub async fn change(conn: &Conn, container: &str, want: models::SetContainerStateStateParameter, json_out: bool) -> Outcome {
    let c = set_state(conn, container, want, None).await?;
    if json_out {
        print_json(&c);
    } else {
        println!("{} {}", label(&c), table::container_state(&c));
    }
    if c["state"] == "dead" {
        return Err(format!("{}: {}", label(&c), c["reason"].as_str().unwrap_or("it could not be started")));
    }
    Ok(())
}

/// Stop, then wait for `exited` (or `dead`), showing how long it takes.
pub async fn stop(conn: &Conn, container: &str, timeout: Option<u64>, json_out: bool) -> Outcome {
    let mut c = set_state(conn, container, models::SetContainerStateStateParameter::Exited, timeout).await?;
    let started = Instant::now();
    let tty = std::io::stderr().is_terminal();
    let (id, _) = (c["id"].as_i64(), ());
    let mut last_note = Duration::ZERO;
    while !matches!(c["state"].as_str(), Some("exited" | "dead" | "created")) {
        let waited = started.elapsed();
        if tty {
            eprint!("\r{} stopping: {}s", label(&c), waited.as_secs());
        } else if waited >= last_note {
            eprintln!("{} stopping ({}s)", label(&c), waited.as_secs());
            last_note = waited + Duration::from_secs(5);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        let list = array(unpack(conn, conn.api.list_containers(id, None, None, &conn.ctx).await)?);
        c = list.into_iter().next().ok_or_else(|| format!("container {} went away while it stopped", id.unwrap_or(0)))?;
    }
    if tty {
        eprint!("\r\x1b[K");
    }
    if json_out {
        print_json(&c);
    } else {
        let how = c["reason"].as_str().map(|r| format!(": {r}")).unwrap_or_default();
        println!("{} {}{how}", label(&c), table::container_state(&c));
    }
    Ok(())
}

pub async fn rm(conn: &Conn, objects: &[String], force: bool, json_out: bool) -> Outcome {
    for object in objects {
        let (noun, found) = find(conn, object).await?;
        let id = found["id"].as_i64().unwrap_or(0);
        let force = Some(force);
        let gone = match noun {
            Noun::Container => unpack(conn, conn.api.delete_container(Some(id), None, force, &conn.ctx).await)?,
            Noun::Mount => unpack(conn, conn.api.delete_mount(id, force, &conn.ctx).await)?,
            Noun::Attach => unpack(conn, conn.api.delete_attach(id, force, &conn.ctx).await)?,
        };
        if json_out {
            print_json(&gone);
        } else {
            let what = match noun {
                Noun::Container => label(&gone),
                Noun::Mount => format!("mount {id}"),
                Noun::Attach => format!("attachment {id}"),
            };
            println!("removed {what}");
        }
    }
    Ok(())
}

/// The log, streamed as it arrives (`-f`: until the container ends).
pub async fn logs(conn: &Conn, container: &str, follow: bool, tail: Option<u64>) -> Outcome {
    use http_body_util::BodyExt;
    let (id, name) = selector(container);
    let mut query = match (id, name) {
        (Some(id), _) => format!("id={id}"),
        (_, Some(n)) => format!("name={}", percent(&n)),
        _ => unreachable!(),
    };
    if let Some(n) = tail {
        query += &format!("&tail={n}");
    }
    if follow {
        query += "&follow=true";
    }
    let resp = conn.get_stream(&format!("{}/container/logs?{query}", imageapi_generated::BASE_PATH)).await?;
    if !resp.status().is_success() {
        let status = resp.status();
        let text = body_text(resp).await?;
        let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        return Err(v["message"].as_str().map(str::to_string).unwrap_or_else(|| format!("{status}: {text}")));
    }
    let mut body = resp.into_body();
    let mut out = std::io::stdout().lock();
    // A terminal is shown the container's control characters, not acted
    // on by them; a pipe or file gets the bytes as they are.
    let mut visible = out.is_terminal().then(crate::visible::Visible::default);
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| format!("reading the log: {e}"))?;
        if let Some(data) = frame.data_ref() {
            let shown = match visible.as_mut() {
                Some(v) => std::borrow::Cow::Owned(v.render(data)),
                None => std::borrow::Cow::Borrowed(&data[..]),
            };
            if out.write_all(&shown).and_then(|_| out.flush()).is_err() {
                // The reader went away (a pipe into head): done.
                return Ok(());
            }
        }
    }
    if let Some(mut v) = visible {
        let _ = out.write_all(&v.finish()).and_then(|_| out.flush());
    }
    Ok(())
}

/// Names are [A-Za-z0-9._-] (the server refuses others); escape the rest anyway.
fn percent(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() || b"._-".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}
