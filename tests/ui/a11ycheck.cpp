#include "a11ycheck.h"

#include "layoutcheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QButtonGroup>
#include <QHash>
#include <QLabel>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QWidget>

namespace tutorhub::testing {

namespace {

// The roles a user acts on. Scroll bars are left out (the arrow keys and Page Up/Down scroll what has focus),
// and so are menu items (reached through their menu bar or button, checked for a name only).
bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Link:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

QString roleName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
        return QStringLiteral("button");
    case QAccessible::CheckBox:
        return QStringLiteral("check box");
    case QAccessible::RadioButton:
        return QStringLiteral("radio button");
    case QAccessible::ComboBox:
        return QStringLiteral("combo box");
    case QAccessible::EditableText:
        return QStringLiteral("text field");
    case QAccessible::SpinBox:
        return QStringLiteral("spin box");
    case QAccessible::Table:
        return QStringLiteral("table");
    case QAccessible::List:
        return QStringLiteral("list");
    case QAccessible::Tree:
        return QStringLiteral("tree");
    case QAccessible::PageTabList:
        return QStringLiteral("tab bar");
    case QAccessible::PageTab:
        return QStringLiteral("tab");
    case QAccessible::MenuItem:
        return QStringLiteral("menu item");
    case QAccessible::Link:
        return QStringLiteral("link");
    default:
        return QStringLiteral("role %1").arg(int(role));
    }
}

// Tab stops of `window`: the widgets of its focus chain that take focus with Tab.
QSet<const QWidget *> tabStops(QWidget *window)
{
    QSet<const QWidget *> stops;
    QWidget *w = window;
    do {
        if ((w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus)
            stops.insert(w);
        w = w->nextInFocusChain();
    } while (w && w != window);
    return stops;
}

// A button of an exclusive group (radio buttons): Qt keeps only the one that last had focus in the Tab chain
// (QAbstractButton's fixFocusPolicy); Tab reaches that one and the arrow keys move within the group.
bool reachedThroughGroup(const QWidget *w, const QSet<const QWidget *> &stops)
{
    auto *button = qobject_cast<const QAbstractButton *>(w);
    if (!button || !button->isCheckable())
        return false;
    QList<QAbstractButton *> siblings;
    if (QButtonGroup *group = button->group(); group && group->exclusive())
        siblings = group->buttons();
    else if (button->autoExclusive() && button->parentWidget())
        siblings = button->parentWidget()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
    for (QAbstractButton *other : siblings)
        if (other != button && other->isCheckable() && other->isVisible() && other->isEnabled()
            && stops.contains(other))
            return true;
    return false;
}

// The widget that takes focus for `w` (its focus proxy, followed to the end).
const QWidget *focusTarget(const QWidget *w)
{
    while (w->focusProxy())
        w = w->focusProxy();
    return w;
}

class Walker
{
public:
    Walker(QWidget *window, const QString &where) : m_window(window), m_where(where), m_stops(tabStops(window)) { }
    QStringList findings;
    int checked = 0; // interactive widgets checked for Tab (TUTORHUB_A11Y_VERBOSE prints it)

    void report(const QWidget *w, QAccessible::Role role, const QString &problem, const QString &extra = {})
    {
        const QString what = w ? describeWidget(w) : QStringLiteral("(item)");
        findings << QStringLiteral("[%1] %2 %3%4: %5").arg(m_where, roleName(role), what, extra, problem);
    }

    void walk(QAccessibleInterface *iface, int depth)
    {
        if (!iface || !iface->isValid() || depth > 64)
            return;
        const QAccessible::State state = iface->state();
        if (state.invisible)
            return;
        const QAccessible::Role role = iface->role();
        QWidget *widget = qobject_cast<QWidget *>(iface->object());
        if (widget && widget->window() != m_window)
            return; // another window (a dialog) is checked on its own
        if (widget && (qobject_cast<QScrollBar *>(widget)))
            return;
        if (interactive(role))
            check(iface, role, widget);
        else if (widget && !widget->focusProxy() && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus
                 && widget->isVisible() && widget->isEnabled() && iface->text(QAccessible::Name).trimmed().isEmpty())
            report(widget, role, QStringLiteral("takes the keyboard focus but has no accessible name"));
        // Item views: their rows are checked by name (a few of them, not thousands); menus are their own windows.
        if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree) {
            items(role, widget);
            return;
        }
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), depth + 1);
    }

    void check(QAccessibleInterface *iface, QAccessible::Role role, QWidget *widget)
    {
        const bool item = widget == nullptr; // a tab of a tab bar, an action of a menu bar
        if (iface->text(QAccessible::Name).trimmed().isEmpty()) {
            QString extra;
            if (item && iface->parent())
                extra = QStringLiteral(" (item %1 of %2)")
                            .arg(iface->parent()->indexOfChild(iface))
                            .arg(describeParent(iface));
            report(widget, role, QStringLiteral("has no accessible name (setAccessibleName, a label buddy or a text)"),
                   extra);
        }
        if (!widget || item)
            return; // tabs and menu items are reached through their bar
        if (role == QAccessible::MenuItem || qobject_cast<QMenuBar *>(widget) || qobject_cast<QMenu *>(widget))
            return;
        if (!widget->isVisible() || !widget->isEnabled() || iface->state().disabled)
            return;
        const QWidget *target = focusTarget(widget);
        ++checked;
        if (reachedThroughGroup(target, m_stops))
            return;
        auto *text = qobject_cast<const QTextEdit *>(target);
        auto *plain = qobject_cast<const QPlainTextEdit *>(target);
        if ((text && !text->isReadOnly() && !text->tabChangesFocus())
            || (plain && !plain->isReadOnly() && !plain->tabChangesFocus()))
            report(widget, role, QStringLiteral("keeps Tab (it types a tab character): setTabChangesFocus(true)"));
        if (auto *view = qobject_cast<const QAbstractItemView *>(target); view && view->tabKeyNavigation())
            report(widget, role,
                   QStringLiteral(
                       "keeps Tab for its cells (setTabKeyNavigation(false): the arrow keys move inside, Tab leaves)"));
        if ((target->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
            report(widget, role,
                   QStringLiteral("cannot be reached with Tab (focus policy %1)").arg(int(target->focusPolicy())));
        else if (!m_stops.contains(target))
            report(widget, role, QStringLiteral("is not in the window's Tab chain"));
    }

    static QString describeParent(QAccessibleInterface *iface)
    {
        QAccessibleInterface *p = iface->parent();
        while (p && !qobject_cast<QWidget *>(p->object()))
            p = p->parent();
        return p ? describeWidget(qobject_cast<QWidget *>(p->object())) : QStringLiteral("?");
    }

    // The first rows of a list, table or tree must say what they are (their display or accessible text, also when
    // a delegate paints them).
    void items(QAccessible::Role role, QWidget *widget)
    {
        auto *itemView = qobject_cast<QAbstractItemView *>(widget);
        if (!itemView || !itemView->model())
            return;
        const QAbstractItemModel *model = itemView->model();
        const QModelIndex root = itemView->rootIndex();
        const int rows = qMin(model->rowCount(root), 3);
        const int columns = model->columnCount(root);
        for (int r = 0; r < rows; ++r) {
            bool named = false;
            for (int c = 0; c < columns && !named; ++c) {
                const QModelIndex index = model->index(r, c, root);
                const QString accessible = model->data(index, Qt::AccessibleTextRole).toString();
                const QString text = accessible.isEmpty() ? model->data(index, Qt::DisplayRole).toString() : accessible;
                named = !text.trimmed().isEmpty();
            }
            if (!named)
                report(widget, role,
                       QStringLiteral("row %1 has no text a screen reader can read (Qt::DisplayRole or "
                                      "Qt::AccessibleTextRole)")
                           .arg(r));
        }
    }

private:
    QWidget *m_window;
    QString m_where;
    QSet<const QWidget *> m_stops;
};

// The Alt+letter of a text ("&Save" -> 's'), or a null character.
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Two visible, enabled buttons or buddy labels of one window with the same Alt+letter: the shortcut then only
// cycles between them (Qt's ambiguous shortcut) and presses neither.
QStringList mnemonicClashes(QWidget *window, const QString &where)
{
    QHash<QChar, QList<QWidget *>> byKey;
    const auto all = window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled())
            continue;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            text = b->text();
        else if (auto *l = qobject_cast<QLabel *>(w);
                 l && l->buddy() && l->buddy()->isVisible() && l->buddy()->isEnabled())
            text = l->text();
        const QChar key = mnemonic(text);
        if (!key.isNull())
            byKey[key] << w;
    }
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList names;
        for (QWidget *w : it.value())
            names << describeWidget(w);
        out << QStringLiteral("[%1] Alt+%2 belongs to %3 widgets: %4")
                   .arg(where, it.key().toUpper())
                   .arg(it.value().size())
                   .arg(names.join(QStringLiteral("; ")));
    }
    out.sort();
    return out;
}

} // namespace

QStringList accessibilityFindings(QWidget *window, const QString &where)
{
    Walker walker(window, where);
    walker.walk(QAccessible::queryAccessibleInterface(window), 0);
    walker.findings << mnemonicClashes(window, where);
    walker.findings.removeDuplicates();
    if (qEnvironmentVariableIsSet("TUTORHUB_A11Y_VERBOSE"))
        qInfo("%s: %d interactive widgets, %d findings", qPrintable(where), walker.checked,
              int(walker.findings.size()));
    return walker.findings;
}

} // namespace tutorhub::testing
