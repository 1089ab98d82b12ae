//! A busy indicator drawn a few times a second.
//!
//! egui's own spinner asks for the next frame at once, every frame. Where nothing
//! paces the frames (no vsync, a virtual display, software OpenGL, some remote
//! desktops) each frame redraws the whole window on the CPU, and the app then keeps a
//! core busy for as long as it only waits for the portal. This indicator is three dots,
//! one lit after the other, changing every [`STEP`]: it looks the same at a picture and
//! a half a second as it would at sixty, and it asks for a frame only when its picture
//! changes. No more than that: with software OpenGL a frame of a grid of 100 000 keys costs
//! about 25 ms of CPU, so that waiting on a portal costs under 5 % of a core (at two
//! pictures a second it was 5.0 % to 5.8 %; `scripts/bench-window.sh`).

use std::time::Duration;

use egui::{Response, Role, Sense, Ui, WidgetInfo, vec2};

/// Time between two pictures of the indicator.
pub const STEP: Duration = Duration::from_millis(650);
const DOTS: u64 = 3;

/// Draws the indicator at the height of a button.
pub fn spinner(ui: &mut Ui) -> Response {
    let height = ui.style().spacing.interact_size.y;
    let (rect, response) = ui.allocate_exact_size(vec2(height * 1.5, height), Sense::hover());
    response.widget_info(|| WidgetInfo::new(Role::ProgressIndicator));
    if ui.is_rect_visible(rect) {
        let step = STEP.as_secs_f64();
        let time = ui.input(|input| input.time);
        let current = (time / step).floor();
        let until_next = ((current + 1.0) * step - time).max(0.001);
        ui.ctx()
            .request_repaint_after(Duration::from_secs_f64(until_next));
        let lit = (current as u64) % DOTS;
        let visuals = ui.visuals();
        let radius = height * 0.13;
        let gap = rect.width() / DOTS as f32;
        for dot in 0..DOTS {
            let center = rect.left_center() + vec2(gap * (dot as f32 + 0.5), 0.0);
            let color = if dot == lit {
                visuals.strong_text_color()
            } else {
                visuals.weak_text_color()
            };
            ui.painter().circle_filled(center, radius, color);
        }
    }
    response
}
