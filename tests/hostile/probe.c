/* Run inside a container by tests/hostile_container.rs: tries system calls
 * that reach the whole machine, each with arguments that change nothing
 * even where the call is allowed, and prints "<name> <errno name>" for
 * each ("<name> OK" when it succeeded). Built static, so it runs on a
 * busybox root. */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/netlink.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

static void report(const char *name, long r) {
    if (r >= 0)
        printf("probe %s OK\n", name);
    else
        printf("probe %s %s\n", name, strerrorname_np(errno));
    fflush(stdout);
}

int main(void) {
    /* An architecture no kernel has: EINVAL once the permission check passed. */
    report("kexec_load", syscall(SYS_kexec_load, 0UL, 0UL, NULL, 0x7fff0000UL));
    report("kexec_file_load", syscall(SYS_kexec_file_load, -1, -1, 0UL, NULL, 0UL));
    /* A NULL attribute: EFAULT once allowed. */
    report("bpf", syscall(SYS_bpf, 0, NULL, 0));
    report("perf_event_open", syscall(SYS_perf_event_open, NULL, 0, -1, -1, 0));
    /* The session keyring's id: the kernel keyring is not namespaced. */
    report("keyctl", syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -3 /* session */, 0));
    /* A bad fd: EBADF once allowed (the way out of a bind mount). */
    report("open_by_handle_at", syscall(SYS_open_by_handle_at, -1, NULL, 0));
    report("swapon", syscall(SYS_swapon, NULL, 0));
    report("fanotify_init", syscall(SYS_fanotify_init, 0xffffffffUL, 0));
    report("io_uring_setup", syscall(SYS_io_uring_setup, 0, NULL));
    long s = socket(AF_NETLINK, SOCK_RAW, NETLINK_AUDIT);
    report("audit_socket", s);
    if (s >= 0)
        close(s);
    return 0;
}
