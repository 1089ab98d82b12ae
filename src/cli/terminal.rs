//! Text from the portal, made harmless to print on a terminal.
//!
//! Anyone who may create a key chooses its name, and a portal words its own error
//! messages. Printed raw, an escape sequence in either could write to the admin's
//! clipboard (OSC 52), clear the screen or rewrite what is shown, and a bidirectional
//! override could make the text read differently from what it is.

use std::borrow::Cow;

/// True for a character a terminal acts on rather than shows: C0 and C1 controls and
/// DEL, the marks that reorder text (bidi embeddings, overrides, isolates and the
/// directional marks), and the Unicode line and paragraph separators.
pub fn acts_on(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// `text` with each character a terminal acts on written as a visible escape such as
/// `\u{1b}`. Letters of any script, Chinese or Arabic as much as Latin, stay as they are.
pub(crate) fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts_on) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if acts_on(c) {
            shown.extend(c.escape_unicode());
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

/// As [`printable`], cut to at most `longest` characters with "…" when it was longer,
/// so that one absurdly long value cannot swamp (or stall) a table.
pub(crate) fn shortened(text: &str, longest: usize) -> String {
    let shown = printable(text);
    match shown.char_indices().nth(longest) {
        Some((end, _)) => format!("{}…", &shown[..end]),
        None => shown.into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_bidi_marks_are_shown_not_acted_on() {
        let name = "\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\u{9b}1m\u{202e}x\u{7f}\u{2066}\u{200f}\u{61c}";
        let shown = printable(name);
        assert_eq!(
            shown,
            "\\u{1b}]52;c;aGk=\\u{7}\\u{1b}[2J\\u{9b}1m\\u{202e}x\\u{7f}\\u{2066}\\u{200f}\\u{61c}"
        );
        assert!(!shown.chars().any(acts_on));
    }

    #[test]
    fn ordinary_text_of_any_script_is_left_alone() {
        for text in ["Nightly backup", "密钥 مفتاح", "Ключ für Zoë", "👩‍💻 key"]
        {
            assert!(matches!(printable(text), Cow::Borrowed(same) if same == text));
        }
    }

    #[test]
    fn long_values_are_shortened_after_escaping() {
        assert_eq!(shortened("abcdef", 3), "abc…");
        assert_eq!(shortened("abc", 3), "abc");
        assert_eq!(shortened("密钥密钥", 2), "密钥…");
        assert_eq!(shortened("\u{1b}[2J", 4), "\\u{1…");
    }
}
