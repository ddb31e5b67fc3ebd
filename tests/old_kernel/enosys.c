/* Run a command as on an older kernel: every x86_64 system call numbered
 * FIRST or above answers ENOSYS, for the command and everything it starts
 * (the filter is inherited across fork and exec).
 *
 *   enosys FIRST COMMAND [ARGS...]
 *
 * 424 (pidfd_send_signal, Linux 5.1) is the first call Linux 4.18 lacks:
 * every call from there up came later, and 4.18 has all below it that
 * x86_64 numbers (io_pgetevents and rseq, 333 and 334, came with 4.18).
 * Needs CAP_SYS_ADMIN or sets no_new_privs. */
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s FIRST COMMAND [ARGS...]\n", argv[0]);
        return 2;
    }
    unsigned first = (unsigned)strtoul(argv[1], NULL, 10);
    struct sock_filter filter[] = {
        /* Other ABIs (i386, x32) pass untouched. */
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 0, 4),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 2, 0), /* x32 numbers */
        BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, first, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog prog = {.len = sizeof(filter) / sizeof(filter[0]), .filter = filter};
    if (geteuid() != 0 && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        perror("prctl(PR_SET_NO_NEW_PRIVS)");
        return 1;
    }
    if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0) {
        perror("seccomp");
        return 1;
    }
    execvp(argv[2], argv + 2);
    perror(argv[2]);
    return 127;
}
