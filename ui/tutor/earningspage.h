// Students & earnings: the enrollments in the tutor's packs (student, pack, status, payment, amount)
// and the per-month summary of paid, refunded and upcoming amounts (models/tutor/earningsmodel.h).
#pragma once

#include "tutorpage.h"

class QLabel;
class QTableView;

namespace tutorhub::models {
class PagedListModel;
namespace tutor {
class EarningsModel;
}
} // namespace tutorhub::models

namespace tutorhub::ui {
class ListState;
}

namespace tutorhub::ui::tutor {

class EarningsPage : public TutorPage
{
    Q_OBJECT

public:
    EarningsPage(const WorkspaceContext &context, QWidget *parent);

    models::PagedListModel *enrollments() const { return m_enrollments; }
    models::tutor::EarningsModel *earnings() const { return m_earnings; }
    bool isLoaded() const { return m_loaded; }
    void reload();

protected:
    void profileReady() override;

private:
    models::PagedListModel *m_enrollments = nullptr;
    models::tutor::EarningsModel *m_earnings;
    QTableView *m_enrollmentView;
    QTableView *m_summaryView;
    ListState *m_state;
    QLabel *m_summaryNote;
    bool m_loaded = false;
};

} // namespace tutorhub::ui::tutor
