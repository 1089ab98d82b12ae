//! Handing the chunks of the key list's answer to a decoder as they are read.
//!
//! The client reads the answer as before, into a buffer of its own, and hands each chunk on
//! through a [`Tap`] to an [`ArrivingKeys`] on a thread of the runtime's blocking pool, so the
//! keys are decoded while the rest of the answer is still on its way; what is still waiting
//! when the whole answer is in is decoded on two threads (`ArrivingKeys::push_all`). When the
//! decoder gives up, the client decodes its whole buffer as before.

use bytes::Bytes;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::decode::ArrivingKeys;
use crate::domain::ApiKey;

/// How many chunks may wait for the decoder before reading the answer waits for it.
const WAITING_CHUNKS: usize = 64;

/// Hands the chunks of an answer on to the decoder. Dropping it ends the answer.
pub(super) struct Tap(mpsc::Sender<Bytes>);

/// The keys being decoded from what a [`Tap`] hands on.
pub(super) struct Decoding(JoinHandle<Option<Vec<ApiKey>>>);

/// A decoder waiting for chunks, on a thread of the runtime's blocking pool.
pub(super) fn decode_keys_as_they_arrive() -> (Tap, Decoding) {
    let (sender, mut chunks) = mpsc::channel::<Bytes>(WAITING_CHUNKS);
    let decoding = tokio::task::spawn_blocking(move || {
        let mut keys = ArrivingKeys::new();
        while let Some(chunk) = chunks.blocking_recv() {
            if chunks.is_closed() {
                // The whole answer is in: what waits is decoded on two threads when long.
                let mut rest = vec![chunk];
                while let Ok(chunk) = chunks.try_recv() {
                    rest.push(chunk);
                }
                return keys.push_all(&rest).then(|| keys.finish()).flatten();
            }
            if !keys.push(&chunk) {
                return None;
            }
        }
        keys.finish()
    });
    (Tap(sender), Decoding(decoding))
}

impl Tap {
    /// Hands `chunk` on (a reference-counted view, not a copy), waiting while the decoder is
    /// behind. Once the decoder has given up, this returns at once.
    pub(super) async fn pass(&self, chunk: &Bytes) {
        // An error means only that the decoder has given up; the answer is read on.
        let _ = self.0.send(chunk.clone()).await;
    }
}

impl Decoding {
    /// The keys, once the [`Tap`] is dropped: `None` when the answer was anything but a plain
    /// success that decodes as it arrived (or was never handed on whole).
    pub(super) async fn keys(self) -> Option<Vec<ApiKey>> {
        self.0.await.ok().flatten()
    }
}
