//! The rbd driver against a fake `/sys/bus/rbd`: a thread that acts on
//! what is written to `add`/`remove` (and their `_single_major` twins) as
//! the kernel does — it looks the key up in the keyring by the name the
//! options give, makes `devices/<lowest free id>/{pool,name,current_snap,
//! pool_ns,config_info}` and a `/dev/rbd<id>` stand-in — and records every
//! line written.

use super::*;
use crate::kernel::keyring;
use base64::Engine;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, OnceLock};

/// A cephx key as `ceph auth get-key` prints it (made up).
const SECRET: &str = "AQBzZWNyZXQta2V5LWZvci10ZXN0cy1vbmx5AAAAAA==";

struct Fake {
    dir: tempfile::TempDir,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
    /// `(file, line)` for every write, in order.
    writes: Arc<Mutex<Vec<(String, String)>>>,
    /// The payload of each key named by `key=`, as libceph would read it.
    keys: Arc<Mutex<Vec<Option<Vec<u8>>>>>,
}

impl Fake {
    fn new(single_major: bool, existing: &[(u64, &str, &str)]) -> Fake {
        let dir = tempfile::tempdir().unwrap();
        let bus = dir.path().join("sys/bus/rbd");
        std::fs::create_dir_all(bus.join("devices")).unwrap();
        std::fs::create_dir_all(dir.path().join("dev")).unwrap();
        let mut files = vec!["add", "remove"];
        if single_major {
            files.extend(["add_single_major", "remove_single_major"]);
        }
        for f in &files {
            std::fs::write(bus.join(f), "").unwrap();
        }
        for (id, pool, image) in existing {
            make_device(dir.path(), *id, pool, "", image, "-", "");
        }
        // A process keyring lives in the credentials of the thread that made
        // it, and threads started later inherit it: make it before the fake
        // kernel's thread starts so that thread sees the keys the driver
        // adds (the real kernel reads them in the writer's own context).
        drop(keyring::Key::add("user", "imageapi-test-keyring", b"-").unwrap());
        let (stop, writes, keys) = (Arc::new(AtomicBool::new(false)), Arc::default(), Arc::default());
        let thread = {
            let (root, stop, writes, keys) =
                (dir.path().to_path_buf(), Arc::clone(&stop), Arc::clone(&writes), Arc::clone(&keys));
            let files: Vec<String> = files.iter().map(|s| s.to_string()).collect();
            std::thread::spawn(move || kernel(root, files, stop, writes, keys))
        };
        Fake { dir, stop, thread: Some(thread), writes, keys }
    }

    fn bus(&self) -> Bus {
        Bus { dir: self.dir.path().join("sys/bus/rbd"), dev: self.dir.path().join("dev"), key_type: "user" }
    }

    fn writes(&self) -> Vec<(String, String)> {
        self.writes.lock().unwrap().clone()
    }
}

impl Drop for Fake {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn make_device(root: &Path, id: u64, pool: &str, ns: &str, image: &str, snap: &str, config: &str) {
    let d = root.join("sys/bus/rbd/devices").join(id.to_string());
    std::fs::create_dir_all(&d).unwrap();
    for (attr, v) in [("pool", pool), ("pool_ns", ns), ("name", image), ("current_snap", snap), ("config_info", config)]
    {
        std::fs::write(d.join(attr), format!("{v}\n")).unwrap();
    }
    std::fs::write(root.join("dev").join(format!("rbd{id}")), "").unwrap();
}

/// The fake kernel: polls the control files and acts on each line.
fn kernel(
    root: PathBuf,
    files: Vec<String>,
    stop: Arc<AtomicBool>,
    writes: Arc<Mutex<Vec<(String, String)>>>,
    keys: Arc<Mutex<Vec<Option<Vec<u8>>>>>,
) {
    let bus = root.join("sys/bus/rbd");
    while !stop.load(Ordering::Relaxed) {
        for f in &files {
            let line = std::fs::read_to_string(bus.join(f)).unwrap_or_default();
            if line.is_empty() {
                continue;
            }
            std::fs::write(bus.join(f), "").unwrap();
            writes.lock().unwrap().push((f.clone(), line.clone()));
            let words: Vec<&str> = line.split(' ').collect();
            if f.starts_with("add") {
                let opts = words[1];
                if let Some(desc) = opts.split(',').find_map(|o| o.strip_prefix("key=")) {
                    keys.lock().unwrap().push(keyring::read("user", desc).ok());
                }
                let ns = opts.split(',').find_map(|o| o.strip_prefix("_pool_ns=")).unwrap_or("");
                let taken: BTreeSet<u64> = std::fs::read_dir(bus.join("devices"))
                    .unwrap()
                    .filter_map(|e| e.unwrap().file_name().to_str()?.parse().ok())
                    .collect();
                let id = (0..).find(|i| !taken.contains(i)).unwrap();
                make_device(&root, id, words[2], ns, words[3], words.get(4).copied().unwrap_or("-"), &line);
            } else {
                let id = words[0];
                let _ = std::fs::remove_dir_all(bus.join("devices").join(id));
                let _ = std::fs::remove_file(root.join("dev").join(format!("rbd{id}")));
            }
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Every log line of this test process, to check the secret is never in one.
fn captured_log() -> &'static Mutex<String> {
    struct Capture(Mutex<String>);
    impl log::Log for Capture {
        fn enabled(&self, _: &log::Metadata) -> bool {
            true
        }
        fn log(&self, r: &log::Record) {
            let mut s = self.0.lock().unwrap();
            s.push_str(&format!("{} {}\n", r.level(), r.args()));
        }
        fn flush(&self) {}
    }
    static LOGGER: OnceLock<&'static Capture> = OnceLock::new();
    let logger = LOGGER.get_or_init(|| {
        let l: &'static Capture = Box::leak(Box::new(Capture(Mutex::new(String::new()))));
        if log::set_logger(l).is_ok() {
            log::set_max_level(log::LevelFilter::Trace);
        }
        l
    });
    &logger.0
}

fn spec(json: &str) -> models::AttachRbd {
    let s: models::AttachRbd = serde_json::from_str(json).unwrap();
    check("attach.rbd", &s).unwrap();
    s
}

#[test]
fn maps_with_the_secret_in_the_keyring_and_unmaps() {
    let log = captured_log();
    let fake = Fake::new(true, &[]);
    let s = spec(&format!(
        r#"{{"monitors":["10.0.0.1","10.0.0.2:3300"],"pool":"rbd","image":"root","snapshot":"gold",
        "options":{{"name":"node7","secret":"{SECRET}","namespace":"tenant1","queue_depth":64,"ro":true}}}}"#
    ));
    let mut m = fake.bus().map(&s).unwrap();

    // Exactly one line, to add_single_major, naming the key, not holding it.
    let writes = fake.writes();
    assert_eq!(writes.len(), 1, "{writes:?}");
    let (file, line) = &writes[0];
    assert_eq!(file, "add_single_major");
    let key = line.split([' ', ',']).find_map(|w| w.strip_prefix("key=")).expect("key= option").to_string();
    assert!(key.starts_with("imageapi-rbd-"), "{line}");
    assert_eq!(
        line,
        &format!("10.0.0.1,10.0.0.2:3300 name=node7,key={key},ro,queue_depth=64,_pool_ns=tenant1 rbd root gold")
    );
    // The kernel found the key's payload: the decoded secret; then it was revoked.
    let payload = base64::engine::general_purpose::STANDARD.decode(SECRET).unwrap();
    assert_eq!(fake.keys.lock().unwrap().clone(), vec![Some(payload)]);
    assert!(keyring::read("user", &key).is_err(), "the key is revoked after the map");

    assert_eq!(m.dev_id, 0);
    assert_eq!(m.device_file(), fake.dir.path().join("dev/rbd0"));
    let mut model: models::Attach =
        serde_json::from_str(r#"{"kind":"rbd","rbd":{"monitors":["10.0.0.1"],"pool":"rbd","image":"root"}}"#).unwrap();
    m.describe(&mut model);
    assert_eq!(model.rbd.unwrap().device_id, Some(0));

    m.detach(false).unwrap();
    m.detach(false).unwrap(); // idempotent: no second write
    let writes = fake.writes();
    assert_eq!(writes[1..], [("remove_single_major".to_string(), "0".to_string())]);
    assert!(!fake.dir.path().join("sys/bus/rbd/devices/0").exists());

    let log = log.lock().unwrap();
    assert!(log.contains("mapped rbd image rbd/tenant1/root@gold"), "{log}");
    assert!(!log.contains(SECRET) && !log.contains(&SECRET[..16]), "the secret is in the log");
}

#[test]
fn the_new_device_is_found_by_what_it_is_not_by_its_number() {
    // Devices 0 and 2 exist: the kernel gives the new one id 1.
    let fake = Fake::new(false, &[(0, "rbd", "other"), (2, "rbd", "third")]);
    let mut m = fake.bus().map(&spec(r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"root"}"#)).unwrap();
    assert_eq!(m.dev_id, 1);
    assert_eq!(fake.writes(), [("add".to_string(), "10.0.0.1 name=admin rbd root -".to_string())]);
    m.detach(false).unwrap();
    assert_eq!(fake.writes()[1], ("remove".to_string(), "1".to_string()));
}

#[test]
fn a_second_mapping_of_the_same_image_is_refused() {
    let fake = Fake::new(true, &[(0, "rbd", "root")]);
    let err = fake.bus().map(&spec(r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"root"}"#)).unwrap_err();
    assert_eq!(err.kind.status(), 409, "{err}");
    assert!(err.message.contains("already mapped as") && err.message.contains("rbd0"), "{err}");
    assert!(fake.writes().is_empty(), "nothing was written");
    // Another snapshot of it is another image.
    let mut m =
        fake.bus().map(&spec(r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"root","snapshot":"s"}"#)).unwrap();
    assert_eq!(m.dev_id, 1);
    m.detach(false).unwrap();
}

#[test]
fn force_unmaps_with_force() {
    let fake = Fake::new(true, &[]);
    let mut m = fake
        .bus()
        .map(&spec(r#"{"monitors":["10.0.0.1"],"pool":"p","image":"i","options":{"force":true,"exclusive":true}}"#))
        .unwrap();
    assert_eq!(fake.writes()[0].1, "10.0.0.1 name=admin,exclusive p i -");
    m.detach(false).unwrap();
    assert_eq!(fake.writes()[1], ("remove_single_major".to_string(), "0 force".to_string()));
}

#[test]
fn without_the_driver_nothing_is_done() {
    let dir = tempfile::tempdir().unwrap();
    let bus = Bus { dir: dir.path().join("bus/rbd"), dev: dir.path().join("dev"), key_type: "user" };
    let err = bus
        .map(&spec(&format!(r#"{{"monitors":["10.0.0.1"],"pool":"p","image":"i","options":{{"secret":"{SECRET}"}}}}"#)))
        .unwrap_err();
    assert_eq!(err.kind.status(), 501);
    assert!(err.message.contains("load the rbd module"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_mapping_is_adopted_again_only_while_it_is_the_same_image() {
    let fake = Fake::new(true, &[]);
    let m = fake.bus().map(&spec(r#"{"monitors":["10.0.0.1"],"pool":"p","image":"adopt-me","options":{"force":true}}"#)).unwrap();
    let identity = m.identity();
    // A restarted server: a new handle from what was saved.
    let mut again = fake.bus().adopt(&identity).unwrap();
    assert_eq!((again.dev_id, again.device_file()), (0, fake.dir.path().join("dev/rbd0").as_path()));
    again.detach(false).unwrap();
    assert_eq!(fake.writes()[1], ("remove_single_major".to_string(), "0 force".to_string()));
    // Gone, or another image under the same id: not adopted.
    let err = fake.bus().adopt(&identity).unwrap_err();
    assert_eq!(err.kind.status(), 404, "{err}");
    make_device(fake.dir.path(), 0, "p", "", "other", "-", "");
    assert!(fake.bus().adopt(&identity).is_err());
}
