//! Container output made visible for a terminal: a container's log is
//! whatever its processes printed, and written to the operator's terminal
//! as it is, an escape sequence, a C1 control, a backspace or a carriage
//! return would act there (clear the screen, move the cursor, overwrite
//! what came before, answer back). On a terminal every control character
//! but `\n` and `\t` is shown instead: C0 and DEL in caret notation (`^[`,
//! `^H`, `^M`, `^?`), C1 controls and bytes that are not UTF-8 as `\x9b`.
//! UTF-8 text passes unchanged, also when a character is split between two
//! chunks of the stream.

/// The renderer of one stream: holds the start of a UTF-8 character cut
/// at the end of a chunk until the next chunk completes it.
#[derive(Default)]
pub struct Visible {
    pending: Vec<u8>,
}

impl Visible {
    /// The visible form of the next chunk of the stream.
    pub fn render(&mut self, chunk: &[u8]) -> Vec<u8> {
        let mut data = std::mem::take(&mut self.pending);
        data.extend_from_slice(chunk);
        let mut out = Vec::with_capacity(data.len() + 16);
        let mut rest = &data[..];
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    text_into(text, &mut out);
                    break;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    // The prefix up to the error is valid: this cannot fail.
                    text_into(std::str::from_utf8(valid).unwrap_or_default(), &mut out);
                    match e.error_len() {
                        // A character cut at the end: wait for its rest.
                        None => {
                            self.pending = after.to_vec();
                            break;
                        }
                        Some(n) => {
                            for b in &after[..n] {
                                out.extend_from_slice(format!("\\x{b:02x}").as_bytes());
                            }
                            rest = &after[n..];
                        }
                    }
                }
            }
        }
        out
    }

    /// What is still held at the end of the stream (an incomplete
    /// character), shown byte by byte.
    pub fn finish(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.pending).iter().flat_map(|b| format!("\\x{b:02x}").into_bytes()).collect()
    }
}

fn text_into(text: &str, out: &mut Vec<u8>) {
    for c in text.chars() {
        match c as u32 {
            0x0a | 0x09 => out.push(c as u8),
            n @ 0x00..=0x1f => out.extend_from_slice(&[b'^', n as u8 + 0x40]),
            0x7f => out.extend_from_slice(b"^?"),
            n @ 0x80..=0x9f => out.extend_from_slice(format!("\\x{n:02x}").as_bytes()),
            _ => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(chunks: &[&[u8]]) -> String {
        let mut v = Visible::default();
        let mut out: Vec<u8> = chunks.iter().flat_map(|c| v.render(c)).collect();
        out.extend(v.finish());
        String::from_utf8(out).expect("the visible form is UTF-8")
    }

    #[test]
    fn controls_are_shown_not_sent() {
        assert_eq!(shown(&[b"a\x1b[2Jb\x08c\rd\x07e\x7f\n\tf"]), "a^[[2Jb^Hc^Md^Ge^?\n\tf");
        // C1 controls, as characters and as lone bytes.
        assert_eq!(shown(&["x\u{9b}2J\u{85}y".as_bytes()]), "x\\x9b2J\\x85y");
        assert_eq!(shown(&[b"x\x9b2Jy\xff"]), "x\\x9b2Jy\\xff");
    }

    #[test]
    fn utf8_text_passes_also_when_split() {
        let text = "grüße, 日本, 🦀\n";
        assert_eq!(shown(&[text.as_bytes()]), text);
        let bytes = text.as_bytes();
        for cut in 0..bytes.len() {
            assert_eq!(shown(&[&bytes[..cut], &bytes[cut..]]), text, "cut at {cut}");
        }
        // A character never completed is shown as its bytes.
        assert_eq!(shown(&[b"ok\xe6\x97"]), "ok\\xe6\\x97");
    }
}
