#!/bin/bash
# PID 1 of the VM lane's guest (started by tests/vm/init). Starts on the
# guest's loopback a one-node Ceph (a monitor and a memstore OSD, pool
# size 1, cephx), an iSCSI target (tgtd, file-backed LUNs) and the kernel
# NFS server (v3 and v4), runs the VM test binaries against them with
# the IMAGEAPI_VM_* variables naming them, writes the verdict to
# /vm-out/status and powers the VM off.
set -uo pipefail
# All of it in one function: bash has read the whole script before it
# runs any of it, and it exits on the line that calls it, so an edit of
# the file during a run changes nothing.
main() {
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8
out=/vm-out
. "$out/config"
exec >"$out/guest.log" 2>&1
say() { echo "[$(cut -d' ' -f1 /proc/uptime)] $*"; }

verdict() {
    echo "$2" > "$out/reason"
    echo "$1" > "$out/status"
    sync
    # The kernel's own power-off: nothing of the node's userland needed.
    echo o > /proc/sysrq-trigger
}
fail() { say "guest: $*"; verdict 1 "$*"; }

# ---- 1. The system: kernel filesystems, the modules, a loopback -----------
mount -t proc proc /proc
mount -t sysfs sys /sys
# Fresh /tmp and /run (tmpfs, which overlayfs takes as an upper layer; the
# guest's root is itself an overlay). tests/vm/run refuses a tree there.
mount -t tmpfs -o mode=1777 tmp /tmp
mount -t tmpfs -o mode=0755 run /run
mkdir -p /run/lock
mkdir -p /dev/pts /dev/shm /dev/mqueue
mount -t devpts -o gid=5,mode=620,ptmxmode=666 devpts /dev/pts
mount -t tmpfs -o mode=1777 shm /dev/shm
mount -t cgroup2 cgroup2 /sys/fs/cgroup
mount -t configfs configfs /sys/kernel/config 2>/dev/null || true
mkdir -p /lib/modules
mount --bind "$MODULES" /lib/modules
hostname vm
ip link set lo up
# The block drivers only: filesystems (nfs, ext4, iso9660, squashfs, ...)
# are left for mount(2) to load on demand, as on a freshly booted node.
modules="loop rbd iscsi_tcp sd_mod"
for m in $modules; do
    modprobe "$m" || fail "modprobe $m failed"
done
say "guest: kernel $(uname -r), modules loaded"

logs=$out/servers
mkdir -p "$logs"

# ---- 2. Ceph: one monitor and one memstore OSD on 127.0.0.1 ----------------
ceph_up() {
    local fsid; fsid=$(cat /proc/sys/kernel/random/uuid)
    mkdir -p /etc/ceph /var/lib/ceph/mon/ceph-a /var/lib/ceph/osd/ceph-0 /var/log/ceph /run/ceph
    cat > /etc/ceph/ceph.conf <<EOF
[global]
fsid = $fsid
mon host = [v2:127.0.0.1:3300,v1:127.0.0.1:6789]
mon initial members = a
public network = 127.0.0.0/8
auth cluster required = cephx
auth service required = cephx
auth client required = cephx
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd crush chooseleaf type = 0
mon allow pool size one = true
mon allow pool delete = true
mon data avail warn = 1
mon data avail crit = 0
osd objectstore = memstore
memstore device bytes = 402653184
log file = $logs/ceph-\$name.log
run dir = /run/ceph
EOF
    ceph-authtool --create-keyring /tmp/mon.keyring --gen-key -n mon. --cap mon 'allow *' >/dev/null &&
    ceph-authtool --create-keyring /etc/ceph/ceph.client.admin.keyring --gen-key -n client.admin \
        --cap mon 'allow *' --cap osd 'allow *' --cap mgr 'allow *' >/dev/null &&
    ceph-authtool /tmp/mon.keyring --import-keyring /etc/ceph/ceph.client.admin.keyring >/dev/null &&
    monmaptool --create --addv a '[v2:127.0.0.1:3300,v1:127.0.0.1:6789]' --fsid "$fsid" /tmp/monmap >/dev/null &&
    ceph-mon --mkfs -i a --monmap /tmp/monmap --keyring /tmp/mon.keyring &&
    ceph-mon -i a || return 1
    local uuid; uuid=$(cat /proc/sys/kernel/random/uuid)
    local id; id=$(timeout 60 ceph osd new "$uuid") || return 1
    [ "$id" = 0 ] || return 1
    ceph-osd -i 0 --mkfs --mkkey --no-mon-config --osd-uuid "$uuid" &&
    timeout 30 ceph auth add osd.0 osd 'allow *' mon 'allow profile osd' -i /var/lib/ceph/osd/ceph-0/keyring &&
    ceph-osd -i 0 &&
    timeout 30 ceph osd pool create rbd 8 8 &&
    timeout 30 ceph osd pool application enable rbd rbd &&
    timeout 30 ceph auth get-or-create client.node mon 'profile rbd' osd 'profile rbd pool=rbd' >/dev/null &&
    # The first image waits until the OSD serves the pool's placement groups.
    timeout 90 rbd create --size 64 --image-feature layering,exclusive-lock rbd/disk &&
    timeout 30 rbd create --size 64 --image-feature layering rbd/root || return 1
    # The cephx key of client.node goes to a file only root can read, out
    # of this trace, the environment and any command line.
    (umask 077; timeout 30 ceph auth print-key client.node > /run/vm-rbd.key) || return 1
    echo "export IMAGEAPI_VM_RBD_MON=127.0.0.1 IMAGEAPI_VM_RBD_POOL=rbd IMAGEAPI_VM_RBD_USER=node IMAGEAPI_VM_RBD_KEYFILE=/run/vm-rbd.key" >> "$env"
}

# ---- 3. iSCSI: tgtd with two file-backed LUNs ---------------------------------
iscsi_up() {
    mkdir -p /var/lib/vm-iscsi /etc/iscsi
    truncate -s 32M /var/lib/vm-iscsi/lun1.img
    mkdir -p /tmp/lun1-src && echo "written on the target" > /tmp/lun1-src/hello.txt
    mkfs.ext4 -q -F -d /tmp/lun1-src /var/lib/vm-iscsi/lun1.img || return 1
    truncate -s 16M /var/lib/vm-iscsi/lun2.img
    tgtd --iscsi portal=127.0.0.1:3260 >"$logs/tgtd.log" 2>&1 || return 1
    local target=iqn.2024-01.org.example:vm-images
    local i
    for i in $(seq 50); do tgtadm --lld iscsi --mode sys --op show >/dev/null 2>&1 && break; sleep 0.2; done
    tgtadm --lld iscsi --op new --mode target --tid 1 -T "$target" &&
    tgtadm --lld iscsi --op new --mode logicalunit --tid 1 --lun 1 -b /var/lib/vm-iscsi/lun1.img &&
    tgtadm --lld iscsi --op new --mode logicalunit --tid 1 --lun 2 -b /var/lib/vm-iscsi/lun2.img &&
    tgtadm --lld iscsi --op bind --mode target --tid 1 -I ALL || return 1
    echo "InitiatorName=iqn.2024-01.org.example:vm-default" > /etc/iscsi/initiatorname.iscsi
    iscsid >"$logs/iscsid.log" 2>&1 || return 1
    echo "export IMAGEAPI_VM_ISCSI_HOST=127.0.0.1 IMAGEAPI_VM_ISCSI_TARGET=$target" >> "$env"
}

# ---- 4. NFS: one export on a tmpfs, v3 and v4 -----------------------------
nfs_up() {
    mkdir -p /srv/nfs /var/lib/nfs/v4recovery /run/rpcbind
    mount -t tmpfs -o size=64m,mode=0755 nfs-export /srv/nfs || return 1
    echo "served over NFS" > /srv/nfs/hello.txt
    # The guest's root is an overlay, which nfsd cannot export: the export
    # is the NFSv4 root itself (fsid=0), "/" to v4 clients, /srv/nfs to v3.
    echo "/srv/nfs 127.0.0.0/8(rw,no_root_squash,no_subtree_check,fsid=0,insecure)" > /etc/exports
    mount -t nfsd nfsd /proc/fs/nfsd || return 1
    # Short grace and lease times: the first opens after a start wait for
    # the grace period to end.
    echo 10 > /proc/fs/nfsd/nfsv4gracetime
    echo 10 > /proc/fs/nfsd/nfsv4leasetime
    rpcbind -w >"$logs/rpcbind.log" 2>&1 || return 1
    exportfs -ra >"$logs/exportfs.log" 2>&1 || return 1
    rpc.mountd >"$logs/mountd.log" 2>&1 || return 1
    rpc.nfsd 4 >"$logs/nfsd.log" 2>&1 || return 1
    # A port whose packets are dropped: a server that never answers.
    nft add table inet vm-silent &&
    nft add chain inet vm-silent input '{ type filter hook input priority 0; }' &&
    nft add rule inet vm-silent input tcp dport 2051 drop || return 1
    echo "export IMAGEAPI_VM_NFS_SILENT_PORT=2051" >> "$env"
    echo "export IMAGEAPI_VM_NFS_HOST=127.0.0.1 IMAGEAPI_VM_NFS_DIR=/srv/nfs IMAGEAPI_VM_NFS_PATH_V3=/srv/nfs IMAGEAPI_VM_NFS_PATH_V4=/" >> "$env"
}

# Each server is started in a subshell tracing its steps into its own log;
# what the tests need to reach it is added to $env.
env=/run/vm-servers.env
: > "$env"
# Ceph, the slowest, starts beside the others.
( set -x; ceph_up ) 2>"$logs/ceph-setup.log" &
ceph=$!
( set -x; iscsi_up ) 2>"$logs/iscsi-setup.log" || fail "the iSCSI target did not start (see servers/iscsi-setup.log)"
say "guest: iSCSI target up"
( set -x; nfs_up ) 2>"$logs/nfs-setup.log" || fail "the NFS server did not start (see servers/nfs-setup.log)"
say "guest: NFS server up"
wait "$ceph" || fail "Ceph did not start (see servers/ceph-setup.log)"
say "guest: Ceph up"
. "$env"

# ---- 5. The tests --------------------------------------------------------
export IMAGEAPI_VM=1 RUST_BACKTRACE=1
status=0
for bin in $BINS; do
    say "guest: running $bin"
    # shellcheck disable=SC2086
    "$bin" --ignored --test-threads=1 --nocapture $FILTER >>"$out/tests.log" 2>&1 || status=$?
done
# network's tests against a real export and LUN (its rbd test, which
# takes the key from the environment, stays skipped).
say "guest: running $NETWORK_BIN"
# shellcheck disable=SC2086
IMAGEAPI_TEST_NFS_HOST=$IMAGEAPI_VM_NFS_HOST IMAGEAPI_TEST_NFS_PATH=$IMAGEAPI_VM_NFS_PATH_V4 \
IMAGEAPI_TEST_ISCSI_HOST=$IMAGEAPI_VM_ISCSI_HOST IMAGEAPI_TEST_ISCSI_TARGET=$IMAGEAPI_VM_ISCSI_TARGET \
IMAGEAPI_TEST_ISCSI_INITIATOR=iqn.2024-01.org.example:vm-network IMAGEAPI_TEST_ISCSI_LUN=1 \
    "$NETWORK_BIN" --test-threads=1 --nocapture $FILTER >>"$out/tests.log" 2>&1 || status=$?
say "guest: tests done (status $status)"

# ---- 6. Nothing may be left mapped, logged in or mounted ------------------
left=$(ls /sys/bus/rbd/devices 2>/dev/null)
[ -z "$left" ] || { say "rbd devices left: $left"; status=1; }
left=$(iscsiadm -m session 2>/dev/null)
[ -z "$left" ] || { say "iSCSI sessions left: $left"; status=1; }
left=$(grep -E ' nfs4? ' /proc/mounts)
[ -z "$left" ] || { say "NFS mounts left: $left"; status=1; }
cat /proc/mounts > "$logs/mounts"
[ "$status" = 0 ] && verdict 0 "passed"
verdict "$status" "a test failed or left something behind (see the log above)"
}
main "$@"; exit $?
