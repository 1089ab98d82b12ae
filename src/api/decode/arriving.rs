//! Decoding the answer to `GET /api/2.0/keys` piece by piece, while it arrives.
//!
//! A list of 100 000 keys is an answer of about 89 MB, which takes longer to arrive than to
//! decode. [`ArrivingKeys`] takes the body in the pieces it arrives in and decodes each key as
//! soon as its last byte is there, so that little is left to do once the answer is whole.
//!
//! It decodes what [`super::decode_keys`] decodes, the same way, and gives up on anything
//! else: the caller then decodes the whole body as before, which words the error. It reads an
//! answer that opens `{"response":[` (white space aside), as DocSpace writes it:
//! - each key, from its `{`, is decoded alone by serde_json, as the whole answer's decoder
//!   would decode it there, and serde_json tells where it ends; a key that the end of a piece
//!   cuts short is decoded again once more has come; a key that is not valid JSON, or not a
//!   key, makes it give up;
//! - between keys, only white space and single commas are taken, as JSON allows;
//! - what follows the list's `]` is kept, and checked at the end as the rest of an envelope
//!   whose list is empty: the same fields, checked by the same rules (a success, status 0, no
//!   error, no second `response`).
//!
//! A key longer than [`LONGEST_KEY`] is left to the whole answer's decoder as well. Two things
//! it cannot see are left to the caller or bounded here: the text of strings it
//! skips is not checked as UTF-8 (the caller checks the whole body), and a key with more
//! than [`MOST_BRACKETS`] opening brackets makes it give up, so that serde_json's limit on
//! the whole answer's depth (128, of which the envelope and the list take 2) is never what
//! tells the two ways apart.

use std::sync::atomic::{AtomicBool, Ordering};

use memchr::memchr2_iter;
use memchr::memmem;

use super::{decode_success, key_from_dto};
use crate::api::wire::ApiKeyDto;
use crate::domain::ApiKey;

/// What the answer must open with, white space between the tokens aside.
const OPENING: [&[u8]; 4] = [b"{", b"\"response\"", b":", b"["];

/// How many `{` and `[` one key may hold, in strings or not, before the decoder gives up: a
/// bound on how deeply it nests (a real key has 3).
pub const MOST_BRACKETS: usize = 100;

/// How much more of a piece is added at first to a key cut short by the end of the last.
const MORE: usize = 4096;

/// The longest key the decoder waits for across pieces before it gives up (a real key is
/// about 1 KB): a key cut short is decoded again as more of it comes, so a key of a hundred
/// megabytes arriving in small pieces would cost time in the square of its length, where the
/// whole answer's decoder takes it in one pass.
pub const LONGEST_KEY: usize = 64 * 1024;

/// From how many bytes [`ArrivingKeys::push_all`] decodes on two threads.
pub const TWO_THREADS_FROM: usize = 256 * 1024;

/// How much of its half the second thread decodes at a time, between looks at whether its
/// keys are still wanted.
const STRETCH: usize = 64 * 1024;

/// The key list's answer, decoded as its pieces arrive.
#[derive(Debug, Default)]
pub struct ArrivingKeys {
    place: Place,
    /// The bytes of a key that began in an earlier piece.
    key: Vec<u8>,
    keys: Vec<ApiKey>,
    /// What came after the list's `]`.
    tail: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// In the opening: `matched` bytes of its `token`th token.
    Opening {
        token: usize,
        matched: usize,
    },
    /// Between keys: after `[` (a key or `]` may come), after a key (`,` or `]`), or after a
    /// comma (a key).
    Between(Next),
    /// In a key, from its `{`.
    InKey,
    /// After the list's `]`.
    Tail,
    GivenUp,
}

impl Default for Place {
    fn default() -> Self {
        Place::Opening {
            token: 0,
            matched: 0,
        }
    }
}

/// Why serde_json made no key of the start of a key.
enum NoKey {
    /// Cut short: the key goes on after these bytes.
    Incomplete,
    Invalid,
}

/// Decodes the key at the start of `text` (at its `{`), giving it and how many bytes it
/// took; what follows the key is not read.
fn parse_key(text: &[u8]) -> Result<(ApiKeyDto, usize), NoKey> {
    let mut keys = serde_json::Deserializer::from_slice(text).into_iter::<ApiKeyDto>();
    match keys.next() {
        Some(Ok(dto)) => Ok((dto, keys.byte_offset())),
        Some(Err(err)) if err.is_eof() => Err(NoKey::Incomplete),
        // serde_json reads a number cut short (`-`, `1.`, `1e`, `1e+`) as invalid, not as cut
        // short; whether it goes on is seen once more has come.
        Some(Err(_))
            if text
                .last()
                .is_some_and(|byte| b"0123456789.eE+-".contains(byte)) =>
        {
            Err(NoKey::Incomplete)
        }
        None => Err(NoKey::Incomplete),
        Some(Err(_)) => Err(NoKey::Invalid),
    }
}

/// Where a key seems to begin (a `{` just after a `,`) at or after byte `near` of `pieces`:
/// which piece, and where in it.
fn next_key_near<P: AsRef<[u8]>>(pieces: &[P], near: usize) -> Option<(usize, usize)> {
    let mut start = 0;
    for (index, piece) in pieces.iter().enumerate() {
        let piece = piece.as_ref();
        let from = near.saturating_sub(start);
        start += piece.len();
        if let Some(found) = piece.get(from..).and_then(|rest| memmem::find(rest, b",{")) {
            return Some((index, from + found + 1));
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    KeyOrEnd,
    CommaOrEnd,
    Key,
}

/// JSON's white space.
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

impl ArrivingKeys {
    pub fn new() -> ArrivingKeys {
        ArrivingKeys::default()
    }

    /// Takes the next piece of the body. Returns `false` once the decoder has given up; it
    /// then takes nothing more.
    pub fn push(&mut self, piece: &[u8]) -> bool {
        let mut at = 0;
        while at < piece.len() {
            match self.place {
                Place::Opening { token, matched } => {
                    let byte = piece[at];
                    at += 1;
                    if matched == 0 && is_space(byte) {
                        continue;
                    }
                    let expected = OPENING[token];
                    if byte != expected[matched] {
                        return self.give_up();
                    }
                    self.place = if matched + 1 < expected.len() {
                        Place::Opening {
                            token,
                            matched: matched + 1,
                        }
                    } else if token + 1 < OPENING.len() {
                        Place::Opening {
                            token: token + 1,
                            matched: 0,
                        }
                    } else {
                        Place::Between(Next::KeyOrEnd)
                    };
                }
                Place::Between(next) => {
                    let byte = piece[at];
                    match (next, byte) {
                        (_, byte) if is_space(byte) => at += 1,
                        (Next::KeyOrEnd | Next::Key, b'{') => self.place = Place::InKey,
                        (Next::KeyOrEnd | Next::CommaOrEnd, b']') => {
                            at += 1;
                            self.place = Place::Tail;
                        }
                        (Next::CommaOrEnd, b',') => {
                            at += 1;
                            self.place = Place::Between(Next::Key);
                        }
                        _ => return self.give_up(),
                    }
                }
                Place::InKey => match self.read_key(piece, at) {
                    Some(next) => at = next,
                    None => return self.give_up(),
                },
                Place::Tail => {
                    self.tail.extend_from_slice(&piece[at..]);
                    at = piece.len();
                }
                Place::GivenUp => return false,
            }
        }
        self.place != Place::GivenUp
    }

    /// Takes the next pieces of the body, all of which have arrived. From
    /// [`TWO_THREADS_FROM`] bytes on, the second half is decoded on a thread of its own,
    /// from a key that seems to begin near the middle (a `{` after a `,`); its keys are taken
    /// only if the first half, decoded here, ends exactly there, after a comma between keys.
    /// Otherwise the second half is decoded here as well. The keys it gives are those the
    /// whole answer's decoder gives. Like [`ArrivingKeys::push`], it may give up where the
    /// whole answer's decoder would not (where a key longer than [`LONGEST_KEY`] is cut
    /// short by a piece's end, or by the split), and not always at the same answers as
    /// piece-by-piece pushing: the caller then decodes the whole.
    pub fn push_all<P: AsRef<[u8]> + Sync>(&mut self, pieces: &[P]) -> bool {
        let length: usize = pieces.iter().map(|piece| piece.as_ref().len()).sum();
        if length < TWO_THREADS_FROM {
            return self.push_each(pieces.iter().map(AsRef::as_ref));
        }
        self.push_split_near(pieces, length / 2)
    }

    /// [`ArrivingKeys::push_all`] at any length, the second thread starting at the first key
    /// that seems to begin at byte `near` of `pieces` or after it. For the fuzz targets.
    #[doc(hidden)]
    pub fn push_split_near<P: AsRef<[u8]> + Sync>(&mut self, pieces: &[P], near: usize) -> bool {
        match next_key_near(pieces, near) {
            Some((piece, at)) => self.push_split(pieces, piece, at),
            None => self.push_each(pieces.iter().map(AsRef::as_ref)),
        }
    }

    /// Takes `pieces` one after the other, on this thread.
    fn push_each<'p>(&mut self, mut pieces: impl Iterator<Item = &'p [u8]>) -> bool {
        pieces.all(|piece| self.push(piece))
    }

    /// [`ArrivingKeys::push_all`], with the second half from `pieces[piece][at..]` on.
    fn push_split<P: AsRef<[u8]> + Sync>(&mut self, pieces: &[P], piece: usize, at: usize) -> bool {
        let (first, second) = pieces.split_at(piece);
        let (split, after) = second.split_first().expect("the split is in a piece");
        let (before, from) = split.as_ref().split_at(at);
        let second_half = || std::iter::once(from).chain(after.iter().map(AsRef::as_ref));
        let wanted = AtomicBool::new(true);
        std::thread::scope(|scope| {
            let later = std::thread::Builder::new().spawn_scoped(scope, || {
                let mut later = ArrivingKeys {
                    place: Place::Between(Next::Key),
                    ..ArrivingKeys::default()
                };
                for stretch in second_half().flat_map(|piece| piece.chunks(STRETCH)) {
                    if !wanted.load(Ordering::Relaxed) || !later.push(stretch) {
                        break;
                    }
                }
                later
            });
            // Without a second thread, this one decodes it all.
            let Ok(later) = later else {
                return self.push_each(pieces.iter().map(AsRef::as_ref));
            };
            let pushed = self.push_each(first.iter().map(AsRef::as_ref)) && self.push(before);
            let at_next_key = self.place == Place::Between(Next::Key);
            if !at_next_key {
                wanted.store(false, Ordering::Relaxed);
            }
            // A panic of the second thread's is a panic of this one's.
            let later = later
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            if !pushed {
                return false;
            }
            if at_next_key {
                // The second thread started where this one stands, so it went on as this
                // one would have.
                if later.place == Place::GivenUp {
                    return self.give_up();
                }
                self.keys.extend(later.keys);
                self.key = later.key;
                self.tail = later.tail;
                self.place = later.place;
                return true;
            }
            self.push_each(second_half())
        })
    }

    /// The keys, once the whole body has been pushed; `None` when the decoder gave up, the
    /// body ended early, or the rest of the envelope is not a plain success.
    pub fn finish(self) -> Option<Vec<ApiKey>> {
        if self.place != Place::Tail {
            return None;
        }
        let mut rest = b"{\"response\":[]".to_vec();
        rest.extend_from_slice(&self.tail);
        let none: Vec<ApiKeyDto> = decode_success(&rest)?;
        none.is_empty().then_some(self.keys)
    }

    /// Reads a key from `piece[from..]`, where it begins or, when it began in an earlier
    /// piece, goes on; returns where its reading stopped (the piece's end, or just after the
    /// key), or `None` to give up.
    fn read_key(&mut self, piece: &[u8], from: usize) -> Option<usize> {
        if self.key.is_empty() {
            return match parse_key(&piece[from..]) {
                Ok((dto, length)) => {
                    self.take(dto, &piece[from..from + length])?;
                    Some(from + length)
                }
                Err(NoKey::Incomplete) => {
                    self.key.extend_from_slice(&piece[from..]);
                    (self.key.len() <= LONGEST_KEY).then_some(piece.len())
                }
                Err(NoKey::Invalid) => None,
            };
        }
        // Add the piece to what came before, a little at first and then as much again each
        // time, until the key is whole: each key is decoded a few times at most.
        let mut taken = from;
        while taken < piece.len() {
            let more = self.key.len().max(MORE).min(piece.len() - taken);
            let added = &piece[taken..taken + more];
            self.key.extend_from_slice(added);
            taken += more;
            if self.key.len() > LONGEST_KEY {
                return None;
            }
            // A key ends with `}`: until one has come, it cannot be whole.
            if memchr::memchr(b'}', added).is_none() {
                continue;
            }
            match parse_key(&self.key) {
                Ok((dto, length)) => {
                    let key = std::mem::take(&mut self.key);
                    self.take(dto, &key[..length])?;
                    // What followed the key in `key` is the start of what follows in `piece`.
                    return Some(taken - (key.len() - length));
                }
                Err(NoKey::Incomplete) => {}
                Err(NoKey::Invalid) => return None,
            }
        }
        Some(piece.len())
    }

    /// Keeps the key decoded from `text`, unless it holds too many brackets.
    fn take(&mut self, dto: ApiKeyDto, text: &[u8]) -> Option<()> {
        if memchr2_iter(b'{', b'[', text).nth(MOST_BRACKETS).is_some() {
            return None;
        }
        self.keys.push(key_from_dto(dto));
        self.place = Place::Between(Next::CommaOrEnd);
        Some(())
    }

    fn give_up(&mut self) -> bool {
        *self = ArrivingKeys {
            place: Place::GivenUp,
            ..ArrivingKeys::default()
        };
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode::{RawAnswer, decode_keys};

    const LISTED: &str = r#" {"response" : [
        {"id":"a","name":"N \"quoted\" {brace} [bracket] \\","key":"sk-***abcd","keyPostfix":"abcd","permissions":["files:read"],"createOn":"2026-07-01T13:00:00.0000000+03:00","createBy":{"id":"x","displayName":"Alex","avatar":"/a?b=[1]"},"isActive":true},
        {"id":"b","name":"نسخ","keyPostfix":"c0de","permissions":[],"createOn":"2026-03-10T08:00:00.0000000+03:00","isActive":false,"extra":[[{"deep":[1,2,{"x":"}"}]}]],"n":[-1.5e+3,-0.25,7E-2]}
      ],
      "count": 2, "links": [{"href":"https://p/api/2.0/keys","action":"GET"}],
      "status": 0, "statusCode": 200 }
    "#;

    fn whole(body: &str) -> Option<Vec<ApiKey>> {
        decode_keys(RawAnswer {
            status: 200,
            retry_after: None,
            body: body.as_bytes(),
            host: "portal.example.com",
        })
        .ok()
    }

    fn in_pieces(body: &[u8], size: usize) -> Option<Vec<ApiKey>> {
        let mut keys = ArrivingKeys::new();
        for piece in body.chunks(size) {
            if !keys.push(piece) {
                return None;
            }
        }
        keys.finish()
    }

    #[test]
    fn a_list_decoded_in_pieces_of_any_size_is_the_list_decoded_whole() {
        let whole = whole(LISTED).expect("the list decodes whole");
        assert_eq!(whole.len(), 2);
        for size in 1..=LISTED.len() {
            assert_eq!(
                in_pieces(LISTED.as_bytes(), size).as_ref(),
                Some(&whole),
                "{size}"
            );
        }
        let empty = r#"{"response":[],"status":0,"statusCode":200}"#;
        assert_eq!(in_pieces(empty.as_bytes(), 3), Some(Vec::new()));
    }

    /// `body` in pieces of `size` bytes, the second thread starting at byte `at` of piece
    /// `piece`.
    fn split(body: &[u8], size: usize, piece: usize, at: usize) -> Option<Vec<ApiKey>> {
        let pieces: Vec<&[u8]> = body.chunks(size).collect();
        let mut keys = ArrivingKeys::new();
        keys.push_split(&pieces, piece, at)
            .then(|| keys.finish())
            .flatten()
    }

    #[test]
    fn split_at_any_byte_the_two_threads_decode_what_one_would() {
        let more_keys = LISTED.replacen(
            "\n      ],",
            r#",{"id":"c","name":"a,{\"id\":\"x\",\"name\":\"y\"}","isActive":true} ,
             {"id":"d","name":"d"}
            ],"#,
            1,
        );
        let whole_list = whole(&more_keys).expect("the list decodes whole");
        assert_eq!(whole_list.len(), 4);
        let mut bodies = vec![LISTED.to_owned(), more_keys];
        bodies.extend(
            [
                &LISTED[..LISTED.len() - 10],
                &LISTED.replacen("}\n      ],", "},\n      ],", 1),
                &LISTED.replacen("},\n", "},,\n", 1),
                r#"{"response":[{"id":"a","name":"n"},{"id":"b"}],"status":0}"#,
                r#"{"response":[{"id":"a","name":"n"},{"id":"b","name":"m"}],"status":1}"#,
                r#"{"response":[{"id":"a","name":"n"},{"id":"b","name":"m"}]]"#,
            ]
            .map(str::to_owned),
        );
        let mut adopted = 0;
        for body in &bodies {
            let body = body.as_bytes();
            for size in [1, 7, 64, body.len()] {
                let one_thread = in_pieces(body, size);
                for (piece, length) in body.chunks(size).map(<[u8]>::len).enumerate() {
                    for at in 0..=length {
                        assert_eq!(
                            split(body, size, piece, at),
                            one_thread,
                            "{} in pieces of {size}, split at {at} of piece {piece}",
                            String::from_utf8_lossy(body)
                        );
                        let start = piece * size + at;
                        adopted += usize::from(
                            one_thread.is_some()
                                && body[..start].ends_with(b",")
                                && body[start] == b'{',
                        );
                    }
                }
            }
        }
        // Some splits did start right at a key, so that the second thread's keys were taken.
        assert!(adopted > 8, "{adopted}");
        // push_all finds a split near the middle, and gives the same keys.
        let long: Vec<String> = (0..2000)
            .map(|n| format!(r#"{{"id":"k{n}","name":"n,{{ {n}","isActive":true}}"#))
            .collect();
        let long = format!(r#"{{"response":[{}],"status":0}}"#, long.join(","));
        assert!(long.len() > TWO_THREADS_FROM / 4);
        let pieces: Vec<&[u8]> = long.as_bytes().chunks(1000).collect();
        let mut keys = ArrivingKeys::new();
        assert!(keys.push_split_near(&pieces, long.len() / 2));
        assert_eq!(keys.finish(), whole(&long));
    }

    #[test]
    fn the_second_thread_cuts_no_number_short() {
        // The second thread starts at the second key; a key's `1.5` then straddles the end of
        // its first 64 KiB, where serde_json reads `1.` as an invalid number, not a cut one.
        let mut body = r#"{"response":[{"id":"a","name":"n"},"#.to_owned();
        let from = body.len();
        let key = |n: usize, pad: usize| {
            format!(
                r#"{{"id":"k{n:04}","name":"{}","n":1.5}},"#,
                "x".repeat(pad)
            )
        };
        let mut n = 0;
        while body.len() + 2 * key(0, 1000).len() < from + STRETCH {
            body.push_str(&key(n, 1000));
            n += 1;
        }
        let head = body.len() + key(n, 0).find('.').unwrap();
        body.push_str(&key(n, from + STRETCH - 1 - head));
        assert_eq!(body.as_bytes()[from + STRETCH - 1], b'.');
        body.push_str(r#"{"id":"last","name":"n"}],"status":0}"#);
        let whole = whole(&body).expect("the list decodes whole");
        assert_eq!(whole.len(), n + 3);
        assert_eq!(split(body.as_bytes(), body.len(), 0, from), Some(whole));
    }

    #[test]
    fn a_key_too_long_to_wait_for_is_left_to_the_whole() {
        let long = format!(
            r#"{{"response":[{{"id":"a","name":"n","pad":"{}"}}],"status":0}}"#,
            "}".repeat(4 * LONGEST_KEY)
        );
        assert!(
            whole(&long).is_some(),
            "the whole answer's decoder takes it"
        );
        // Given up once the key is longer than the longest waited for, not parsed once a piece.
        assert_eq!(in_pieces(long.as_bytes(), 512), None);
        let fits = long.replacen(
            &"}".repeat(4 * LONGEST_KEY),
            &"}".repeat(LONGEST_KEY / 2),
            1,
        );
        assert_eq!(
            in_pieces(fits.as_bytes(), 512).map(|keys| keys.len()),
            Some(1)
        );
    }

    #[test]
    fn it_gives_up_on_what_it_does_not_decode_as_the_whole_would() {
        let cut = &LISTED[..LISTED.len() - 10];
        let junk_after = format!("{LISTED}}}");
        let trailing_comma = LISTED.replacen("}\n      ],", "},\n      ],", 1);
        let two_commas = LISTED.replacen("},\n", "},,\n", 1);
        let deep = format!(
            r#"{{"response":[{{"id":"a","name":"n","x":{}1{}}}],"status":0}}"#,
            "[".repeat(MOST_BRACKETS),
            "]".repeat(MOST_BRACKETS)
        );
        for body in [
            cut,
            &junk_after,
            &trailing_comma,
            &two_commas,
            &deep,
            r#"{"response":[],"status":1,"statusCode":200}"#,
            r#"{"response":[],"error":{"message":"no"},"status":0}"#,
            r#"{"response":[],"status":0,"response":[]}"#,
            r#"{"response":[{"id":"a"}],"status":0}"#,
            r#"{"response":[{"id":"a","name":"n"}]]"#,
            r#"{"response":[null],"status":0}"#,
            r#"{"status":0,"response":[]}"#,
            r#"{"response":null,"status":0}"#,
            r#"{"response":[{"id":"a","name":"n"]],"status":0}"#,
            "<html><body>502 Bad Gateway</body></html>",
            "",
        ] {
            assert_eq!(in_pieces(body.as_bytes(), 7), None, "{body}");
        }
    }
}
