#include "earningspage.h"

#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "models/tutor/earningsmodel.h"
#include "models/tutor/tutorpagemodels.h"
#include "ui/common/busyindicator.h"
#include "ui/common/columnfitter.h"
#include "ui/common/liststate.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tutorhub::ui::tutor {

using models::PagedListModel;
using models::tutor::EarningsModel;

EarningsPage::EarningsPage(const WorkspaceContext &context, QWidget *parent)
    : TutorPage(context, tr("Students & earnings"), tr("Who is enrolled in your course packs, and what you earn."),
                parent),
      m_model(new models::tutor::EarningsViewModel(context.client, context.session, this))
{
    attach(m_model);
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(split);
    auto *tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    auto *summaryTitle = new QLabel(tr("Per month"), top);
    QFont f = summaryTitle->font();
    f.setBold(true);
    summaryTitle->setFont(f);
    tl->addWidget(summaryTitle);
    m_summaryView = new QTableView(top);
    m_summaryView->setTabKeyNavigation(false); // arrows move inside, Tab leaves (P31)
    m_summaryView->setAccessibleName(tr("Earnings per month"));
    m_summaryView->setModel(m_model->earnings());
    m_summaryView->verticalHeader()->hide();
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch); // few short columns
    m_summaryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    tl->addWidget(m_summaryView, 1);
    m_summaryNote = new QLabel(tr("Paid: payments received, in the month of enrollment. Refunded: in the month of the "
                                  "refund. Upcoming: each booked lesson still ahead, its share of the pack's price, in "
                                  "the lesson's month. Amounts in euros, months in %1.")
                                   .arg(models::Format::displayZoneName()),
                               top);
    m_summaryNote->setWordWrap(true);
    m_summaryNote->setForegroundRole(QPalette::PlaceholderText);
    tl->addWidget(m_summaryNote);

    auto *bottom = new QWidget(split);
    auto *bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    auto *listTitle = new QLabel(tr("Enrollments"), bottom);
    listTitle->setFont(f);
    bl->addWidget(listTitle);
    m_enrollmentView = new QTableView(bottom);
    m_enrollmentView->setTabKeyNavigation(false);
    m_enrollmentView->setAccessibleName(tr("Enrollments in your packs"));
    m_enrollmentView->verticalHeader()->hide();
    ColumnFitter::install(m_enrollmentView);
    m_enrollmentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_enrollmentView->setSortingEnabled(true);
    bl->addWidget(m_enrollmentView, 1);
    m_state = new ListState(bottom);
    m_state->setEmptyText(tr("No student has enrolled in your packs yet."));
    bl->addWidget(m_state);
    body()->addWidget(split, 1);
    lookUpProfile();
}

models::PagedListModel *EarningsPage::enrollments() const
{
    return m_model->enrollments();
}

models::tutor::EarningsModel *EarningsPage::earnings() const
{
    return m_model->earnings();
}

bool EarningsPage::isLoaded() const
{
    return m_model->isLoaded();
}

void EarningsPage::profileReady()
{
    m_model->load();
    m_enrollmentView->setModel(m_model->enrollments());
    m_state->setModel(m_model->enrollments());
}

void EarningsPage::reload()
{
    m_model->reload();
}

} // namespace tutorhub::ui::tutor
