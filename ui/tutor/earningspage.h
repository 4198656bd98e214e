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
class EarningsViewModel;
} // namespace tutor
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

    models::PagedListModel *enrollments() const;
    models::tutor::EarningsModel *earnings() const;
    bool isLoaded() const;
    void reload();

protected:
    void profileReady() override;

private:
    models::tutor::EarningsViewModel *m_model;
    QTableView *m_enrollmentView;
    QTableView *m_summaryView;
    ListState *m_state;
    QLabel *m_summaryNote;
};

} // namespace tutorhub::ui::tutor
