//! A connection wrapper that gives up on a client that stops reading.
//!
//! A response write that makes no progress for `--write-timeout` fails
//! with `TimedOut`, which ends the connection: a client that never reads
//! cannot hold a task, a buffer and a connection slot forever. Writes that
//! progress, however slowly, reset the clock.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::Sleep;

pub struct WriteStall<I> {
    io: I,
    limit: Option<Duration>,
    /// Armed when a write first returns Pending; cleared by any progress.
    timer: Option<Pin<Box<Sleep>>>,
}

impl<I> WriteStall<I> {
    pub fn new(io: I, limit: Option<Duration>) -> Self {
        WriteStall { io, limit, timer: None }
    }

    fn progressed<T>(&mut self, p: Poll<io::Result<T>>, cx: &mut Context<'_>) -> Poll<io::Result<T>> {
        if p.is_ready() {
            self.timer = None;
            return p;
        }
        let Some(limit) = self.limit else { return Poll::Pending };
        let timer = self.timer.get_or_insert_with(|| Box::pin(tokio::time::sleep(limit)));
        match timer.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                format!("the client read nothing of the response for {}", humantime::format_duration(limit)),
            ))),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<I: AsyncRead + Unpin> AsyncRead for WriteStall<I> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_read(cx, buf)
    }
}

impl<I: AsyncWrite + Unpin> AsyncWrite for WriteStall<I> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let p = Pin::new(&mut self.io).poll_write(cx, buf);
        self.progressed(p, cx)
    }

    /// Vectored when the connection is: hyper then sends a response's
    /// headers and body in one `writev`, without copying the body first.
    fn poll_write_vectored(mut self: Pin<&mut Self>, cx: &mut Context<'_>, bufs: &[io::IoSlice<'_>]) -> Poll<io::Result<usize>> {
        let p = Pin::new(&mut self.io).poll_write_vectored(cx, bufs);
        self.progressed(p, cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let p = Pin::new(&mut self.io).poll_flush(cx);
        self.progressed(p, cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let p = Pin::new(&mut self.io).poll_shutdown(cx);
        self.progressed(p, cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    #[tokio::test]
    async fn a_client_that_never_reads_is_given_up_on() {
        let (server, _client) = tokio::io::duplex(1024);
        let mut io = WriteStall::new(server, Some(Duration::from_millis(200)));
        let start = std::time::Instant::now();
        let err = io.write_all(&[0u8; 64 << 10]).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
        assert!(start.elapsed() < Duration::from_secs(2));
    }

    #[tokio::test]
    async fn a_slow_reader_that_keeps_reading_is_not() {
        let (server, mut client) = tokio::io::duplex(1024);
        let mut io = WriteStall::new(server, Some(Duration::from_millis(200)));
        let reader = tokio::spawn(async move {
            let mut buf = [0u8; 512];
            let mut total = 0;
            while total < 8 << 10 {
                tokio::time::sleep(Duration::from_millis(20)).await;
                total += client.read(&mut buf).await.unwrap();
            }
        });
        io.write_all(&[0u8; 8 << 10]).await.unwrap();
        reader.await.unwrap();
    }
}
