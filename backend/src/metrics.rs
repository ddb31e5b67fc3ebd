//! The server's metrics, rendered in the OpenMetrics text format (which
//! Prometheus reads) with prometheus-client: objects by kind and state
//! (counted from the graph at each scrape), requests by operation and
//! status with latency histograms, kernel steps (attach, mount, start,
//! stop) with their durations, container exits by reason, and what the
//! image store's serve listener answered (requests by status, body bytes).
//!
//! Recording costs a few relaxed atomic additions and nothing else: every
//! histogram is a fixed array of atomic counters in a static, indexed by
//! small tables, so the request path takes no lock and allocates nothing.
//! prometheus-client's own histograms lock on every observation, so they
//! are used only to encode, through a collector, at scrape time.

use crate::graph::Item;
use crate::Backend;
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeMetric, NoLabelSet};
use prometheus_client::metrics::counter::ConstCounter;
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::metrics::MetricType;
use prometheus_client::registry::{Registry, Unit};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Upper bounds of the request latency buckets, in microseconds.
const REQUEST_BOUNDS: [u64; 13] = [100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 1_000_000, 10_000_000];
/// Upper bounds of the kernel step buckets, in microseconds.
const STEP_BOUNDS: [u64; 11] = [1_000, 5_000, 10_000, 50_000, 100_000, 500_000, 1_000_000, 5_000_000, 10_000_000, 30_000_000, 60_000_000];

/// The statuses counted one by one; any other falls in the last slot.
const STATUSES: [u16; 16] = [200, 201, 400, 403, 404, 405, 408, 409, 413, 415, 422, 500, 501, 503, 507, 0];
/// Operations of the spec, plus one slot for requests that match none.
const MAX_OPERATIONS: usize = 96;

/// The kernel steps: (step, kind) and the names of their two outcomes.
const STEPS: [(&str, &str); 11] = [
    ("attach", "iscsi"),
    ("attach", "local"),
    ("attach", "loopback"),
    ("attach", "rbd"),
    ("mount", "attach"),
    ("mount", "bind"),
    ("mount", "nfs"),
    ("mount", "overlay"),
    ("mount", "uri"),
    ("start", "container"),
    ("stop", "container"),
];

/// How a container's init ended (the `reason` label of exits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Exited with status 0.
    Success,
    /// Exited with another status.
    Failure,
    /// Ended by a signal after a stop was asked for.
    Stopped,
    /// Ended by a signal nobody asked for.
    Killed,
    /// Asked for a reboot (systemd).
    Reboot,
    /// Ended while the server was down; how is not known.
    Unknown,
    /// Could not be started at all.
    StartFailed,
}

const EXITS: [(Exit, &str); 7] = [
    (Exit::Success, "success"),
    (Exit::Failure, "failure"),
    (Exit::Stopped, "stopped"),
    (Exit::Killed, "killed"),
    (Exit::Reboot, "reboot"),
    (Exit::Unknown, "unknown"),
    (Exit::StartFailed, "start_failed"),
];

/// A histogram of atomic counters; `N` buckets plus +Inf.
struct Histogram<const N: usize> {
    buckets: [AtomicU64; N],
    inf: AtomicU64,
    sum_us: AtomicU64,
}

impl<const N: usize> Histogram<N> {
    const fn new() -> Self {
        Histogram { buckets: [const { AtomicU64::new(0) }; N], inf: AtomicU64::new(0), sum_us: AtomicU64::new(0) }
    }

    fn observe(&self, bounds: &[u64; N], d: Duration) {
        let us = d.as_micros().min(u64::MAX as u128) as u64;
        match bounds.iter().position(|b| us <= *b) {
            Some(i) => self.buckets[i].fetch_add(1, Relaxed),
            None => self.inf.fetch_add(1, Relaxed),
        };
        self.sum_us.fetch_add(us, Relaxed);
    }

    /// (sum in seconds, count, per-bucket counts with their bounds in seconds).
    fn snapshot(&self, bounds: &[u64; N]) -> (f64, u64, Vec<(f64, u64)>) {
        let mut buckets: Vec<(f64, u64)> = bounds.iter().zip(&self.buckets).map(|(b, c)| (*b as f64 / 1e6, c.load(Relaxed))).collect();
        // prometheus-client writes the bound f64::MAX as "+Inf".
        buckets.push((f64::MAX, self.inf.load(Relaxed)));
        let count = buckets.iter().map(|(_, c)| c).sum();
        (self.sum_us.load(Relaxed) as f64 / 1e6, count, buckets)
    }
}

type RequestHistogram = Histogram<{ REQUEST_BOUNDS.len() }>;
type StepHistogram = Histogram<{ STEP_BOUNDS.len() }>;

static REQUESTS: [[RequestHistogram; STATUSES.len()]; MAX_OPERATIONS] =
    [const { [const { RequestHistogram::new() }; STATUSES.len()] }; MAX_OPERATIONS];
/// Per step: outcome 0 (ok; for stop: ended after the polite signal) and
/// outcome 1 (error; for stop: had to be killed).
static STEP_TIMES: [[StepHistogram; 2]; STEPS.len()] = [const { [const { StepHistogram::new() }; 2] }; STEPS.len()];
static EXIT_COUNTS: [AtomicU64; EXITS.len()] = [const { AtomicU64::new(0) }; EXITS.len()];

/// The operations of the spec: (method, path with the base path, id).
static OPERATIONS: OnceLock<Vec<(&'static str, &'static str, &'static str)>> = OnceLock::new();
static STARTED: OnceLock<Instant> = OnceLock::new();

/// Name the operations requests are counted by (from the spec, once at
/// startup). The slot after them counts requests that match none.
pub fn set_operations(ops: Vec<(&'static str, &'static str, &'static str)>) {
    let mut ops = ops;
    // Literal paths first, then templates with fewer parameters, so the
    // first match is the most specific (`/container/byname/{name}` before
    // `/container/{id}/{state}`).
    ops.sort_by_key(|(_, p, _)| p.matches('{').count());
    ops.truncate(MAX_OPERATIONS - 1);
    let _ = OPERATIONS.set(ops);
    STARTED.get_or_init(Instant::now);
}

/// The slot of a request's operation (cheap: a few string comparisons).
pub fn operation(method: &str, path: &str) -> usize {
    let ops = OPERATIONS.get().map(Vec::as_slice).unwrap_or_default();
    ops.iter().position(|(m, p, _)| m.eq_ignore_ascii_case(method) && path_matches(p, path)).unwrap_or(ops.len())
}

/// Whether `path` is an instance of the spec's `template`, where a
/// `{name}` segment stands for any one segment. No allocation.
fn path_matches(template: &str, path: &str) -> bool {
    if !template.contains('{') {
        return template == path;
    }
    let (mut t, mut p) = (template.split('/'), path.split('/'));
    loop {
        match (t.next(), p.next()) {
            (None, None) => return true,
            (Some(ts), Some(ps)) if ts == ps || (ts.starts_with('{') && ts.ends_with('}') && !ps.is_empty()) => {}
            _ => return false,
        }
    }
}

/// Count one answered request.
pub fn request(operation: usize, status: u16, elapsed: Duration) {
    let s = STATUSES.iter().position(|c| *c == status).unwrap_or(STATUSES.len() - 1);
    REQUESTS[operation.min(MAX_OPERATIONS - 1)][s].observe(&REQUEST_BOUNDS, elapsed);
}

/// Time one kernel step (`step` of `kind`, as in [`STEPS`]).
pub fn step(step: &str, kind: &str, ok: bool, elapsed: Duration) {
    if let Some(i) = STEPS.iter().position(|(s, k)| *s == step && *k == kind) {
        STEP_TIMES[i][usize::from(!ok)].observe(&STEP_BOUNDS, elapsed);
    }
}

/// Run `f` as the kernel step `step` of `kind`, timing it.
pub fn timed<T, E>(step_name: &str, kind: &str, f: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
    let t = Instant::now();
    let r = f();
    step(step_name, kind, r.is_ok(), t.elapsed());
    r
}

/// Count one container end.
pub fn exit(how: Exit) {
    if let Some(i) = EXITS.iter().position(|(e, _)| *e == how) {
        EXIT_COUNTS[i].fetch_add(1, Relaxed);
    }
}

/// Seconds since the server named its operations (its start).
pub fn uptime() -> Duration {
    STARTED.get().map(|t| t.elapsed()).unwrap_or_default()
}

/// Every metric, in the OpenMetrics text format.
pub fn render(backend: &Backend) -> String {
    let mut registry = Registry::default();
    registry.register_collector(Box::new(Scrape { backend: backend.clone() }));
    let mut out = String::with_capacity(16 * 1024);
    // Writing into a String cannot fail.
    let _ = prometheus_client::encoding::text::encode(&mut out, &registry);
    out
}

/// What one scrape reads: the graph for the gauges, the statics for the rest.
struct Scrape {
    backend: Backend,
}

impl std::fmt::Debug for Scrape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Scrape")
    }
}

impl Scrape {
    /// Objects counted by (noun, kind, state) under the graph lock.
    fn objects(&self) -> BTreeMap<(&'static str, String, String), i64> {
        let mut counts = BTreeMap::new();
        let g = self.backend.read();
        for o in g.objects.values() {
            let key = match &o.item {
                Item::Attach { model, .. } => ("attach", model.kind.map(|k| k.to_string()).unwrap_or_default(), "ready".to_string()),
                Item::Mount { model, .. } => ("mount", model.kind.map(|k| k.to_string()).unwrap_or_default(), "ready".to_string()),
                Item::Container(c) => ("container", if c.systemd() { "systemd" } else { "plain" }.to_string(), c.state_name()),
            };
            *counts.entry(key).or_insert(0) += 1;
        }
        counts
    }
}

impl Collector for Scrape {
    fn encode(&self, mut enc: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let version = ConstGauge::new(1i64);
        let mut m = enc.encode_descriptor("imageapi_build_info", "The server's version.", None, MetricType::Gauge)?;
        version.encode(m.encode_family(&[("version", env!("CARGO_PKG_VERSION"))])?)?;

        let mut m = enc.encode_descriptor("imageapi_objects", "Objects in the graph by noun, kind and state.", None, MetricType::Gauge)?;
        for ((noun, kind, state), n) in self.objects() {
            ConstGauge::new(n).encode(m.encode_family(&[("noun", noun), ("kind", &kind), ("state", &state)])?)?;
        }

        let spaces = self.backend.spaces();
        let mut m = enc.encode_descriptor(
            "imageapi_disk_free",
            "Free bytes on the filesystem of each directory the server writes (state, run, store).",
            Some(&Unit::Bytes),
            MetricType::Gauge,
        )?;
        for r in &spaces {
            let path = r.path.display().to_string();
            ConstGauge::new(r.free as i64).encode(m.encode_family(&[("dir", r.dir), ("path", path.as_str())])?)?;
        }
        let mut m = enc.encode_descriptor(
            "imageapi_disk_size",
            "Size in bytes of the filesystem of each directory the server writes.",
            Some(&Unit::Bytes),
            MetricType::Gauge,
        )?;
        for r in &spaces {
            let path = r.path.display().to_string();
            ConstGauge::new(r.size as i64).encode(m.encode_family(&[("dir", r.dir), ("path", path.as_str())])?)?;
        }
        let m = enc.encode_descriptor(
            "imageapi_journal_reserve",
            "1 while the reserve that keeps deletes recordable on a full state directory is in place, 0 once it was used.",
            None,
            MetricType::Gauge,
        )?;
        ConstGauge::new(self.backend.reserve_held() as i64).encode(m)?;

        let ops = OPERATIONS.get().map(Vec::as_slice).unwrap_or_default();
        let mut m = enc.encode_descriptor(
            "imageapi_http_request_duration",
            "Requests by operation and status: how long the answer took (to its first byte, for a streamed one).",
            Some(&Unit::Seconds),
            MetricType::Histogram,
        )?;
        for (o, per_status) in REQUESTS.iter().enumerate().take(ops.len() + 1) {
            let name = ops.get(o).map(|(_, _, id)| *id).unwrap_or("other");
            for (s, h) in per_status.iter().enumerate() {
                let (sum, count, buckets) = h.snapshot(&REQUEST_BOUNDS);
                if count == 0 {
                    continue;
                }
                let status = if STATUSES[s] == 0 { "other".to_string() } else { STATUSES[s].to_string() };
                m.encode_family(&[("operation", name), ("status", &status)])?
                    .encode_histogram::<NoLabelSet>(sum, count, &buckets, None)?;
            }
        }

        let mut m = enc.encode_descriptor(
            "imageapi_kernel_step_duration",
            "Kernel steps by step, kind and outcome (stop: stopped after the polite signal, or killed).",
            Some(&Unit::Seconds),
            MetricType::Histogram,
        )?;
        for (i, (step, kind)) in STEPS.iter().enumerate() {
            let outcomes = if *step == "stop" { ["stopped", "killed"] } else { ["ok", "error"] };
            for (r, outcome) in outcomes.iter().enumerate() {
                let (sum, count, buckets) = STEP_TIMES[i][r].snapshot(&STEP_BOUNDS);
                if count == 0 {
                    continue;
                }
                m.encode_family(&[("step", *step), ("kind", *kind), ("outcome", *outcome)])?
                    .encode_histogram::<NoLabelSet>(sum, count, &buckets, None)?;
            }
        }

        let mut m = enc.encode_descriptor("imageapi_container_exits", "Container ends by reason.", None, MetricType::Counter)?;
        for (i, (_, reason)) in EXITS.iter().enumerate() {
            let n = EXIT_COUNTS[i].load(Relaxed);
            ConstCounter::new(n).encode(m.encode_family(&[("reason", *reason)])?)?;
        }

        let (bytes, by_status) = imageapi_store::stats::snapshot();
        let m = enc.encode_descriptor(
            "imageapi_store_served",
            "Bytes of the response bodies the image store's serve listener sent: files, listings, manifests.",
            Some(&Unit::Bytes),
            MetricType::Counter,
        )?;
        ConstCounter::new(bytes).encode(m)?;
        let mut m = enc.encode_descriptor("imageapi_store_requests", "Requests the image store's serve listener answered, by status.", None, MetricType::Counter)?;
        for (status, n) in by_status {
            let status = if status == 0 { "other".to_string() } else { status.to_string() };
            ConstCounter::new(n).encode(m.encode_family(&[("status", status.as_str())])?)?;
        }
        let (checks, most) = imageapi_store::stats::password_checks();
        let mut m = enc.encode_descriptor(
            "imageapi_store_password_checks",
            "Checks of the credentials of IMGAPI writes on the serve listener, by outcome (busy: refused unchecked, too many were waiting).",
            None,
            MetricType::Counter,
        )?;
        for (outcome, n) in checks {
            ConstCounter::new(n).encode(m.encode_family(&[("outcome", outcome)])?)?;
        }
        let m = enc.encode_descriptor(
            "imageapi_store_password_checks_running_max",
            "The most bcrypt verifications that ran at once since the server started.",
            None,
            MetricType::Gauge,
        )?;
        ConstGauge::new(most as i64).encode(m)?;
        Ok(())
    }
}

impl Backend {
    /// Whether the graph can be read within `within`: a health check that
    /// notices a server stuck behind its own lock, and touches nothing.
    pub fn responsive(&self, within: Duration) -> bool {
        let deadline = Instant::now() + within;
        loop {
            match self.graph.try_read() {
                Ok(_) | Err(std::sync::TryLockError::Poisoned(_)) => return true,
                Err(std::sync::TryLockError::WouldBlock) => {}
            }
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_buckets_take_their_bounds_inclusively() {
        let h = RequestHistogram::new();
        for us in [50, 100, 101, 20_000_000] {
            h.observe(&REQUEST_BOUNDS, Duration::from_micros(us));
        }
        let (sum, count, buckets) = h.snapshot(&REQUEST_BOUNDS);
        assert_eq!(count, 4);
        assert_eq!(buckets[0], (0.0001, 2));
        assert_eq!(buckets[1], (0.00025, 1));
        assert_eq!(buckets.last().unwrap().1, 1);
        assert!((sum - 20.000251).abs() < 1e-9, "{sum}");
    }

    #[test]
    fn templated_paths_match_one_segment_per_parameter() {
        assert!(path_matches("/imageapi/v1/container/{id}", "/imageapi/v1/container/7"));
        assert!(path_matches("/imageapi/v1/container/{id}/{state}", "/imageapi/v1/container/7/running"));
        assert!(!path_matches("/imageapi/v1/container/{id}", "/imageapi/v1/container/7/running"));
        assert!(!path_matches("/imageapi/v1/container/{id}", "/imageapi/v1/container/"));
        assert!(path_matches("/imageapi/v1/mount", "/imageapi/v1/mount"));
        assert!(!path_matches("/imageapi/v1/mount", "/imageapi/v1/mount/overlay"));
    }

    #[test]
    fn unknown_requests_and_steps_fall_in_their_slots() {
        // Without the spec's operations every request is "other" (slot 0).
        assert_eq!(operation("GET", "/nowhere"), OPERATIONS.get().map(|o| o.len()).unwrap_or(0));
        // An unknown step is ignored rather than miscounted.
        step("frobnicate", "loopback", true, Duration::from_millis(1));
    }
}
