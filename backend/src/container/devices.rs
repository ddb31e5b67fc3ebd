//! The container's device allow-list: which device nodes its processes may
//! open, whatever nodes they make. Every node may be made (mknod: an image
//! being unpacked, a `/dev` being populated), but only these may be read
//! or written:
//!
//! | node | type, major:minor |
//! |---|---|
//! | null, zero, full, random, urandom | c 1:3, 1:5, 1:7, 1:8, 1:9 |
//! | tty, console, ptmx | c 5:0, 5:1, 5:2 |
//! | the pseudo-terminals of its devpts | c 136-143:* |
//!
//! Two kernel mechanisms enforce it, and both apply where both exist:
//!
//! - cgroup v1: the `devices` controller of the container's cgroup (deny
//!   all, then allow the list), which every cgroup below it copies;
//! - cgroup v2: a `BPF_PROG_TYPE_CGROUP_DEVICE` program attached to the
//!   container's cgroup of the unified hierarchy. The kernel runs it for
//!   every open and mknod of a device node by a process in that cgroup or
//!   below, also on a hybrid host whose unified hierarchy has no controllers.
//!
//! Both sit on the parent of the container's cgroup namespace root, out of
//! its reach (see [`super::cgroup`]).
//!
//! The program is twenty-odd instructions, assembled here: a BPF toolchain
//! crate would bring an ELF loader and a build step for what fits on a page.

use std::fs;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum DevicesError {
    #[error("writing {rule:?} to {path}: {source}")]
    V1 { path: String, rule: String, source: io::Error },
    #[error("loading the device BPF program: {source}{}", if log.is_empty() { String::new() } else { format!(" ({log})") })]
    Load { source: io::Error, log: String },
    #[error("opening {path}: {source}")]
    Open { path: String, source: io::Error },
    #[error("attaching the device BPF program to {path}: {source}")]
    Attach { path: String, source: io::Error },
}

/// Character devices open to the container: (major, first minor, last minor).
pub const ALLOWED: &[(u32, u32, u32)] = &[(1, 3, 3), (1, 5, 5), (1, 7, 9), (5, 0, 2), (136, 0, u32::MAX), (137, 0, u32::MAX), (138, 0, u32::MAX), (139, 0, u32::MAX), (140, 0, u32::MAX), (141, 0, u32::MAX), (142, 0, u32::MAX), (143, 0, u32::MAX)];

/// The same list as cgroup v1 `devices.allow` lines.
pub fn v1_rules() -> Vec<String> {
    let mut rules = vec!["c *:* m".to_string(), "b *:* m".to_string()];
    for &(major, first, last) in ALLOWED {
        if last == u32::MAX {
            rules.push(format!("c {major}:* rwm"));
        } else {
            rules.extend((first..=last).map(|minor| format!("c {major}:{minor} rwm")));
        }
    }
    rules
}

/// Restrict a v1 `devices` cgroup (the container's, before it has
/// children) to the list.
pub fn restrict_v1(dir: &Path) -> Result<(), DevicesError> {
    let write = |file: &str, rule: &str| {
        let p = dir.join(file);
        fs::write(&p, rule).map_err(|e| DevicesError::V1 { path: p.display().to_string(), rule: rule.to_string(), source: e })
    };
    write("devices.deny", "a")?;
    for rule in v1_rules() {
        write("devices.allow", &rule)?;
    }
    Ok(())
}

/// One eBPF instruction (struct bpf_insn).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Insn {
    code: u8,
    regs: u8,
    off: i16,
    imm: i32,
}

const fn insn(code: u8, dst: u8, src: u8, off: i16, imm: i32) -> Insn {
    Insn { code, regs: (src << 4) | dst, off, imm }
}

// Opcodes (linux/bpf.h, linux/bpf_common.h).
const LDX_MEM_W: u8 = 0x61;
const ALU64_AND_K: u8 = 0x57;
const ALU64_RSH_K: u8 = 0x77;
const ALU64_MOV_K: u8 = 0xb7;
const ALU64_MOV_X: u8 = 0xbf;
const JMP_JEQ_K: u8 = 0x15;
const JMP_JNE_K: u8 = 0x55;
const JMP_JLT_K: u8 = 0xa5;
const JMP_JGT_K: u8 = 0x25;
const JMP_JA: u8 = 0x05;
const EXIT: u8 = 0x95;

const BPF_DEVCG_DEV_CHAR: i32 = 2;
const BPF_DEVCG_ACC_MKNOD: i32 = 1;

/// The device program: return 1 (allow) for a bare mknod of any node and
/// for a character device on the list, 0 (deny) for everything else.
///
/// r1 points at struct bpf_cgroup_dev_ctx { access_type, major, minor }
/// (u32 each); access_type is (access << 16) | type.
pub fn program() -> Vec<Insn> {
    // Jumps are to "ALLOW"/"DENY" labels, patched once their place is known.
    const TO_ALLOW: i16 = i16::MAX;
    const TO_DENY: i16 = i16::MIN;
    let mut p = vec![
        insn(LDX_MEM_W, 2, 1, 0, 0), // r2 = access_type
        insn(LDX_MEM_W, 4, 1, 4, 0), // r4 = major
        insn(LDX_MEM_W, 5, 1, 8, 0), // r5 = minor
        insn(ALU64_MOV_X, 3, 2, 0, 0), // r3 = access_type
        insn(ALU64_RSH_K, 3, 0, 0, 16), // r3 = access
        insn(JMP_JEQ_K, 3, 0, TO_ALLOW, BPF_DEVCG_ACC_MKNOD), // mknod only: allowed
        insn(ALU64_AND_K, 2, 0, 0, 0xffff), // r2 = type
        insn(JMP_JNE_K, 2, 0, TO_DENY, BPF_DEVCG_DEV_CHAR), // block devices: denied
    ];
    for &(major, first, last) in ALLOWED {
        // if major != M goto next; if minor < first goto next; if minor > last goto next; goto ALLOW
        let mut block = vec![insn(JMP_JNE_K, 4, 0, 0, major as i32)];
        if first > 0 {
            block.push(insn(JMP_JLT_K, 5, 0, 0, first as i32));
        }
        if last != u32::MAX {
            block.push(insn(JMP_JGT_K, 5, 0, 0, last as i32));
        }
        block.push(insn(JMP_JA, 0, 0, TO_ALLOW, 0));
        let n = block.len() as i16;
        for (i, ins) in block.iter_mut().enumerate().take(n as usize - 1) {
            ins.off = n - 1 - i as i16; // to the first instruction after the block
        }
        p.extend(block);
    }
    let deny = p.len();
    p.extend([insn(ALU64_MOV_K, 0, 0, 0, 0), insn(EXIT, 0, 0, 0, 0)]);
    let allow = p.len();
    p.extend([insn(ALU64_MOV_K, 0, 0, 0, 1), insn(EXIT, 0, 0, 0, 0)]);
    for (i, ins) in p.iter_mut().enumerate() {
        let target = match ins.off {
            TO_ALLOW => allow,
            TO_DENY => deny,
            _ => continue,
        };
        ins.off = (target - i - 1) as i16;
    }
    p
}

const BPF_PROG_LOAD: libc::c_long = 5;
const BPF_PROG_ATTACH: libc::c_long = 8;
const BPF_PROG_TYPE_CGROUP_DEVICE: u32 = 15;
const BPF_CGROUP_DEVICE: u32 = 6;
const BPF_F_ALLOW_MULTI: u32 = 2;

/// The leading fields of union bpf_attr for BPF_PROG_LOAD.
#[repr(C)]
#[derive(Default)]
struct ProgLoad {
    prog_type: u32,
    insn_cnt: u32,
    insns: u64,
    license: u64,
    log_level: u32,
    log_size: u32,
    log_buf: u64,
    kern_version: u32,
    prog_flags: u32,
}

/// The fields of union bpf_attr for BPF_PROG_ATTACH.
#[repr(C)]
#[derive(Default)]
struct ProgAttach {
    target_fd: u32,
    attach_bpf_fd: u32,
    attach_type: u32,
    attach_flags: u32,
}

fn bpf<T>(cmd: libc::c_long, attr: &mut T) -> io::Result<i64> {
    // SAFETY: attr is a live, initialised prefix of union bpf_attr of the
    // size passed; the kernel reads (and for PROG_LOAD's log, writes
    // through pointers we set) only within it.
    let r = unsafe { libc::syscall(libc::SYS_bpf, cmd, attr as *mut T, std::mem::size_of::<T>() as u32) };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(r)
}

/// Load the device program and attach it to the cgroup2 directory `dir`,
/// for every cgroup below it too: with `BPF_F_ALLOW_MULTI`, a program
/// attached below (systemd in the container attaches its own) runs after
/// it, and cannot replace it. The attachment lives as long as the cgroup:
/// nothing to undo.
pub fn restrict_v2(dir: &Path) -> Result<(), DevicesError> {
    let prog = program();
    let license = c"GPL";
    let load = |log: &mut [u8]| {
        let mut attr = ProgLoad {
            prog_type: BPF_PROG_TYPE_CGROUP_DEVICE,
            insn_cnt: prog.len() as u32,
            insns: prog.as_ptr() as u64,
            license: license.as_ptr() as u64,
            log_level: u32::from(!log.is_empty()),
            log_size: log.len() as u32,
            log_buf: if log.is_empty() { 0 } else { log.as_mut_ptr() as u64 },
            ..Default::default()
        };
        bpf(BPF_PROG_LOAD, &mut attr)
    };
    let fd = match load(&mut []) {
        // SAFETY: the kernel just returned this fd; nothing else owns it.
        Ok(fd) => unsafe { OwnedFd::from_raw_fd(fd as i32) },
        Err(e) => {
            // Again with the verifier's log, to say why.
            let mut log = vec![0u8; 1 << 16];
            let _ = load(&mut log);
            let end = log.iter().position(|b| *b == 0).unwrap_or(0);
            return Err(DevicesError::Load { source: e, log: String::from_utf8_lossy(&log[..end]).trim().to_string() });
        }
    };
    let cg = fs::File::open(dir).map_err(|e| DevicesError::Open { path: dir.display().to_string(), source: e })?;
    let mut attach = ProgAttach {
        target_fd: cg.as_raw_fd() as u32,
        attach_bpf_fd: fd.as_raw_fd() as u32,
        attach_type: BPF_CGROUP_DEVICE,
        attach_flags: BPF_F_ALLOW_MULTI,
    };
    bpf(BPF_PROG_ATTACH, &mut attach).map_err(|e| DevicesError::Attach { path: dir.display().to_string(), source: e })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Run the program on one access, as the kernel would.
    fn run(p: &[Insn], access: i32, ty: i32, major: u32, minor: u32) -> u64 {
        let ctx = [((access << 16) | ty) as u32, major, minor];
        let mut r = [0u64; 11];
        let mut pc = 0usize;
        loop {
            let i = p[pc];
            let (dst, src) = ((i.regs & 0xf) as usize, (i.regs >> 4) as usize);
            let imm = i.imm as i64 as u64;
            let mut next = pc + 1;
            let jump = |cond: bool| if cond { (pc as i64 + 1 + i.off as i64) as usize } else { pc + 1 };
            match i.code {
                LDX_MEM_W => r[dst] = u64::from(ctx[(r[src] + i.off as u64) as usize / 4]),
                ALU64_AND_K => r[dst] &= imm,
                ALU64_RSH_K => r[dst] >>= imm,
                ALU64_MOV_K => r[dst] = imm,
                ALU64_MOV_X => r[dst] = r[src],
                JMP_JEQ_K => next = jump(r[dst] == imm),
                JMP_JNE_K => next = jump(r[dst] != imm),
                JMP_JLT_K => next = jump(r[dst] < imm),
                JMP_JGT_K => next = jump(r[dst] > imm),
                JMP_JA => next = jump(true),
                EXIT => return r[0],
                c => panic!("unknown opcode {c:#x}"),
            }
            pc = next;
        }
    }

    #[test]
    fn program_allows_the_list_and_mknod_only() {
        let p = program();
        const READ: i32 = 2;
        const RW: i32 = 6;
        const BLOCK: i32 = 1;
        const CHAR: i32 = 2;
        for (major, minor) in [(1, 3), (1, 5), (1, 7), (1, 8), (1, 9), (5, 0), (5, 1), (5, 2), (136, 0), (136, 7), (143, 99)] {
            assert_eq!(run(&p, RW, CHAR, major, minor), 1, "c {major}:{minor}");
        }
        for (major, minor) in [(1, 1), (1, 4), (1, 6), (1, 11), (5, 3), (4, 0), (10, 200), (144, 0), (135, 0), (7, 0)] {
            assert_eq!(run(&p, READ, CHAR, major, minor), 0, "c {major}:{minor}");
        }
        assert_eq!(run(&p, READ, BLOCK, 7, 0), 0, "a loop device");
        assert_eq!(run(&p, READ, BLOCK, 1, 3), 0, "a block device with null's numbers");
        assert_eq!(run(&p, BPF_DEVCG_ACC_MKNOD, BLOCK, 8, 0), 1, "mknod alone");
        assert_eq!(run(&p, BPF_DEVCG_ACC_MKNOD | READ, BLOCK, 8, 0), 0);
    }

    #[test]
    fn v1_rules_cover_the_list() {
        let r = v1_rules();
        assert_eq!(&r[..2], ["c *:* m", "b *:* m"]);
        assert!(r.contains(&"c 1:8 rwm".to_string()) && r.contains(&"c 136:* rwm".to_string()));
        assert!(!r.iter().any(|l| l.starts_with('b') && l.ends_with("rwm")));
    }
}
