//! The container's system call filter, installed by the init just before
//! it execs (and so inherited by every process of the container).
//!
//! It is an allow-list of the calls an operating system needs to run as a
//! container: files, processes, signals, sockets, timers, IPC, mounts in
//! its own mount namespace, credentials, scheduling. Everything else is
//! refused, in three filters stacked in this order (the kernel applies
//! all of them; for the same kind of answer the last one installed wins):
//!
//! 1. the allow-list; any call not on it fails with ENOSYS, which is what
//!    a kernel without that call would answer, so C libraries and systemd
//!    fall back to an older call where there is one;
//! 2. calls that reach the whole machine (kexec, kernel modules, bpf,
//!    perf, the kernel keyring, swap, raw I/O ports, the clock, syslog,
//!    accounting, quotas, fanotify, file handles) fail with EPERM;
//! 3. audit netlink sockets fail with EAFNOSUPPORT (audit is not
//!    namespaced; its userspace takes that answer as "audit is off").
//!
//! The set follows systemd-nspawn's default (its `@...` groups for the
//! capabilities a container keeps, see [`super::init::KEEP_CAPS`]), and
//! leaves out io_uring (a large attack surface that nothing in a system
//! image needs), `pidfd_getfd` and 32-bit system calls (another
//! architecture in the seccomp data kills the process).
//!
//! No-new-privileges is not set: setuid programs in the container keep
//! working. The init holds CAP_SYS_ADMIN here, which is what lets it
//! install a filter without it.

use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter, SeccompRule, TargetArch,
};
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
pub enum SeccompError {
    #[error("building the {what} seccomp filter: {source}")]
    Build { what: &'static str, source: seccompiler::BackendError },
    #[error("this architecture has no container seccomp filter")]
    Arch,
    #[error("installing the {what} seccomp filter: {source}")]
    Install { what: &'static str, source: std::io::Error },
}

/// `(name, number)` of each `libc::SYS_<name>`.
macro_rules! calls {
    ($($name:ident),* $(,)?) => { &[$((stringify!($name), libc::$name)),*] };
}

/// The allow-list, common to every 64-bit architecture.
const ALLOWED: &[(&str, libc::c_long)] = calls![
    // asynchronous I/O (not io_uring)
    SYS_io_cancel, SYS_io_destroy, SYS_io_getevents, SYS_io_setup, SYS_io_submit,
    // basic I/O
    SYS_close, SYS_close_range, SYS_dup, SYS_dup3, SYS_lseek, SYS_pread64, SYS_preadv, SYS_preadv2, SYS_pwrite64,
    SYS_pwritev, SYS_pwritev2, SYS_read, SYS_readv, SYS_write, SYS_writev,
    // ownership
    SYS_fchown, SYS_fchownat,
    // always permitted
    SYS_clock_getres, SYS_clock_gettime, SYS_clock_nanosleep, SYS_execve, SYS_exit, SYS_exit_group, SYS_futex,
    SYS_futex_waitv, SYS_get_robust_list, SYS_getegid, SYS_geteuid, SYS_getgid, SYS_getgroups, SYS_getpgid,
    SYS_getpid, SYS_getppid, SYS_getresgid, SYS_getresuid, SYS_getsid, SYS_gettid, SYS_gettimeofday, SYS_getuid,
    SYS_membarrier, SYS_nanosleep, SYS_prlimit64, SYS_restart_syscall, SYS_rseq, SYS_rt_sigreturn, SYS_sched_yield,
    SYS_set_robust_list, SYS_set_tid_address,
    // files and directories
    SYS_chdir, SYS_faccessat, SYS_faccessat2, SYS_fallocate, SYS_fchdir, SYS_fchmod, SYS_fchmodat, SYS_fchmodat2,
    SYS_fcntl, SYS_fgetxattr, SYS_flistxattr, SYS_fremovexattr, SYS_fsetxattr, SYS_fstat, SYS_fstatfs, SYS_ftruncate,
    SYS_getcwd, SYS_getdents64, SYS_getxattr, SYS_inotify_add_watch, SYS_inotify_init1, SYS_inotify_rm_watch,
    SYS_lgetxattr, SYS_linkat, SYS_listxattr, SYS_llistxattr, SYS_lremovexattr, SYS_lsetxattr, SYS_mkdirat,
    SYS_mknodat, SYS_mmap, SYS_munmap, SYS_newfstatat, SYS_openat, SYS_openat2, SYS_readlinkat, SYS_removexattr,
    SYS_renameat2, SYS_setxattr, SYS_statfs, SYS_statx, SYS_symlinkat, SYS_truncate, SYS_unlinkat, SYS_utimensat,
    // event loops
    SYS_epoll_create1, SYS_epoll_ctl, SYS_epoll_pwait, SYS_epoll_pwait2, SYS_eventfd2, SYS_ppoll, SYS_pselect6,
    // IPC
    SYS_memfd_create, SYS_mq_getsetattr, SYS_mq_notify, SYS_mq_open, SYS_mq_timedreceive, SYS_mq_timedsend,
    SYS_mq_unlink, SYS_msgctl, SYS_msgget, SYS_msgrcv, SYS_msgsnd, SYS_pipe2, SYS_process_vm_readv,
    SYS_process_vm_writev, SYS_semctl, SYS_semget, SYS_semop, SYS_semtimedop, SYS_shmat, SYS_shmctl, SYS_shmdt,
    SYS_shmget,
    // mounts (of the container's own mount namespace)
    SYS_chroot, SYS_fsconfig, SYS_fsmount, SYS_fsopen, SYS_fspick, SYS_mount, SYS_mount_setattr, SYS_move_mount,
    SYS_open_tree, SYS_pivot_root, SYS_umount2,
    // sockets
    SYS_accept, SYS_accept4, SYS_bind, SYS_connect, SYS_getpeername, SYS_getsockname, SYS_getsockopt, SYS_listen,
    SYS_recvfrom, SYS_recvmmsg, SYS_recvmsg, SYS_sendmmsg, SYS_sendmsg, SYS_sendto, SYS_setsockopt, SYS_shutdown,
    SYS_socket, SYS_socketpair,
    // processes and namespaces
    SYS_capget, SYS_capset, SYS_clone, SYS_clone3, SYS_execveat, SYS_getrusage, SYS_kill, SYS_pidfd_open,
    SYS_pidfd_send_signal, SYS_prctl, SYS_ptrace, SYS_rt_sigqueueinfo, SYS_rt_tgsigqueueinfo, SYS_setns, SYS_tgkill,
    SYS_times, SYS_tkill, SYS_unshare, SYS_wait4, SYS_waitid, SYS_reboot,
    // resources and scheduling
    SYS_ioprio_get, SYS_ioprio_set, SYS_mbind, SYS_migrate_pages, SYS_move_pages, SYS_sched_get_priority_max,
    SYS_sched_get_priority_min, SYS_sched_getaffinity, SYS_sched_getattr, SYS_sched_getparam, SYS_sched_getscheduler,
    SYS_sched_rr_get_interval, SYS_sched_setaffinity, SYS_sched_setattr, SYS_sched_setparam, SYS_sched_setscheduler,
    SYS_set_mempolicy, SYS_set_mempolicy_home_node, SYS_get_mempolicy, SYS_setpriority, SYS_getpriority, SYS_getcpu,
    // credentials
    SYS_setfsgid, SYS_setfsuid, SYS_setgid, SYS_setgroups, SYS_setregid, SYS_setresgid, SYS_setresuid, SYS_setreuid,
    SYS_setuid, SYS_setpgid, SYS_setsid,
    // signals
    SYS_rt_sigaction, SYS_rt_sigpending, SYS_rt_sigprocmask, SYS_rt_sigsuspend, SYS_rt_sigtimedwait, SYS_sigaltstack,
    SYS_signalfd4,
    // sync
    SYS_fdatasync, SYS_fsync, SYS_msync, SYS_sync, SYS_sync_file_range, SYS_syncfs,
    // timers
    SYS_getitimer, SYS_setitimer, SYS_timer_create, SYS_timer_delete, SYS_timer_getoverrun, SYS_timer_gettime,
    SYS_timer_settime, SYS_timerfd_create, SYS_timerfd_gettime, SYS_timerfd_settime,
    // memory and the rest of an ordinary process's needs
    SYS_brk, SYS_madvise, SYS_mincore, SYS_mprotect, SYS_mremap, SYS_mseal, SYS_remap_file_pages, SYS_copy_file_range,
    SYS_fadvise64, SYS_flock, SYS_getrandom, SYS_ioctl, SYS_kcmp, SYS_name_to_handle_at, SYS_personality,
    SYS_readahead, SYS_seccomp, SYS_sendfile, SYS_setdomainname, SYS_sethostname, SYS_splice, SYS_sysinfo, SYS_tee,
    SYS_umask, SYS_uname, SYS_userfaultfd, SYS_vmsplice, SYS_vhangup, SYS_landlock_create_ruleset,
    SYS_landlock_add_rule, SYS_landlock_restrict_self,
];

/// The older calls that x86_64 still has beside their `*at` forms.
#[cfg(target_arch = "x86_64")]
const ALLOWED_LEGACY: &[(&str, libc::c_long)] = calls![
    SYS_access, SYS_alarm, SYS_arch_prctl, SYS_chmod, SYS_chown, SYS_creat, SYS_dup2, SYS_epoll_create, SYS_epoll_wait,
    SYS_eventfd, SYS_fork, SYS_futimesat, SYS_getdents, SYS_getpgrp, SYS_getrlimit, SYS_inotify_init, SYS_lchown,
    SYS_link, SYS_lstat, SYS_mkdir, SYS_mknod, SYS_open, SYS_pause, SYS_pipe, SYS_poll, SYS_readlink, SYS_rename,
    SYS_renameat, SYS_rmdir, SYS_select, SYS_setrlimit, SYS_signalfd, SYS_stat, SYS_symlink, SYS_time, SYS_unlink,
    SYS_utime, SYS_utimes, SYS_vfork, SYS_get_thread_area, SYS_set_thread_area,
];
#[cfg(not(target_arch = "x86_64"))]
const ALLOWED_LEGACY: &[(&str, libc::c_long)] = &[];

/// Calls that reach the whole machine: refused with EPERM.
const DENIED: &[(&str, libc::c_long)] = calls![
    SYS_kexec_load, SYS_kexec_file_load, SYS_init_module, SYS_finit_module, SYS_delete_module, SYS_bpf,
    SYS_perf_event_open, SYS_add_key, SYS_keyctl, SYS_request_key, SYS_open_by_handle_at, SYS_swapon, SYS_swapoff,
    SYS_acct, SYS_syslog, SYS_settimeofday, SYS_clock_settime, SYS_clock_adjtime, SYS_adjtimex, SYS_quotactl,
    SYS_fanotify_init, SYS_fanotify_mark, SYS_lookup_dcookie, SYS_pidfd_getfd, SYS_io_uring_setup,
    SYS_io_uring_enter, SYS_io_uring_register, SYS_mlock, SYS_mlock2, SYS_mlockall, SYS_pkey_alloc,
    SYS_pkey_mprotect, SYS_pkey_free,
];
#[cfg(target_arch = "x86_64")]
const DENIED_ARCH: &[(&str, libc::c_long)] = calls![SYS_iopl, SYS_ioperm, SYS_modify_ldt, SYS__sysctl, SYS_uselib, SYS_ustat, SYS_sysfs];
#[cfg(not(target_arch = "x86_64"))]
const DENIED_ARCH: &[(&str, libc::c_long)] = &[];

const NETLINK_AUDIT: u64 = 9;

fn arch() -> Result<TargetArch, SeccompError> {
    if cfg!(target_arch = "x86_64") {
        Ok(TargetArch::x86_64)
    } else if cfg!(target_arch = "aarch64") {
        Ok(TargetArch::aarch64)
    } else {
        Err(SeccompError::Arch)
    }
}

/// Every call of `list` matches, whatever its arguments.
fn unconditional(lists: &[&[(&str, libc::c_long)]]) -> BTreeMap<i64, Vec<SeccompRule>> {
    lists.iter().flat_map(|l| l.iter()).map(|(_, nr)| (*nr, Vec::new())).collect()
}

fn compile(what: &'static str, rules: BTreeMap<i64, Vec<SeccompRule>>, other: SeccompAction, matched: SeccompAction) -> Result<BpfProgram, SeccompError> {
    let build = |e| SeccompError::Build { what, source: e };
    let filter = SeccompFilter::new(rules, other, matched, arch()?).map_err(build)?;
    filter.try_into().map_err(build)
}

/// The three filters, in the order they are to be installed.
pub fn filters() -> Result<Vec<(&'static str, BpfProgram)>, SeccompError> {
    let allow = compile(
        "allow-list",
        unconditional(&[ALLOWED, ALLOWED_LEGACY]),
        SeccompAction::Errno(libc::ENOSYS as u32),
        SeccompAction::Allow,
    )?;
    let deny = compile("deny", unconditional(&[DENIED, DENIED_ARCH]), SeccompAction::Allow, SeccompAction::Errno(libc::EPERM as u32))?;
    let cond = |arg, value| SeccompCondition::new(arg, SeccompCmpArgLen::Dword, SeccompCmpOp::Eq, value);
    let audit_rule = cond(0, libc::AF_NETLINK as u64)
        .and_then(|a| SeccompRule::new(vec![a, cond(2, NETLINK_AUDIT)?]))
        .map_err(|e| SeccompError::Build { what: "audit", source: e })?;
    let audit = compile(
        "audit",
        BTreeMap::from([(libc::SYS_socket, vec![audit_rule])]),
        SeccompAction::Allow,
        SeccompAction::Errno(libc::EAFNOSUPPORT as u32),
    )?;
    Ok(vec![("allow-list", allow), ("deny", deny), ("audit", audit)])
}

/// Install the filters on the calling thread (the init, about to exec).
pub fn install() -> Result<(), SeccompError> {
    for (what, prog) in filters()? {
        let fprog = libc::sock_fprog { len: prog.len() as u16, filter: prog.as_ptr() as *mut libc::sock_filter };
        // SAFETY: fprog points at `prog`'s instructions, which outlive the
        // call; the kernel copies the program before returning.
        let r = unsafe { libc::syscall(libc::SYS_seccomp, libc::SECCOMP_SET_MODE_FILTER, 0, &fprog as *const libc::sock_fprog) };
        if r < 0 {
            return Err(SeccompError::Install { what, source: std::io::Error::last_os_error() });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_build_and_lists_do_not_overlap() {
        let f = filters().unwrap();
        assert_eq!(f.len(), 3);
        assert!(f.iter().all(|(_, p)| !p.is_empty() && p.len() < 4096));
        for (name, nr) in DENIED.iter().chain(DENIED_ARCH) {
            assert!(!ALLOWED.iter().chain(ALLOWED_LEGACY).any(|(_, a)| a == nr), "{name} is both allowed and denied");
        }
    }
}
