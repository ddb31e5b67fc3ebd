//! A small HTTP/1.1 file server on 127.0.0.1 for `uri` mounts: each path
//! serves a file from disk with its Content-Length, or misbehaves on
//! purpose (a body cut short, an error status, a redirect). One thread per
//! connection, `Connection: close`; stopped and joined when dropped.
//! Also used by `benches/uri.rs`.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

#[derive(Clone)]
pub enum Route {
    /// 200 with the file's bytes.
    File(PathBuf),
    /// 200 announcing the file's full length, then only `n` bytes and a close.
    Truncated(PathBuf, u64),
    /// This status and a short body.
    Status(u16),
    /// 302 to this Location.
    Redirect(String),
}

pub struct HttpServer {
    pub port: u16,
    routes: Arc<Mutex<HashMap<String, Route>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl HttpServer {
    pub fn start() -> HttpServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("binding the test HTTP server");
        let port = listener.local_addr().unwrap().port();
        let routes: Arc<Mutex<HashMap<String, Route>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (routes, stop) = (Arc::clone(&routes), Arc::clone(&stop));
            std::thread::spawn(move || {
                for conn in listener.incoming() {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let Ok(conn) = conn else { continue };
                    let routes = Arc::clone(&routes);
                    std::thread::spawn(move || {
                        let _ = serve(conn, &routes);
                    });
                }
            })
        };
        HttpServer { port, routes, stop, thread: Some(thread) }
    }

    /// Serve `route` at `path` (starting with '/'); returns its URL.
    pub fn route(&self, path: &str, route: Route) -> String {
        self.routes.lock().unwrap().insert(path.to_string(), route);
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Serve the file at `/<its file name>`; returns its URL.
    pub fn file(&self, file: &Path) -> String {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        self.route(&format!("/{name}"), Route::File(file.to_path_buf()))
    }
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(conn: TcpStream, routes: &Mutex<HashMap<String, Route>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    let route = routes.lock().unwrap().get(&path).cloned();
    let mut conn = conn;
    let head = |status: &str, len: u64| format!("HTTP/1.1 {status}\r\nContent-Length: {len}\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n");
    match route {
        Some(Route::File(file)) => {
            let mut f = std::fs::File::open(&file)?;
            conn.write_all(head("200 OK", f.metadata()?.len()).as_bytes())?;
            // std turns this into sendfile(2).
            std::io::copy(&mut f, &mut conn)?;
        }
        Some(Route::Truncated(file, n)) => {
            let f = std::fs::File::open(&file)?;
            conn.write_all(head("200 OK", f.metadata()?.len()).as_bytes())?;
            std::io::copy(&mut f.take(n), &mut conn)?;
        }
        Some(Route::Redirect(location)) => {
            conn.write_all(format!("HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes())?;
        }
        Some(Route::Status(code)) => {
            conn.write_all(head(&format!("{code} Test"), 5).as_bytes())?;
            conn.write_all(b"nope\n")?;
        }
        None => {
            conn.write_all(head("404 Not Found", 10).as_bytes())?;
            conn.write_all(b"not found\n")?;
        }
    }
    conn.flush()
}
