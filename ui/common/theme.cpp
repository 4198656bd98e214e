#include "theme.h"

#include "fontscale.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

namespace tutorhub::ui {

namespace {

QColor c(const char *hex)
{
    return QColor(QLatin1String(hex));
}

Tone t(const char *bg, const char *fg, const char *border)
{
    return {c(bg), c(fg), c(border)};
}

// The light palette is the one the app always had (P3); dark and high contrast keep its structure (P40).
Theme makeLight()
{
    Theme th;
    th.id = ThemeId::Light;
    th.window = c("#f4f6fa");
    th.surface = c("#ffffff");
    th.hover = c("#f1f5f9");
    th.border = c("#dde3ec");
    th.inputBorder = c("#c8d1de");
    th.text = c("#1f2937");
    th.secondaryText = c("#3b4656");
    th.mutedText = c("#5b6778");
    th.disabledText = c("#8b95a3");
    th.accent = c("#2563eb");
    th.accentHover = c("#1d4ed8");
    th.accentLine = c("#2563eb");
    th.onAccent = c("#ffffff");
    th.accentText = c("#1d4ed8");
    th.accentSoft = c("#e8effd");
    th.focus = c("#1e3a8a");
    th.accentDisabled = c("#93b4f3");
    th.errorText = c("#b91c1c");
    th.warningText = c("#b45309");
    th.icon = c("#475569");
    th.positive = t("#dcf5e6", "#166534", "#86c9a0");
    th.negative = t("#fde2e1", "#991b1b", "#e8a0a0");
    th.warning = t("#fef0c7", "#854d0e", "#e0b96a");
    th.info = t("#e0eafd", "#1e40af", "#93aef0");
    th.neutral = t("#eceff3", "#374151", "#b9c0ca");
    th.bannerInfo = t("#eff6ff", "#1e3a8a", "#bfdbfe");
    th.bannerSuccess = t("#f0fdf4", "#14532d", "#bbf7d0");
    th.bannerWarning = t("#fffbeb", "#78350f", "#fde68a");
    th.bannerError = t("#fef2f2", "#7f1d1d", "#fecaca");
    th.chatSystem = t("#eef2f7", "#1f2937", "#eef2f7");
    th.chatModeration = t("#fef3c7", "#1f2937", "#d97706");
    th.comingChip = t("#fff7e6", "#8a4b00", "#f6d9a8");
    th.devCode = t("#f0f7ff", "#1f2937", "#7aa7f0");
    th.series = {c("#2563eb"), c("#16a34a"), c("#dc2626"), c("#d97706"), c("#7c3aed"), c("#0891b2")};
    return th;
}

Theme makeDark()
{
    Theme th;
    th.id = ThemeId::Dark;
    th.window = c("#161b22");
    th.surface = c("#1f2630");
    th.hover = c("#2a3340");
    th.border = c("#363f4c");
    th.inputBorder = c("#6e7a8a");
    th.text = c("#e6edf3");
    th.secondaryText = c("#c9d1d9");
    th.mutedText = c("#a3adb9");
    th.disabledText = c("#6e7781");
    th.accent = c("#2563eb");
    th.accentHover = c("#1d4ed8");
    th.accentLine = c("#5b9bff");
    th.onAccent = c("#ffffff");
    th.accentText = c("#8cb8ff");
    th.accentSoft = c("#1d3557");
    th.focus = c("#93c5fd");
    th.accentDisabled = c("#27395a");
    th.errorText = c("#fb8c8c");
    th.warningText = c("#fbbf5a");
    th.icon = c("#c3ccd7");
    th.positive = t("#133d27", "#8ff0b0", "#256b45");
    th.negative = t("#4a1c1c", "#ffb0b0", "#8a3434");
    th.warning = t("#45320f", "#fcd679", "#85621f");
    th.info = t("#1b3458", "#a9cbff", "#335f9e");
    th.neutral = t("#2d3540", "#d6dde5", "#4b5563");
    th.bannerInfo = t("#15263f", "#c4dcff", "#2b4f86");
    th.bannerSuccess = t("#0f2b1c", "#b9f5cf", "#1f6640");
    th.bannerWarning = t("#33260b", "#fde68a", "#7c5a14");
    th.bannerError = t("#391616", "#fecaca", "#7f2a2a");
    th.chatSystem = t("#2a3340", "#e6edf3", "#2a3340");
    th.chatModeration = t("#3a2c0c", "#e6edf3", "#d97706");
    th.comingChip = t("#3a2a0e", "#fcd38d", "#7c5a14");
    th.devCode = t("#15263f", "#e6edf3", "#4f7fcf");
    th.series = {c("#60a5fa"), c("#4ade80"), c("#f87171"), c("#fbbf24"), c("#c4a5fd"), c("#22d3ee")};
    return th;
}

// Black and white with yellow and cyan accents, every text pair at 7:1 or more (WCAG AAA), borders white.
Theme makeHighContrast()
{
    Theme th;
    th.id = ThemeId::HighContrast;
    th.window = c("#000000");
    th.surface = c("#000000");
    th.hover = c("#262626");
    th.border = c("#ffffff");
    th.inputBorder = c("#ffffff");
    th.text = c("#ffffff");
    th.secondaryText = c("#ffffff");
    th.mutedText = c("#e0e0e0");
    th.disabledText = c("#9e9e9e");
    th.accent = c("#ffff00");
    th.accentHover = c("#ffffa0");
    th.accentLine = c("#ffff00");
    th.onAccent = c("#000000");
    th.accentText = c("#ffff00");
    th.accentSoft = c("#00264d");
    th.focus = c("#00ffff");
    th.accentDisabled = c("#5c5c00");
    th.errorText = c("#ff9e9e");
    th.warningText = c("#ffd84d");
    th.icon = c("#ffffff");
    th.positive = t("#000000", "#7dff9c", "#7dff9c");
    th.negative = t("#000000", "#ffa3a3", "#ffa3a3");
    th.warning = t("#000000", "#ffe45c", "#ffe45c");
    th.info = t("#000000", "#9fd8ff", "#9fd8ff");
    th.neutral = t("#000000", "#ffffff", "#ffffff");
    th.bannerInfo = t("#000000", "#ffffff", "#9fd8ff");
    th.bannerSuccess = t("#000000", "#ffffff", "#7dff9c");
    th.bannerWarning = t("#000000", "#ffffff", "#ffe45c");
    th.bannerError = t("#000000", "#ffffff", "#ffa3a3");
    th.chatSystem = t("#1a1a1a", "#ffffff", "#ffffff");
    th.chatModeration = t("#000000", "#ffffff", "#ffe45c");
    th.comingChip = t("#000000", "#ffe45c", "#ffe45c");
    th.devCode = t("#000000", "#ffffff", "#00ffff");
    th.series = {c("#ffff00"), c("#00ffff"), c("#ff80ff"), c("#7dff9c"), c("#ffffff"), c("#ffa64d")};
    return th;
}

ThemeId &activeId()
{
    static ThemeId id = ThemeId::Light;
    return id;
}

// The icon set recoloured for a dark theme, written once per theme to a private temporary folder, so that QIcon's
// SVG engine and the style sheet's url() read it like the compiled-in files (P42).
std::unique_ptr<QTemporaryDir> &iconDir()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}

QString recolouredSvg(const QString &svg, const Theme &th)
{
    // The icon set's line and status colours (light) → the theme's; #fffffe marks a line drawn on the accent (the
    // check box's tick). The logo keeps its brand colours.
    const QList<std::pair<const char *, QColor>> map {{"#475569", th.icon},       {"#64748b", th.mutedText},
                                                      {"#1d4ed8", th.accentText}, {"#15803d", th.positive.foreground},
                                                      {"#b91c1c", th.errorText},  {"#b45309", th.warningText},
                                                      {"#fffffe", th.onAccent}};
    QString out = svg;
    for (const auto &[from, to] : map)
        out.replace(QLatin1String(from), to.name(), Qt::CaseInsensitive);
    return out;
}

void writeIcons(const Theme &th)
{
    iconDir().reset();
    if (th.id == ThemeId::Light)
        return;
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return; // the compiled-in (light) icons then
    const QStringList names
        = QDir(QStringLiteral(":/tutorhub/icons")).entryList({QStringLiteral("*.svg")}, QDir::Files);
    for (const QString &file : names) {
        QFile in(QStringLiteral(":/tutorhub/icons/") + file);
        QFile out(dir->filePath(file));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return;
        out.write(recolouredSvg(QString::fromUtf8(in.readAll()), th).toUtf8());
    }
    iconDir() = std::move(dir);
}

QString iconFile(const QString &name)
{
    if (iconDir())
        return iconDir()->filePath(name + QStringLiteral(".svg"));
    return themeIconPath(name);
}

double luminance(const QColor &color)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

} // namespace

ThemeId themeIdFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    if (ok)
        *ok = true;
    if (n == QLatin1String("light"))
        return ThemeId::Light;
    if (n == QLatin1String("dark"))
        return ThemeId::Dark;
    if (n == QLatin1String("high-contrast") || n == QLatin1String("highcontrast") || n == QLatin1String("hc"))
        return ThemeId::HighContrast;
    if (ok)
        *ok = false;
    return ThemeId::Light;
}

QString themeName(ThemeId id)
{
    switch (id) {
    case ThemeId::Light:
        return QStringLiteral("light");
    case ThemeId::Dark:
        return QStringLiteral("dark");
    case ThemeId::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("light");
}

const Theme &Theme::get(ThemeId id)
{
    static const Theme light = makeLight();
    static const Theme dark = makeDark();
    static const Theme highContrast = makeHighContrast();
    switch (id) {
    case ThemeId::Light:
        return light;
    case ThemeId::Dark:
        return dark;
    case ThemeId::HighContrast:
        return highContrast;
    }
    return light;
}

const Theme &activeTheme()
{
    return Theme::get(activeId());
}

const Tone &Theme::tone(const QString &name) const
{
    if (name == QLatin1String("positive"))
        return positive;
    if (name == QLatin1String("negative"))
        return negative;
    if (name == QLatin1String("warning"))
        return warning;
    if (name == QLatin1String("info"))
        return info;
    return neutral;
}

QPalette Theme::palette(const QPalette &base) const
{
    QPalette p = base;
    // The roles the light theme always set, in every colour group (P3).
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, surface);
    p.setColor(QPalette::AlternateBase, id == ThemeId::Light ? window : hover);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Button, surface);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, onAccent);
    p.setColor(QPalette::Link, accentText);
    p.setColor(QPalette::LinkVisited, accentText);
    p.setColor(QPalette::PlaceholderText, mutedText);
    p.setColor(QPalette::ToolTipBase, id == ThemeId::Light ? text : hover);
    p.setColor(QPalette::ToolTipText, id == ThemeId::Light ? surface : text);
    if (id == ThemeId::Light)
        return p;
    // Dark and high contrast: the bevel roles Fusion derives frames, handles and arrows from (its standard
    // palette's are for a light window), and greyed text for disabled widgets (P40).
    p.setColor(QPalette::BrightText, QColor(Qt::black));
    p.setColor(QPalette::Light, hover.lighter(130));
    p.setColor(QPalette::Midlight, hover);
    p.setColor(QPalette::Mid, inputBorder);
    p.setColor(QPalette::Dark, border);
    p.setColor(QPalette::Shadow, QColor(Qt::black));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, accentDisabled);
    return p;
}

QString Theme::styleSheet() const
{
    // resources/styles/tutorhub.qss, compiled in (P3), with ${role} placeholders (P41).
    QFile file(QStringLiteral(":/tutorhub/styles/tutorhub.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString qss = QString::fromUtf8(file.readAll());
    const QHash<QString, QColor> roles {
        {QStringLiteral("window"), window},
        {QStringLiteral("surface"), surface},
        {QStringLiteral("hover"), hover},
        {QStringLiteral("border"), border},
        {QStringLiteral("inputBorder"), inputBorder},
        {QStringLiteral("text"), text},
        {QStringLiteral("secondaryText"), secondaryText},
        {QStringLiteral("mutedText"), mutedText},
        {QStringLiteral("disabledText"), disabledText},
        {QStringLiteral("accent"), accent},
        {QStringLiteral("accentHover"), accentHover},
        {QStringLiteral("accentLine"), accentLine},
        {QStringLiteral("onAccent"), onAccent},
        {QStringLiteral("accentText"), accentText},
        {QStringLiteral("accentSoft"), accentSoft},
        {QStringLiteral("focus"), focus},
        {QStringLiteral("accentDisabled"), accentDisabled},
        {QStringLiteral("comingChipBackground"), comingChip.background},
        {QStringLiteral("comingChipText"), comingChip.foreground},
        {QStringLiteral("comingChipBorder"), comingChip.border},
        {QStringLiteral("devCodeBackground"), devCode.background},
        {QStringLiteral("devCodeBorder"), devCode.border},
    };
    static const QRegularExpression placeholder(QStringLiteral(R"(\$\{([A-Za-z]+)\})"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(qss);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(qss).mid(last, m.capturedStart() - last);
        const auto role = roles.constFind(m.captured(1));
        if (role != roles.constEnd())
            out += role->name();
        else
            qWarning("tutorhub.qss names an unknown colour role ${%s}", qPrintable(m.captured(1)));
        last = m.capturedEnd();
    }
    out += QStringView(qss).mid(last);
    if (iconDir())
        out.replace(QStringLiteral("url(:/tutorhub/icons/"),
                    QStringLiteral("url(") + iconDir()->path() + QLatin1Char('/'));
    return out;
}

void applyTheme(QApplication &app, ThemeId id)
{
    activeId() = id;
    const Theme &th = Theme::get(id);
    writeIcons(th);
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(th.palette(app.style()->standardPalette()));
    app.setStyleSheet(th.styleSheet());
    installFontScaling(app); // titles relative to the system font size (P32)
    app.setWindowIcon(themeIcon(QStringLiteral("logo")));
}

QString themeIconPath(const QString &name)
{
    return QStringLiteral(":/tutorhub/icons/%1.svg").arg(name);
}

QIcon themeIcon(const QString &name)
{
    if (name.isEmpty() || !QFile::exists(themeIconPath(name)))
        return {};
    return QIcon(iconFile(name));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace tutorhub::ui
