#!/bin/bash
# A fake open-iscsi iscsiadm for tests (see iscsi/tests.rs and
# tests/network.rs): it appends its arguments to $R/state/calls, keeps
# interfaces in $R/state, lists $R/state/targets on discovery, and on login
# makes session1 in the fake sysfs $R/sys the way the kernel shows it, with
# LUN 0 as sdx and LUN 1 as sdy. @ROOT@ is replaced by the fake's root.
R=@ROOT@
echo "$*" >> $R/state/calls
T= I=
args=("$@")
for ((i=0; i<$#; i++)); do
  case "${args[i]}" in -T) T=${args[i+1]};; -I) I=${args[i+1]};; esac
done
S=$R/sys/class/iscsi_session/session1
case "$*" in
  *"-m iface"*"-o show"*) [ -e $R/state/iface-$I ] || { echo "iscsiadm: Could not read iface $I (6)" >&2; exit 21; } ;;
  *"-m iface"*"-o new"*) touch $R/state/iface-$I ;;
  *"-m discovery"*) cat $R/state/targets ;;
  *"--login"*)
    [ -e $S ] && { echo "iscsiadm: default: 1 session requested, but 1 already present." >&2; exit 15; }
    mkdir -p $S $R/sys/class/iscsi_connection/connection1:0
    echo "$T" > $S/targetname; echo "$I" > $S/ifacename
    echo 127.0.0.1 > $R/sys/class/iscsi_connection/connection1:0/persistent_address
    echo 3260 > $R/sys/class/iscsi_connection/connection1:0/persistent_port
    for l in 0:sdx 1:sdy; do
      mkdir -p $S/device/target2:0:0/2:0:0:${l%:*}/block/${l#*:} $R/sys/block/${l#*:}/queue
      echo "[none] mq-deadline kyber bfq" > $R/sys/block/${l#*:}/queue/scheduler
      touch $R/dev/${l#*:}
    done ;;
  *"--logout"*) rm -rf $S $R/sys/class/iscsi_connection/connection1:0 $R/sys/block $R/dev/sd* ;;
esac
exit 0
