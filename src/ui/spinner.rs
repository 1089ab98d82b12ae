//! A busy indicator that animates at a bounded rate.
//!
//! egui's own spinner asks for the next frame at once, every frame. Where nothing
//! paces the frames (no vsync, a virtual display, some remote desktops) that keeps a
//! core busy for as long as the app only waits for the portal. This one asks for a
//! frame [`FRAME`] later, so waiting costs a few frames a second.

use std::time::Duration;

use egui::{Pos2, Response, Role, Sense, Shape, Stroke, Ui, WidgetInfo, emath::lerp, vec2};

/// Time between two pictures of the spinner: 20 a second look smooth enough.
pub const FRAME: Duration = Duration::from_millis(50);

/// Draws the spinner at the size of a button's height.
pub fn spinner(ui: &mut Ui) -> Response {
    let size = ui.style().spacing.interact_size.y;
    let (rect, response) = ui.allocate_exact_size(vec2(size, size), Sense::hover());
    response.widget_info(|| WidgetInfo::new(Role::ProgressIndicator));
    if ui.is_rect_visible(rect) {
        ui.ctx().request_repaint_after(FRAME);
        let color = ui.visuals().strong_text_color();
        let radius = rect.height().min(rect.width()) * 0.5 - 2.0;
        let points = (radius.round() as u32).clamp(8, 128);
        let time = ui.input(|input| input.time);
        let start = time * std::f64::consts::TAU;
        let end = start + 240f64.to_radians() * time.sin();
        let line: Vec<Pos2> = (0..points)
            .map(|i| {
                let angle = lerp(start..=end, f64::from(i) / f64::from(points));
                let (sin, cos) = angle.sin_cos();
                rect.center() + radius * vec2(cos as f32, sin as f32)
            })
            .collect();
        ui.painter().add(Shape::line(line, Stroke::new(3.0, color)));
    }
    response
}
