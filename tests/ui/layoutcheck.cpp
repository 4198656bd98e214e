#include "layoutcheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTextDocument>
#include <QTextEdit>
#include <QtMath>
#include <QToolButton>

namespace tutorhub::testing {

namespace {

// Text as painted: mnemonic markers removed ("&Save" -> "Save", "&&" -> "&").
QString withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
            out += text.at(i);
            continue;
        }
        out += text.at(i);
    }
    return out;
}

int widestLine(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, fm.horizontalAdvance(line));
    return widest;
}

QString shortText(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

// True inside the viewport of a scroll area (its content may scroll; the scroll check covers it).
bool insideViewport(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget()))
            if (area->viewport() == p)
                return true;
    return false;
}

// How much of `w` its ancestors (up to the window or a scroll viewport) leave visible, horizontally.
int visibleWidth(const QWidget *w, const QWidget *window)
{
    QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        r &= QRect(p->mapTo(window, QPoint(0, 0)), p->size());
        if (p == window)
            break;
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget()); area && area->viewport() == p)
            break;
    }
    return r.isValid() ? r.width() : 0;
}

class Checker
{
public:
    Checker(QWidget *window, const QString &where) : m_window(window), m_where(where) { }
    QStringList findings;

    void report(const QWidget *w, const QString &problem)
    {
        findings << QStringLiteral("[%1] %2: %3").arg(m_where, describeWidget(w), problem);
    }
    void needRoom(const QWidget *w, const QString &what, int need, int have)
    {
        if (need > have)
            report(w, QStringLiteral("%1 needs %2 px, has %3 px").arg(what).arg(need).arg(have));
    }

    void label(QLabel *l)
    {
        if (l->text().isEmpty() || !l->pixmap().isNull())
            return;
        // Garbled: markup of ours shown as text (a label that must render it is not Qt::RichText, SEC49 made the
        // rest plain). The demo data the check runs on has no markup of its own.
        static const QRegularExpression ourTags(QStringLiteral("</?(h[1-6]|b|i|p|br)\\b[^>]*>"));
        if (l->textFormat() == Qt::PlainText && ourTags.match(l->text()).hasMatch())
            report(l, QStringLiteral("shows its markup as text: %1").arg(l->text().left(60)));
        const bool rich
            = l->textFormat() == Qt::RichText || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()));
        const QRect cr = l->contentsRect().adjusted(l->margin(), l->margin(), -l->margin(), -l->margin());
        if (l->wordWrap()) {
            // Wrapped text is fine when all its lines fit the height it got, and no word is wider than the label.
            const int need = l->heightForWidth(l->width());
            if (need > l->height())
                report(l, QStringLiteral("wrapped text needs %1 px height, has %2 px").arg(need).arg(l->height()));
            needRoom(l, QStringLiteral("longest word"), l->minimumSizeHint().width(), l->width());
            return;
        }
        int need;
        if (rich) {
            QTextDocument doc;
            doc.setDefaultFont(l->font());
            doc.setDocumentMargin(0);
            doc.setHtml(l->text());
            need = qCeil(doc.idealWidth());
        } else {
            const QString text = l->buddy() ? withoutMnemonic(l->text()) : l->text();
            need = widestLine(l->fontMetrics(), text);
        }
        int have = cr.width();
        if (l->indent() > 0)
            have -= l->indent();
        else if (l->indent() < 0 && l->frameWidth() > 0)
            have -= l->fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2;
        needRoom(l, QStringLiteral("text '%1'").arg(shortText(l->text())), need, have);
    }

    void button(QAbstractButton *b)
    {
        const QString text = withoutMnemonic(b->text());
        if (text.isEmpty())
            return;
        const QFontMetrics fm = b->fontMetrics();
        const int iconRoom = b->icon().isNull() ? 0 : b->iconSize().width() + 4;
        const int need = widestLine(fm, text) + iconRoom;
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            QStyleOptionButton opt;
            opt.initFrom(push);
            opt.text = push->text();
            opt.icon = push->icon();
            opt.iconSize = push->iconSize();
            if (push->isDefault())
                opt.features |= QStyleOptionButton::DefaultButton;
            if (push->autoDefault())
                opt.features |= QStyleOptionButton::AutoDefaultButton;
            if (push->isFlat())
                opt.features |= QStyleOptionButton::Flat;
            int have = push->style()->subElementRect(QStyle::SE_PushButtonContents, &opt, push).width();
            if (push->menu())
                have -= push->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &opt, push);
            needRoom(b, QStringLiteral("text '%1'").arg(shortText(text)), need, have);
        } else if (qobject_cast<QCheckBox *>(b) || qobject_cast<QRadioButton *>(b)) {
            QStyleOptionButton opt;
            opt.initFrom(b);
            opt.text = b->text();
            opt.icon = b->icon();
            opt.iconSize = b->iconSize();
            const auto element
                = qobject_cast<QCheckBox *>(b) ? QStyle::SE_CheckBoxContents : QStyle::SE_RadioButtonContents;
            needRoom(b, QStringLiteral("text '%1'").arg(shortText(text)), need,
                     b->style()->subElementRect(element, &opt, b).width());
        } else if (auto *tool = qobject_cast<QToolButton *>(b)) {
            if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                return;
            needRoom(b, QStringLiteral("text '%1'").arg(shortText(text)), tool->sizeHint().width(), tool->width());
        } else {
            needRoom(b, QStringLiteral("text '%1'").arg(shortText(text)), b->sizeHint().width(), b->width());
        }
    }

    void combo(QComboBox *c)
    {
        if (c->isEditable() || c->currentText().isEmpty())
            return; // an editable combo's text is checked as its line edit
        QStyleOptionComboBox opt;
        opt.initFrom(c);
        opt.editable = false;
        opt.frame = c->hasFrame();
        opt.currentText = c->currentText();
        opt.currentIcon = c->itemIcon(c->currentIndex());
        opt.iconSize = c->iconSize();
        const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, c);
        const int iconRoom = opt.currentIcon.isNull() ? 0 : opt.iconSize.width() + 4;
        needRoom(c, QStringLiteral("shown item '%1'").arg(shortText(c->currentText())),
                 c->fontMetrics().horizontalAdvance(c->currentText()) + iconRoom, field.width());
    }

    void lineEdit(QLineEdit *e)
    {
        // A value the user did not type (spin box, combo box, read-only field) or the placeholder must fit;
        // typed text may scroll.
        const bool shown = e->isReadOnly() || qobject_cast<QAbstractSpinBox *>(e->parentWidget())
                           || qobject_cast<QComboBox *>(e->parentWidget());
        QString text;
        QString what;
        if (!e->text().isEmpty() && shown) {
            text = e->displayText();
            what = QStringLiteral("value");
        } else if (e->text().isEmpty() && !e->placeholderText().isEmpty()) {
            text = e->placeholderText();
            what = QStringLiteral("placeholder");
        } else {
            return;
        }
        QStyleOptionFrame opt;
        opt.initFrom(e);
        opt.rect = e->contentsRect();
        opt.lineWidth = e->hasFrame() ? e->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &opt, e) : 0;
        opt.midLineWidth = 0;
        opt.state |= QStyle::State_Sunken;
        QRect r = e->style()->subElementRect(QStyle::SE_LineEditContents, &opt, e);
        r = r.marginsRemoved(e->textMargins());
        // Side widgets (clear button, actions) take their room from the text.
        for (QWidget *side : e->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!side->isVisibleTo(e) || side->width() <= 0)
                continue;
            if (side->geometry().center().x() > e->width() / 2)
                r.setRight(qMin(r.right(), side->geometry().left() - 1));
            else
                r.setLeft(qMax(r.left(), side->geometry().right() + 1));
        }
        needRoom(e, QStringLiteral("%1 '%2'").arg(what, shortText(text)), e->fontMetrics().horizontalAdvance(text),
                 r.width() - 4 /* QLineEdit's horizontal margin, both sides */);
    }

    void header(QHeaderView *h)
    {
        if (h->orientation() != Qt::Horizontal || !h->model())
            return;
        const int margin = h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
        const int mark = h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h);
        // A header that highlights the sections of the selection draws them bold: measure bold then.
        QFont font = h->font();
        font.setBold(font.bold() || h->highlightSections());
        const QFontMetrics fm(font);
        for (int logical = 0; logical < h->count(); ++logical) {
            if (h->isSectionHidden(logical))
                continue;
            const QString text = h->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            int need = fm.horizontalAdvance(text) + 2 * margin;
            if (h->isSortIndicatorShown() && h->sortIndicatorSection() == logical)
                need += mark + margin;
            if (need > h->sectionSize(logical))
                report(h, QStringLiteral("section '%1' needs %2 px, has %3 px")
                              .arg(text)
                              .arg(need)
                              .arg(h->sectionSize(logical)));
        }
    }

    void tabBar(QTabBar *bar)
    {
        if (bar->count() == 0)
            return;
        const QRect last = bar->tabRect(bar->count() - 1);
        if (bar->shape() == QTabBar::RoundedNorth || bar->shape() == QTabBar::RoundedSouth) {
            if (last.right() >= bar->width() + 1 || bar->tabRect(0).left() < 0)
                report(bar, QStringLiteral("tabs need %1 px, have %2 px").arg(last.right() + 1).arg(bar->width()));
            const int space = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
            for (int i = 0; i < bar->count(); ++i) {
                const QString text = withoutMnemonic(bar->tabText(i));
                const int iconRoom = bar->tabIcon(i).isNull() ? 0 : bar->iconSize().width() + 4;
                const int need = bar->fontMetrics().horizontalAdvance(text) + iconRoom + space;
                if (need > bar->tabRect(i).width())
                    report(bar, QStringLiteral("tab '%1' needs %2 px, has %3 px")
                                    .arg(text)
                                    .arg(need)
                                    .arg(bar->tabRect(i).width()));
            }
        }
    }

    void scrollArea(QAbstractScrollArea *area)
    {
        if (qobject_cast<QTextEdit *>(area) || qobject_cast<QPlainTextEdit *>(area))
            return; // typed text
        const QScrollBar *bar = area->horizontalScrollBar();
        if (bar && bar->maximum() > bar->minimum())
            report(area, QStringLiteral("needs a horizontal scrollbar (content wider than the %1 px viewport by %2)")
                             .arg(area->viewport()->width())
                             .arg(bar->maximum() - bar->minimum()));
    }

    void clipped(QWidget *w)
    {
        if (insideViewport(w, m_window))
            return;
        const int visible = visibleWidth(w, m_window);
        if (visible + 1 < w->width())
            report(w, QStringLiteral("cut off by its parent: %1 of %2 px visible").arg(visible).arg(w->width()));
    }

    void run()
    {
        const auto all = m_window->findChildren<QWidget *>();
        for (QWidget *w : all) {
            if (w->window() != m_window || !w->isVisible() || w->width() <= 0 || w->height() <= 0)
                continue;
            if (auto *l = qobject_cast<QLabel *>(w)) {
                label(l);
                clipped(w);
            } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
                button(b);
                if (!b->text().isEmpty())
                    clipped(w);
            } else if (auto *c = qobject_cast<QComboBox *>(w)) {
                combo(c);
                clipped(w);
            } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
                lineEdit(e);
                if (!qobject_cast<QAbstractSpinBox *>(e->parentWidget())
                    && !qobject_cast<QComboBox *>(e->parentWidget()))
                    clipped(w);
            } else if (auto *s = qobject_cast<QAbstractSpinBox *>(w)) {
                clipped(s);
            } else if (auto *h = qobject_cast<QHeaderView *>(w)) {
                header(h);
            } else if (auto *t = qobject_cast<QTabBar *>(w)) {
                tabBar(t);
            } else if (auto *a = qobject_cast<QAbstractScrollArea *>(w)) {
                scrollArea(a);
                clipped(w);
            }
        }
    }

private:
    QWidget *m_window;
    QString m_where;
};

} // namespace

QString describeWidget(const QWidget *widget)
{
    QString out = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        out += QLatin1Char('#') + widget->objectName();
    if (!widget->accessibleName().isEmpty())
        out += QStringLiteral(" (%1)").arg(widget->accessibleName());
    // The nearest named ancestor, so an unnamed label can still be found.
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            out += QStringLiteral(" in %1#%2").arg(QString::fromLatin1(p->metaObject()->className()), p->objectName());
            break;
        }
    return out;
}

QStringList layoutFindings(QWidget *window, const QString &where, const QSize &requested)
{
    Checker checker(window, where);
    if (requested.isValid() && (window->width() > requested.width() || window->height() > requested.height()))
        checker.report(window, QStringLiteral("cannot shrink to %1x%2: it is %3x%4 (minimum %5x%6)")
                                   .arg(requested.width())
                                   .arg(requested.height())
                                   .arg(window->width())
                                   .arg(window->height())
                                   .arg(window->minimumSizeHint().width())
                                   .arg(window->minimumSizeHint().height()));
    checker.run();
    return checker.findings;
}

} // namespace tutorhub::testing
