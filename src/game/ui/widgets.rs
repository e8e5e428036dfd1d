//! Small pieces shared by the screens.

use bevy::prelude::*;
use bevy_egui::egui;

use crate::sim::Health;

/// Screen systems draw first (panels), overlays after (windows on top).
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct ScreenUi;

/// Hints, the pause menu and notices.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct OverlayUi;

/// A root `Ui` covering the window, for panels (egui 0.36 panels live inside a `Ui`).
pub fn root_ui(ctx: &egui::Context) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        "screen".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    )
}

/// A side panel with a heading over a body that scrolls: the shape of the planning
/// and report screens' columns.
pub fn titled_panel(
    panel: egui::Panel,
    root: &mut egui::Ui,
    heading: &str,
    body: impl FnOnce(&mut egui::Ui),
) {
    panel.show(root, |ui| {
        ui.add_space(4.0);
        ui.heading(heading);
        egui::ScrollArea::vertical().show(ui, body);
    });
}

/// A fixed line chart with a legend: the debrief's and workshop's curves.
pub fn chart(id: &str, width: f32, height: f32) -> egui_plot::Plot<'static> {
    egui_plot::Plot::new(id.to_string())
        .height(height)
        .width(width)
        .legend(egui_plot::Legend::default())
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
}

/// A theme colour for egui.
pub const fn color(c: crate::theme::Rgb) -> egui::Color32 {
    egui::Color32::from_rgb(c.0, c.1, c.2)
}

pub const GOOD: egui::Color32 = color(crate::theme::GOOD);
pub const WARN: egui::Color32 = color(crate::theme::WARN);
pub const BAD: egui::Color32 = color(crate::theme::BAD);
pub const MUTED: egui::Color32 = color(crate::theme::MUTED);
pub const ACCENT: egui::Color32 = color(crate::theme::ACCENT);

/// Series colours for charts (teams, reps, bots), the same as the HTML exports'.
pub const SERIES: [egui::Color32; 8] = {
    let s = crate::theme::SERIES;
    [
        color(s[0]),
        color(s[1]),
        color(s[2]),
        color(s[3]),
        color(s[4]),
        color(s[5]),
        color(s[6]),
        color(s[7]),
    ]
};

/// Colour of a deal's health, the same on the board and in tables.
pub fn health_color(h: Health) -> egui::Color32 {
    match h {
        Health::Healthy => GOOD,
        Health::Slow => WARN,
        Health::Stale => BAD,
        Health::Doomed => MUTED,
    }
}

/// A horizontal bar with text on it. The text starts at the bar's left end, so when
/// most of the bar is filled with a dark colour it is drawn white to stay readable.
pub fn bar(
    ui: &mut egui::Ui,
    fraction: f64,
    width: f32,
    text: impl Into<String>,
    color: egui::Color32,
) {
    let fraction = fraction.clamp(0.0, 1.0);
    let mut text = egui::RichText::new(text.into());
    if fraction >= 0.6 && is_dark(color) {
        text = text.color(egui::Color32::WHITE);
    }
    ui.add(
        egui::ProgressBar::new(fraction as f32)
            .desired_width(width)
            .fill(color)
            .corner_radius(3.0)
            .text(text),
    );
}

/// Whether white text reads better than dark text on a colour (perceived lightness
/// by the usual Rec. 601 weights on the sRGB values).
fn is_dark(c: egui::Color32) -> bool {
    let y = 0.299 * c.r() as f32 + 0.587 * c.g() as f32 + 0.114 * c.b() as f32;
    y < 150.0
}

/// Green when high, amber in the middle, red when low.
pub fn level_color(x: f64) -> egui::Color32 {
    if x >= 0.6 {
        GOOD
    } else if x >= 0.4 {
        WARN
    } else {
        BAD
    }
}

pub use crate::narrate::pct;

/// A primary button: bigger and coloured.
pub fn primary(ui: &mut egui::Ui, text: &str, enabled: bool) -> egui::Response {
    ui.add_enabled(
        enabled,
        egui::Button::new(
            egui::RichText::new(text)
                .strong()
                .size(16.0)
                .color(egui::Color32::WHITE),
        )
        .fill(ACCENT)
        .min_size(egui::vec2(140.0, 30.0)),
    )
}

/// Whether a key was pressed this frame while no text field has focus.
pub fn key(ctx: &egui::Context, k: egui::Key) -> bool {
    !ctx.egui_wants_keyboard_input() && ctx.input(|i| i.key_pressed(k))
}

/// Gives a control without a visible label of its own (a combo box beside its
/// heading) the name a screen reader says.
pub fn name_for_readers(response: &egui::Response, name: &str) {
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::WidgetType::ComboBox, response.enabled(), name)
    });
}

/// Names a text field for screen readers (its label is a separate widget beside it),
/// keeping the text it holds as the value a reader says after the name.
pub fn name_text_field(response: &egui::Response, name: &str, text: &str) {
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::text_edit(response.enabled(), text, text, "");
        info.label = Some(name.to_string());
        info
    });
}

/// Names a number field for screen readers (its label is a separate widget beside
/// it), keeping the number as the value a reader says after the name.
pub fn name_number_field(response: &egui::Response, name: &str, value: f64) {
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::drag_value(response.enabled(), value);
        info.label = Some(name.to_string());
        info
    });
}

/// Names a radio button drawn without words (a table row's choice) after the row.
pub fn name_choice(response: &egui::Response, name: &str, selected: bool) {
    response.widget_info(|| {
        egui::WidgetInfo::selected(
            egui::WidgetType::RadioButton,
            response.enabled(),
            selected,
            name,
        )
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_colours_take_white_text_and_pale_ones_dark() {
        for c in [GOOD, BAD, ACCENT] {
            assert!(is_dark(c), "{c:?}");
        }
        // Okabe-Ito orange is light: dark text reads better on it.
        for c in [
            WARN,
            egui::Color32::from_rgb(150, 190, 235),
            egui::Color32::WHITE,
        ] {
            assert!(!is_dark(c), "{c:?}");
        }
    }
}
