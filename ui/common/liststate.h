// The state line under (or over) a list bound to a models::PagedListModel: a busy indicator while
// a page loads (after 200 ms), the error sentence with a Retry button, or the empty text when the
// query has no rows, or the offline notice when the rows come from the offline cache (U44); hidden when there is
// nothing to say. Also announces the row count.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::ui {

class BusyIndicator;

class ListState : public QWidget
{
    Q_OBJECT

public:
    explicit ListState(QWidget *parent = nullptr);

    void setModel(models::PagedListModel *model);
    // Shown when a finished query has no rows, e.g. "No course packs match these filters."
    void setEmptyText(const QString &text);
    QString text() const;
    bool isShowingError() const { return m_showingError; }
    // The rows are the offline cache's: the line says since when (U44).
    bool isShowingOffline() const { return m_showingOffline; }

private:
    void update();

    QPointer<models::PagedListModel> m_model;
    BusyIndicator *m_busy;
    QLabel *m_text;
    QPushButton *m_retry;
    QString m_empty;
    bool m_showingError = false;
    bool m_showingOffline = false;
    QTimer *m_ageTimer = nullptr;
};

} // namespace tutorhub::ui
