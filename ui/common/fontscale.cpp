#include "fontscale.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QWidget>

namespace tutorhub::ui {

namespace {

// The point sizes the style sheet had, as factors of the 9 pt application font they were drawn with (Qt's font
// on Debian 12 without a desktop, where the screenshots and the layout check run): the same look there, and
// titles that keep their proportion to body text at any system font size.
struct Role
{
    const char *objectName;
    double factor;
};
constexpr Role kRoles[] = {
    {"HeaderTitle", 15.0 / 9}, // 15 pt at 9 pt
    {"HeaderWorkspace", 10.5 / 9}, // 10.5 pt
    {"PageTitle", 19.0 / 9}, // 19 pt
    {"PageDescription", 11.0 / 9}, // 11 pt
    {"FormTitle", 17.0 / 9}, // 17 pt
};

class FontScaler : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish && watched->isWidgetType()) {
            applyFontScale(static_cast<QWidget *>(watched));
        } else if (event->type() == QEvent::ApplicationFontChange && watched == QCoreApplication::instance()) {
            // The application itself hears of a new font; the widgets only through their windows, and a child
            // with a size of its own keeps it. Font changes are rare: every widget is looked at once.
            const auto all = QApplication::allWidgets();
            for (QWidget *w : all)
                applyFontScale(w);
        }
        return false;
    }
};

} // namespace

double fontScale(const QWidget *widget)
{
    bool ok = false;
    const double property = widget->property(kFontScaleProperty).toDouble(&ok);
    return ok && property > 0 ? property : fontScale(widget->objectName());
}

double fontScale(const QString &objectName)
{
    for (const Role &role : kRoles)
        if (objectName == QLatin1String(role.objectName))
            return role.factor;
    return 0;
}

void applyFontScale(QWidget *widget)
{
    const double factor = fontScale(widget);
    if (factor <= 0)
        return;
    const QFont base = QApplication::font(widget);
    QFont font = widget->font();
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(base.pixelSize() * factor));
    if (font != widget->font())
        widget->setFont(font);
}

void installFontScaling(QApplication &app)
{
    static const QString name = QStringLiteral("tutorhubFontScaler");
    if (app.findChild<QObject *>(name, Qt::FindDirectChildrenOnly))
        return;
    auto *scaler = new FontScaler(&app);
    scaler->setObjectName(name);
    app.installEventFilter(scaler);
}

} // namespace tutorhub::ui
