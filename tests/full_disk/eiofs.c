/*
 * A passthrough FUSE filesystem that fails on command, for
 * tests/full_disk.rs: a failing disk under some files. CONTROL is read
 * at each operation that can fail: its first line is a string, and every
 * read of a file whose path contains it fails with EIO; its second line
 * is a directory's path ("/" for the top), and every fsync of that
 * directory fails with EIO; its third line is a string, and every
 * truncate of a file whose path contains it fails with EIO. Everything
 * else passes through to BACKING.
 *
 *   eiofs BACKING MOUNTPOINT CONTROL
 *
 * Runs in the foreground until MOUNTPOINT is unmounted.
 */
#define FUSE_USE_VERSION 31
#include <fuse.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

static const char *backing;
static const char *control;

/* Line `n` (0 to 2) of the control file, without its newline; empty if none. */
static void command(int n, char out[PATH_MAX]) {
    out[0] = 0;
    FILE *f = fopen(control, "r");
    if (!f) return;
    for (int i = 0; i <= n; i++) {
        if (!fgets(out, PATH_MAX, f)) {
            out[0] = 0;
            break;
        }
    }
    fclose(f);
    out[strcspn(out, "\n")] = 0;
}

static int read_fails(const char *p) {
    char what[PATH_MAX];
    command(0, what);
    return what[0] && strstr(p, what);
}

static int truncate_fails(const char *p) {
    char what[PATH_MAX];
    command(2, what);
    return what[0] && strstr(p, what);
}

static int fsyncdir_fails(const char *p) {
    char what[PATH_MAX];
    command(1, what);
    return what[0] && strcmp(p, what) == 0;
}

/* The backing path of `path` (which starts with '/'). */
static void real(char out[PATH_MAX], const char *path) {
    snprintf(out, PATH_MAX, "%s%s", backing, path);
}

#define REAL(p) char r[PATH_MAX]; real(r, p)
#define CHECK(call) return (call) == -1 ? -errno : 0

static int fs_getattr(const char *p, struct stat *st, struct fuse_file_info *fi) { (void)fi; REAL(p); CHECK(lstat(r, st)); }
static int fs_access(const char *p, int mask) { REAL(p); CHECK(access(r, mask)); }
static int fs_mkdir(const char *p, mode_t m) { REAL(p); CHECK(mkdir(r, m)); }
static int fs_unlink(const char *p) { REAL(p); CHECK(unlink(r)); }
static int fs_rmdir(const char *p) { REAL(p); CHECK(rmdir(r)); }
static int fs_chmod(const char *p, mode_t m, struct fuse_file_info *fi) { (void)fi; REAL(p); CHECK(chmod(r, m)); }
static int fs_truncate(const char *p, off_t n, struct fuse_file_info *fi) {
    if (truncate_fails(p)) return -EIO;
    if (fi) return ftruncate(fi->fh, n) == -1 ? -errno : 0;
    REAL(p); CHECK(truncate(r, n));
}
static int fs_utimens(const char *p, const struct timespec tv[2], struct fuse_file_info *fi) { (void)fi; REAL(p); CHECK(utimensat(AT_FDCWD, r, tv, AT_SYMLINK_NOFOLLOW)); }
static int fs_statfs(const char *p, struct statvfs *st) { REAL(p); CHECK(statvfs(r, st)); }

static int fs_rename(const char *from, const char *to, unsigned int flags) {
    if (flags) return -EINVAL;
    char a[PATH_MAX], b[PATH_MAX];
    real(a, from);
    real(b, to);
    CHECK(rename(a, b));
}

static int fs_readdir(const char *p, void *buf, fuse_fill_dir_t fill, off_t off, struct fuse_file_info *fi, enum fuse_readdir_flags flags) {
    (void)off; (void)fi; (void)flags;
    REAL(p);
    DIR *d = opendir(r);
    if (!d) return -errno;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (fill(buf, e->d_name, NULL, 0, 0)) break;
    }
    closedir(d);
    return 0;
}

static int fs_open(const char *p, struct fuse_file_info *fi) {
    REAL(p);
    int fd = open(r, fi->flags);
    if (fd == -1) return -errno;
    fi->fh = fd;
    fi->direct_io = 1; /* every read reaches fs_read: none is served from the page cache */
    return 0;
}

static int fs_create(const char *p, mode_t m, struct fuse_file_info *fi) {
    REAL(p);
    int fd = open(r, fi->flags, m);
    if (fd == -1) return -errno;
    fi->fh = fd;
    return 0;
}

static int fs_read(const char *p, char *buf, size_t n, off_t off, struct fuse_file_info *fi) {
    if (read_fails(p)) return -EIO;
    ssize_t got = pread(fi->fh, buf, n, off);
    return got == -1 ? -errno : (int)got;
}

static int fs_write(const char *p, const char *buf, size_t n, off_t off, struct fuse_file_info *fi) {
    (void)p;
    ssize_t put = pwrite(fi->fh, buf, n, off);
    return put == -1 ? -errno : (int)put;
}

static int fs_fsync(const char *p, int datasync, struct fuse_file_info *fi) {
    (void)p;
    if (!fi) return 0;
    return (datasync ? fdatasync(fi->fh) : fsync(fi->fh)) == -1 ? -errno : 0;
}

static int fs_fsyncdir(const char *p, int datasync, struct fuse_file_info *fi) {
    (void)fi;
    if (fsyncdir_fails(p)) return -EIO;
    REAL(p);
    int fd = open(r, O_RDONLY | O_DIRECTORY);
    if (fd == -1) return -errno;
    int rc = datasync ? fdatasync(fd) : fsync(fd);
    int err = errno;
    close(fd);
    return rc == -1 ? -err : 0;
}

static int fs_release(const char *p, struct fuse_file_info *fi) { (void)p; close(fi->fh); return 0; }

static const struct fuse_operations ops = {
    .getattr = fs_getattr, .access = fs_access, .mkdir = fs_mkdir, .unlink = fs_unlink, .rmdir = fs_rmdir,
    .rename = fs_rename, .chmod = fs_chmod, .truncate = fs_truncate, .utimens = fs_utimens, .statfs = fs_statfs,
    .readdir = fs_readdir, .open = fs_open, .create = fs_create, .read = fs_read, .write = fs_write,
    .fsync = fs_fsync, .fsyncdir = fs_fsyncdir, .release = fs_release,
};

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: eiofs BACKING MOUNTPOINT CONTROL\n");
        return 2;
    }
    backing = argv[1];
    control = argv[3];
    /* Foreground, single-threaded, no caching of what the backing dir holds. */
    char *args[] = {argv[0], "-f", "-s", "-o", "entry_timeout=0,attr_timeout=0", argv[2], NULL};
    return fuse_main(6, args, &ops, NULL);
}
