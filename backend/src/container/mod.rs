//! Containers: a system image run as a namespaced process tree.
//!
//! - [`object`]: the container as a graph object and its state machine;
//! - [`runtime`]: the server-side calls (start, signal, freeze, wait);
//! - [`shim`]: the process that runs beside each container, outside the
//!   server, so containers outlive a restart of the server;
//! - [`rootfs`], [`init`]: what happens inside before the init is exec'd;
//! - [`log`]: the container's log file, capped and rotated;
//! - [`cgroup`]: the container's cgroups on v1, hybrid and v2 hosts;
//! - [`devices`], [`seccomp`]: the device allow-list and the system call
//!   filter every container runs under;
//! - [`userns`]: containers whose root is an unprivileged host uid.

pub mod cgroup;
pub mod devices;
mod idranges;
pub mod init;
pub mod log;
mod process;
mod object;
pub mod rootfs;
pub mod runtime;
pub mod seccomp;
pub mod shim;
pub mod userns;

pub use object::{check_name, set_user_policy, signal_name, validate, wrong_state, Container, State, UserPolicy, DEFAULT_STOP_TIMEOUT};
