//! What a start of the store finds in each image directory: the
//! manifest it can read, and what an interrupted upload, import, save or
//! create left, which goes. Only what is provably garbage is removed: an
//! image whose manifest cannot be read (an I/O error, a manifest that does
//! not parse or names another image) is reported with the cause and left
//! alone, unlisted, until a start can read it.

use crate::manifest::{self, Manifest, State};
use crate::oci;
use std::path::Path;

/// The image in `path` (named `name`) as a start finds it: what an
/// interrupted upload, import or save left is removed, a manifest that
/// cannot be read is reported with its cause and the image left alone.
pub(crate) fn open_image(path: &Path, name: &str) -> Option<Manifest> {
    let m_path = path.join("manifest.json");
    // An interrupted save's temp file: the manifest is the old one or the new one.
    let _ = std::fs::remove_file(path.join("manifest.json.tmp"));
    let mut m = match std::fs::read(&m_path) {
        Ok(text) => match serde_json::from_slice::<Manifest>(&text) {
            Ok(m) if m.uuid == name => m,
            Ok(m) => {
                log::error!("store: {} names image {}, not {name}; left alone", m_path.display(), m.uuid);
                return None;
            }
            Err(e) => {
                log::error!("store: {} is not a manifest ({e}); image {name} is left alone, unlisted", m_path.display());
                return None;
            }
        },
        // 2. A create that did not finish: a directory with nothing in it
        //    (the temp file of its manifest went above).
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let empty = std::fs::read_dir(path).map(|mut d| d.next().is_none()).unwrap_or(false);
            if empty {
                log::warn!("store: {} holds no manifest and nothing else (an interrupted create); removing it", path.display());
                let _ = std::fs::remove_dir(path);
            } else {
                log::error!("store: {} has files but no manifest; left alone, unlisted", path.display());
            }
            return None;
        }
        Err(e) => {
            log::error!("store: reading {}: {e}; image {name} is left alone, unlisted, until it can be read", m_path.display());
            return None;
        }
    };
    // 3. An upload or download that did not finish: its partial file
    //    goes, and so does a renamed file the manifest does not vouch for
    //    yet.
    if std::fs::remove_file(path.join("file.partial")).is_ok() {
        log::info!("store: image {name}: removed the partial file of an interrupted upload");
    }
    oci::remove_leftovers(path);
    if !m.has_file() && std::fs::remove_file(path.join("file")).is_ok() {
        log::info!("store: image {name}: removed a file its manifest never recorded");
    }
    if m.state == State::Downloading {
        m.state = State::Failed;
        m.error = Some("the download was interrupted by a restart of the server".into());
        if let Err(e) = manifest::save(&m_path, &m) {
            log::warn!("store: image {name}: {e}; it shows failed all the same (the next start says so again)");
        }
    }
    Some(m)
}

#[cfg(test)]
mod tests {
    use crate::{Filter, Store};

    const GARBLED: &str = "6de01e97-d7ec-4906-bd8b-cb4eafdb7c8b";
    const UNREADABLE: &str = "0b0c6c1e-7f0e-4f57-9f44-1f1c1d0e8a11";
    const NO_MANIFEST: &str = "3f3e9c1a-5b7d-4c2e-8a9f-0d1e2f3a4b5c";
    const EMPTY: &str = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    #[test]
    fn a_start_removes_only_what_is_provably_garbage() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        // A manifest that does not parse, beside its file.
        std::fs::create_dir(d.join(GARBLED)).unwrap();
        std::fs::write(d.join(GARBLED).join("manifest.json"), b"{torn").unwrap();
        std::fs::write(d.join(GARBLED).join("file"), b"data").unwrap();
        // A manifest that cannot be read at all (reading a directory fails
        // with EISDIR, as a failing disk fails with EIO).
        std::fs::create_dir_all(d.join(UNREADABLE).join("manifest.json")).unwrap();
        std::fs::write(d.join(UNREADABLE).join("file"), b"data").unwrap();
        // Files but no manifest.
        std::fs::create_dir(d.join(NO_MANIFEST)).unwrap();
        std::fs::write(d.join(NO_MANIFEST).join("file"), b"data").unwrap();
        // An interrupted create: nothing but the temp file of its manifest.
        std::fs::create_dir(d.join(EMPTY)).unwrap();
        std::fs::write(d.join(EMPTY).join("manifest.json.tmp"), b"{").unwrap();

        let store = Store::open(d).unwrap();
        assert!(store.list(&Filter::default()).unwrap().is_empty());
        for kept in [GARBLED, UNREADABLE, NO_MANIFEST] {
            assert_eq!(std::fs::read(d.join(kept).join("file")).unwrap(), b"data", "{kept}");
        }
        assert!(d.join(GARBLED).join("manifest.json").exists());
        assert!(!d.join(EMPTY).exists());
    }

    #[test]
    fn a_store_that_could_not_be_opened_answers_503_with_the_cause() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::unavailable(dir.path(), "Input/output error (os error 5)");
        for e in [store.list(&Filter::default()).unwrap_err(), store.get(GARBLED).unwrap_err(), store.delete(GARBLED).unwrap_err()] {
            assert_eq!(e.kind.status(), 503);
            assert!(e.message.contains("could not be opened: Input/output error"), "{}", e.message);
        }
        assert!(store.find_active("a", "1").is_none());
    }
}
