//! The colours the window uses for text, one set per theme, each readable on
//! the panels it is drawn on (at least 4.5:1, WCAG AA), and the minimum text
//! size. Installed into both of egui's themes, so a theme switch takes them along.

use egui::{Color32, FontId, TextStyle, Theme};

/// The smallest text: counters, notes and hints.
pub const SMALL_TEXT: f32 = 12.0;

/// The text colours of one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// A key that expires within days.
    pub expiring: Color32,
    /// Expired keys and errors.
    pub error: Color32,
    /// Notes that ask for attention.
    pub warn: Color32,
    /// "never", counters and hints.
    pub weak: Color32,
    /// The fill of primary buttons (Sign in, Create, Save) and the text on it.
    pub accent: Color32,
    pub on_accent: Color32,
    /// The fill of destructive buttons (Delete) and the text on it.
    pub danger: Color32,
    pub on_danger: Color32,
}

const LIGHT: Palette = Palette {
    expiring: Color32::from_rgb(0x8a, 0x4b, 0x00),
    error: Color32::from_rgb(0xb4, 0x00, 0x00),
    warn: Color32::from_rgb(0x9c, 0x40, 0x00),
    weak: Color32::from_gray(100),
    accent: Color32::from_rgb(0x1a, 0x5f, 0xb4),
    on_accent: Color32::WHITE,
    danger: Color32::from_rgb(0xb4, 0x1c, 0x1c),
    on_danger: Color32::WHITE,
};

const DARK: Palette = Palette {
    expiring: Color32::from_rgb(0xf0, 0xaa, 0x32),
    error: Color32::from_rgb(0xff, 0x6e, 0x6e),
    warn: Color32::from_rgb(0xff, 0xa0, 0x3c),
    weak: Color32::from_gray(150),
    accent: Color32::from_rgb(0x1a, 0x5f, 0xb4),
    on_accent: Color32::WHITE,
    danger: Color32::from_rgb(0xb4, 0x1c, 0x1c),
    on_danger: Color32::WHITE,
};

/// The palette of the theme `ui` is drawn in.
pub fn of(ui: &egui::Ui) -> &'static Palette {
    for_theme(if ui.visuals().dark_mode {
        Theme::Dark
    } else {
        Theme::Light
    })
}

/// The palette of a theme.
pub fn for_theme(theme: Theme) -> &'static Palette {
    match theme {
        Theme::Dark => &DARK,
        Theme::Light => &LIGHT,
    }
}

/// Puts the palette and the minimum text size into both themes' styles.
pub fn install(ctx: &egui::Context) {
    for (theme, palette) in [(Theme::Light, &LIGHT), (Theme::Dark, &DARK)] {
        ctx.style_mut_of(theme, |style| {
            style.visuals.error_fg_color = palette.error;
            style.visuals.warn_fg_color = palette.warn;
            style.visuals.weak_text_color = Some(palette.weak);
            style
                .text_styles
                .insert(TextStyle::Small, FontId::proportional(SMALL_TEXT));
        });
    }
}

/// A primary action's button: accent fill.
pub fn primary(ui: &egui::Ui, text: &str) -> egui::Button<'static> {
    let palette = of(ui);
    filled(ui, text, palette.on_accent, palette.accent)
}

/// A destructive action's button: red fill.
pub fn destructive(ui: &egui::Ui, text: &str) -> egui::Button<'static> {
    let palette = of(ui);
    filled(ui, text, palette.on_danger, palette.danger)
}

/// A button in these colours, or a plain one where `ui` is disabled: a greyed-out action
/// looks like the other greyed-out buttons, not like one that is ready.
fn filled(ui: &egui::Ui, text: &str, color: Color32, fill: Color32) -> egui::Button<'static> {
    if !ui.is_enabled() {
        return egui::Button::new(text.to_owned());
    }
    egui::Button::new(egui::RichText::new(text).color(color)).fill(fill)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 relative luminance of an opaque colour.
    fn luminance(color: Color32) -> f64 {
        let channel = |value: u8| {
            let c = f64::from(value) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
    }

    fn contrast(a: Color32, b: Color32) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// What text is drawn on in a theme: panels, dialogs, and the grid's
    /// stripes (egui adds a faint luminance to the panel there).
    fn backgrounds(visuals: &egui::Visuals) -> [Color32; 3] {
        let panel = visuals.panel_fill;
        let faint = visuals.faint_bg_color;
        let stripe = Color32::from_rgb(
            panel.r().saturating_add(faint.r()),
            panel.g().saturating_add(faint.g()),
            panel.b().saturating_add(faint.b()),
        );
        [panel, visuals.window_fill, stripe]
    }

    #[test]
    fn every_text_colour_reads_at_4_5_to_1_in_both_themes() {
        for (name, visuals, palette) in [
            ("light", egui::Visuals::light(), LIGHT),
            ("dark", egui::Visuals::dark(), DARK),
        ] {
            let text = [
                ("expiring", palette.expiring),
                ("error", palette.error),
                ("warn", palette.warn),
                ("weak", palette.weak),
                ("body", visuals.text_color()),
                ("strong", visuals.strong_text_color()),
            ];
            for background in backgrounds(&visuals) {
                for (what, color) in text {
                    let ratio = contrast(color, background);
                    assert!(
                        ratio >= 4.5,
                        "{name} theme: {what} {color:?} on {background:?} is {ratio:.2}:1"
                    );
                }
            }
            for (what, fg, bg) in [
                ("primary button", palette.on_accent, palette.accent),
                ("destructive button", palette.on_danger, palette.danger),
            ] {
                let ratio = contrast(fg, bg);
                assert!(ratio >= 4.5, "{name} theme: {what} is {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn the_contrast_formula_gives_the_known_extremes() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
        // egui's own red on its light panel is what this palette replaces.
        assert!(contrast(Color32::RED, egui::Visuals::light().panel_fill) < 4.5);
    }
}
