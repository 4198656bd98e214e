// The look of the client: three palettes (light, dark, high contrast; issue 16 item 4, decisions P40-P49), one
// style sheet, one icon set (resources/icons/ui/*.svg, resources/styles/tutorhub.qss; both compiled in by
// resources/CMakeLists.txt). Every colour the widgets paint comes from the active Theme: its QPalette roles
// (window, base, text, highlight, ...) and the few roles a QPalette lacks (tones of status chips and banners,
// chat bubbles, chart series). Which theme is active is decided once at start-up (app/appearance.h).
#pragma once

#include <QColor>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QString>

class QApplication;

namespace tutorhub::ui {

enum class ThemeId { Light, Dark, HighContrast };

// "light", "dark", "high-contrast" (and "highcontrast", "hc") → the id; anything else → false in *ok.
ThemeId themeIdFromName(const QString &name, bool *ok = nullptr);
QString themeName(ThemeId id);

// A coloured pair (plus a border) for status chips, banners and chat bubbles.
struct Tone
{
    QColor background;
    QColor foreground;
    QColor border;
};

struct Theme
{
    ThemeId id = ThemeId::Light;
    QColor window; // QPalette::Window: behind pages
    QColor surface; // QPalette::Base: cards, lists, fields, the week grid
    QColor hover; // a hovered or alternate row, a pressed button
    QColor border; // lines and card borders
    QColor inputBorder; // fields and buttons
    QColor text; // QPalette::Text / WindowText
    QColor secondaryText; // page descriptions
    QColor mutedText; // hints, times, placeholders
    QColor disabledText;
    QColor accent; // QPalette::Highlight: the primary button, the selection
    QColor accentHover;
    QColor accentLine; // the accent as a line on `surface` (a focused field's border, the busy arc): 3:1 or more
    QColor onAccent; // text on `accent`
    QColor accentText; // accent-coloured text on `surface`/`window` (links, today)
    QColor accentSoft; // a soft accent background (selected sidebar row, own chat bubble, today's column)
    QColor focus; // focus rings
    QColor accentDisabled;
    QColor errorText; // a red sentence on `window`/`surface`
    QColor warningText;
    QColor icon; // the icon set's line colour
    Tone positive, negative, warning, info, neutral; // status chips (models::Labels::tone)
    Tone bannerInfo, bannerSuccess, bannerWarning, bannerError; // ui::MessageBanner
    Tone chatSystem, chatModeration; // chat: system lines, moderated messages
    Tone comingChip, devCode; // "coming soon" chip, the development-code box
    QList<QColor> series; // chart series, in order

    // The QPalette Fusion draws with: `base` (Fusion's standard palette) with the theme's roles set.
    QPalette palette(const QPalette &base = QPalette()) const;
    // The chip colours of a models::Labels tone ("positive", "negative", "warning", "info", else neutral).
    const Tone &tone(const QString &name) const;
    // The style sheet resources/styles/tutorhub.qss with its ${role} placeholders filled.
    QString styleSheet() const;

    static const Theme &get(ThemeId id);
};

// The theme applyTheme() installed (light before that). Read-only process state like QApplication::palette().
const Theme &activeTheme();

// Fusion style, the theme's palette and the style sheet. Call once after QApplication exists, before any
// window is built (a later call re-themes the application but not the style sheets widgets already set).
void applyTheme(QApplication &app, ThemeId id = ThemeId::Light);
// An icon of the set by name ("search", "messages", ...), its lines in the active theme's colours; a null icon
// for unknown names.
QIcon themeIcon(const QString &name);
// The compiled-in file of an icon (light colours).
QString themeIconPath(const QString &name);

// WCAG 2.x contrast ratio of two opaque colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace tutorhub::ui
