//! The kernel keyring: how a secret reaches a kernel client by name.
//!
//! A key added to the process keyring can be named in a kernel option
//! (`key=<description>` for libceph), so the secret itself never appears
//! in an option string, in sysfs (`config_info`) or in a log. The client
//! copies the key when it parses its options; the key is revoked as soon as
//! the caller drops it.

use nix::errno::Errno;
use std::ffi::CString;

const KEY_SPEC_PROCESS_KEYRING: libc::c_long = -2;
const KEYCTL_INVALIDATE: libc::c_long = 21;
const KEYCTL_UNLINK: libc::c_long = 9;

/// A key in this process's keyring; invalidated when dropped.
#[derive(Debug)]
pub struct Key {
    serial: libc::c_long,
    description: String,
}

impl Key {
    /// Add `payload` as a key of `key_type` ("ceph") named `description`.
    pub fn add(key_type: &str, description: &str, payload: &[u8]) -> Result<Key, Errno> {
        let ty = CString::new(key_type).map_err(|_| Errno::EINVAL)?;
        let desc = CString::new(description).map_err(|_| Errno::EINVAL)?;
        // SAFETY: both strings are NUL-terminated and the payload pointer and
        // length describe one live slice; add_key copies them before returning.
        let serial = unsafe {
            libc::syscall(
                libc::SYS_add_key,
                ty.as_ptr(),
                desc.as_ptr(),
                payload.as_ptr(),
                payload.len(),
                KEY_SPEC_PROCESS_KEYRING,
            )
        };
        if serial < 0 {
            return Err(Errno::last());
        }
        Ok(Key { serial, description: description.to_string() })
    }

    pub fn description(&self) -> &str {
        &self.description
    }
}

impl Drop for Key {
    fn drop(&mut self) {
        // SAFETY: keyctl takes plain integers; a stale serial only fails.
        let r = unsafe { libc::syscall(libc::SYS_keyctl, KEYCTL_INVALIDATE, self.serial) };
        if r < 0 {
            // Older kernels lack invalidate: at least take it off our keyring.
            // SAFETY: as above.
            unsafe { libc::syscall(libc::SYS_keyctl, KEYCTL_UNLINK, self.serial, KEY_SPEC_PROCESS_KEYRING) };
        }
    }
}

/// Read the payload of the key `description` of `key_type` that this
/// process can find (what a kernel client's request_key would get).
#[cfg(test)]
pub fn read(key_type: &str, description: &str) -> Result<Vec<u8>, Errno> {
    const KEYCTL_SEARCH: libc::c_long = 10;
    const KEYCTL_READ: libc::c_long = 11;
    let ty = CString::new(key_type).unwrap();
    let desc = CString::new(description).unwrap();
    // SAFETY: NUL-terminated strings; the kernel only reads them.
    let serial = unsafe { libc::syscall(libc::SYS_keyctl, KEYCTL_SEARCH, KEY_SPEC_PROCESS_KEYRING, ty.as_ptr(), desc.as_ptr(), 0) };
    if serial < 0 {
        return Err(Errno::last());
    }
    let mut buf = vec![0u8; 4096];
    // SAFETY: buf is a writable buffer of the length passed.
    let n = unsafe { libc::syscall(libc::SYS_keyctl, KEYCTL_READ, serial, buf.as_mut_ptr(), buf.len()) };
    if n < 0 {
        return Err(Errno::last());
    }
    buf.truncate(n as usize);
    Ok(buf)
}
