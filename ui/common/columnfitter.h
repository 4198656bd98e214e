// Keeps a table's columns inside its width (decision L3): each column gets what its header and its
// visible rows want; when that is more than the view has, the widest columns give way (never below
// their header's text, so headers stay readable) and their cells elide, with the full text in a
// tooltip; spare width goes to the stretch column. The table never scrolls sideways while the
// headers fit, and it refits when it is resized, its rows change or its sort column changes.
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QTableView;
class QTimer;

namespace tutorhub::ui {

class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    // Installs a fitter on `view` (owned by it). `stretchColumn` takes the spare width; -1: the
    // column with the widest contents.
    static ColumnFitter *install(QTableView *view, int stretchColumn = -1);
    void setStretchColumn(int column);
    // A column no wider than its contents need (e.g. a date), shrunk last.
    void setMaximumContentWidth(int px) { m_maxContent = px; }
    // Fits now (tests; otherwise fitting waits for the event loop).
    void fit();

    // The width a header section needs to show its text (and the sort arrow when it is the sort column).
    static int headerTextWidth(const QTableView *view, int column);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnFitter(QTableView *view, int stretchColumn);
    void watchModel();
    void schedule();

    QTableView *m_view;
    QPointer<QAbstractItemModel> m_model;
    QTimer *m_timer;
    int m_stretch;
    int m_maxContent = 420;
    bool m_fitting = false;
};

} // namespace tutorhub::ui
