//! Conditional and partial reads of a file, shared by every listener:
//! one `Range` (`bytes=a-b`, `a-`, `-n`), `If-None-Match` against the
//! file's ETag (its sha256, or size and mtime for files without one), and
//! `If-Range`.

/// What to send for a file of `size` bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// 200 with the whole file.
    Whole,
    /// 206 with bytes `start..end` (end exclusive).
    Part { start: u64, end: u64 },
    /// 304: the client's copy is current.
    NotModified,
    /// 416: the range lies outside the file.
    Unsatisfiable,
}

/// Decide from the request's `Range`, `If-Range` and `If-None-Match`.
pub fn plan(size: u64, etag: &str, range: Option<&str>, if_range: Option<&str>, if_none_match: Option<&str>) -> Plan {
    if let Some(inm) = if_none_match {
        if inm.split(',').map(str::trim).any(|t| t == "*" || t.trim_start_matches("W/") == etag) {
            return Plan::NotModified;
        }
    }
    let Some(range) = range else { return Plan::Whole };
    // A Range for another version of the file is ignored: send it whole.
    if if_range.is_some_and(|v| v.trim() != etag) {
        return Plan::Whole;
    }
    match parse(range, size) {
        Some(Some((start, end))) => Plan::Part { start, end },
        Some(None) => Plan::Unsatisfiable,
        // Syntax we do not serve (several ranges, other units): whole file.
        None => Plan::Whole,
    }
}

/// `Some(Some(range))` for one satisfiable range, `Some(None)` for one
/// unsatisfiable range, `None` when the header is not one byte range.
fn parse(header: &str, size: u64) -> Option<Option<(u64, u64)>> {
    let spec = header.trim().strip_prefix("bytes=")?.trim();
    if spec.contains(',') {
        return None;
    }
    let (a, b) = spec.split_once('-')?;
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() {
        let n: u64 = b.parse().ok()?;
        if n == 0 || size == 0 {
            return Some(None);
        }
        return Some(Some((size.saturating_sub(n), size)));
    }
    let start: u64 = a.parse().ok()?;
    let end = if b.is_empty() { size.saturating_sub(1) } else { b.parse::<u64>().ok()?.min(size.saturating_sub(1)) };
    if start >= size || (!b.is_empty() && b.parse::<u64>().ok()? < start) {
        return Some(None);
    }
    Some(Some((start, end + 1)))
}

/// The ETag of a stored image's file.
pub fn etag(sha256: &str) -> String {
    format!("\"{sha256}\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    const E: &str = "\"abc\"";

    #[test]
    fn ranges() {
        assert_eq!(plan(100, E, None, None, None), Plan::Whole);
        assert_eq!(plan(100, E, Some("bytes=0-9"), None, None), Plan::Part { start: 0, end: 10 });
        assert_eq!(plan(100, E, Some("bytes=90-"), None, None), Plan::Part { start: 90, end: 100 });
        assert_eq!(plan(100, E, Some("bytes=-10"), None, None), Plan::Part { start: 90, end: 100 });
        assert_eq!(plan(100, E, Some("bytes=50-1000"), None, None), Plan::Part { start: 50, end: 100 });
        assert_eq!(plan(100, E, Some("bytes=100-"), None, None), Plan::Unsatisfiable);
        assert_eq!(plan(100, E, Some("bytes=9-3"), None, None), Plan::Unsatisfiable);
        assert_eq!(plan(100, E, Some("bytes=0-1,5-6"), None, None), Plan::Whole);
        assert_eq!(plan(100, E, Some("items=0-1"), None, None), Plan::Whole);
    }

    #[test]
    fn conditions() {
        assert_eq!(plan(100, E, None, None, Some("\"abc\"")), Plan::NotModified);
        assert_eq!(plan(100, E, None, None, Some("\"x\", W/\"abc\"")), Plan::NotModified);
        assert_eq!(plan(100, E, None, None, Some("\"x\"")), Plan::Whole);
        assert_eq!(plan(100, E, Some("bytes=0-0"), Some("\"old\""), None), Plan::Whole);
        assert_eq!(plan(100, E, Some("bytes=0-0"), Some(E), None), Plan::Part { start: 0, end: 1 });
    }
}
