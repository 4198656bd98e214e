#include "packview.h"

#include "studentcommon.h"

#include "api/session.h"
#include "common/columnfitter.h"
#include "common/busyindicator.h"
#include "common/messagebanner.h"
#include "common/statuschip.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "models/student/packdetails.h"
#include "models/student/screening.h"
#include "models/student/studentlists.h"
#include "models/student/studentrules.h"
#include "models/student/tutordetails.h"
#include "screeningdialog.h"
#include "common/prompter.h"

#include <QTextDocument>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace tutorhub::ui::student {

using models::Format;
using models::student::PackDetails;
using models::student::Screening;
using models::student::StudentRules;

namespace {
QLabel *wrapLabel(QWidget *parent, const char *objectName)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setObjectName(QLatin1String(objectName));
    l->setTextFormat(Qt::PlainText); // server text, never HTML (SEC49)
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

PackView::PackView(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent),
      m_ctx(context),
      m_details(new PackDetails(context.client, context.session ? context.session->currentUser().id : QString(), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = named(new QPushButton(tr("Back to the catalog"), this), tr("Back to the catalog"));
    connect(back, &QPushButton::clicked, this, &PackView::backRequested);
    top->addWidget(back);
    top->addStretch();
    m_busy = new BusyIndicator(this);
    top->addWidget(m_busy);
    layout->addLayout(top);

    m_title = wrapLabel(this, "packTitle");
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    m_title->setFont(tf);
    layout->addWidget(m_title);
    auto *tutorRow = new QHBoxLayout;
    m_tutor = wrapLabel(this, "packTutor");
    tutorRow->addWidget(m_tutor, 1);
    auto *tutorButton = named(new QPushButton(tr("Tutor profile"), this), tr("Tutor profile"));
    connect(tutorButton, &QPushButton::clicked, this,
            [this] { emit tutorRequested(Format::str(m_details->pack(), "tutorProfileId")); });
    tutorRow->addWidget(tutorButton);
    layout->addLayout(tutorRow);
    m_price = wrapLabel(this, "packPrice");
    m_rules = wrapLabel(this, "packRules");
    m_description = wrapLabel(this, "packDescription");
    QFont pf = m_price->font();
    pf.setBold(true);
    pf.setPointSizeF(pf.pointSizeF() * 1.15);
    m_price->setFont(pf);
    layout->addWidget(m_price);
    layout->addWidget(m_rules);
    layout->addSpacing(10);
    layout->addWidget(heading(tr("About this course"), this));
    layout->addWidget(m_description);
    layout->addSpacing(10);
    layout->addWidget(heading(tr("Course materials"), this));
    m_materials = named(new QListWidget(this), tr("Course materials"), "packMaterials");
    m_materials->setMaximumHeight(110);
    connect(m_materials, &QListWidget::itemActivated, this,
            [](QListWidgetItem *item) { QDesktopServices::openUrl(QUrl(item->data(Qt::UserRole).toString())); });
    layout->addWidget(m_materials);
    m_materialsNote = wrapLabel(this, "packMaterialsNote");
    layout->addWidget(m_materialsNote);

    layout->addSpacing(10);
    layout->addWidget(heading(tr("Screening meeting"), this));
    auto *screenRow = new QHBoxLayout;
    m_screening = wrapLabel(this, "packScreening");
    screenRow->addWidget(m_screening, 1);
    m_screeningChip = new StatusChip(this);
    screenRow->addWidget(m_screeningChip);
    m_requestScreening
        = named(new QPushButton(tr("Request a screening meeting"), this), tr("Request a screening meeting"));
    connect(m_requestScreening, &QPushButton::clicked, this, [this] { requestScreening(); });
    screenRow->addWidget(m_requestScreening);
    m_acceptScreening = named(new QPushButton(tr("Accept this time"), this), tr("Accept the proposed screening time"));
    connect(m_acceptScreening, &QPushButton::clicked, this, &PackView::acceptScreeningTime);
    screenRow->addWidget(m_acceptScreening);
    m_proposeAgain = named(new QPushButton(tr("Propose other times…"), this), tr("Propose other screening times"));
    connect(m_proposeAgain, &QPushButton::clicked, this, [this] { proposeScreeningTimes(); });
    screenRow->addWidget(m_proposeAgain);
    layout->addLayout(screenRow);

    layout->addSpacing(14);
    auto *bookRow = new QHBoxLayout;
    m_bookNote = wrapLabel(this, "packBookNote");
    bookRow->addWidget(m_bookNote, 1);
    m_book = named(new QPushButton(tr("Choose lessons…"), this), tr("Choose lessons"));
    m_book->setDefault(true);
    connect(m_book, &QPushButton::clicked, this, [this] { emit bookRequested(m_details->pack()); });
    bookRow->addWidget(m_book);
    layout->addLayout(bookRow);
    layout->addStretch();

    connect(m_details, &PackDetails::packChanged, this, &PackView::showPack);
    connect(m_details, &PackDetails::materialsChanged, this, &PackView::showMaterials);
    connect(m_details, &PackDetails::screeningChanged, this, &PackView::showScreening);
    connect(m_details, &PackDetails::screeningStateKnown, this, &PackView::screeningShown);
    connect(m_details, &PackDetails::busyChanged, this, [this](bool busy) {
        if (busy)
            m_busy->start();
        else
            m_busy->stop();
    });
    connect(m_details, &PackDetails::failed, m_bookNote, &QLabel::setText);
    connect(m_details, &PackDetails::succeeded, this, [this](const QString &sentence) {
        if (m_ctx.banner)
            m_ctx.banner->showMessage(MessageBanner::Kind::Success, sentence);
    });
}

QJsonObject PackView::pack() const
{
    return m_details->pack();
}

QString PackView::screeningDecision() const
{
    return m_details->screeningDecision();
}

Screening::State PackView::screeningState() const
{
    return m_details->screeningState();
}

QJsonObject PackView::screeningMeeting() const
{
    return m_details->screeningMeeting();
}

void PackView::setPack(const QJsonObject &pack)
{
    m_details->setPack(pack);
}

void PackView::showPack()
{
    const QJsonObject &pack = m_details->pack();
    m_title->setText(Format::str(pack, "title"));
    m_tutor->setText(tr("by %1 · %2").arg(models::student::tutorNameOf(pack), Format::str(pack, "category")));
    m_price->setText(tr("%1 per lesson").arg(Format::money(Format::num(pack, "price"))));
    m_rules->setText(StudentRules::schedulingRules(pack));
    const QString description = Format::str(pack, "description");
    m_description->setText(description.isEmpty() ? tr("The tutor has not described this course yet.") : description);
    showScreening();
}

void PackView::showMaterials()
{
    m_materials->clear();
    for (const models::student::MaterialItem &m : m_details->materials()) {
        auto *item = new QListWidgetItem(m.text, m_materials);
        item->setData(Qt::UserRole, m.url);
        item->setToolTip(Qt::convertFromPlainText(m.description)); // SEC49: never as HTML
    }
    m_materials->setVisible(m_details->materialsAvailable());
    m_materialsNote->setText(m_details->materialsNote());
}

void PackView::showScreening()
{
    const Screening::State &state = m_details->screeningState();
    m_screening->setText(m_details->screeningText());
    if (state.stage != Screening::Stage::None)
        m_screeningChip->setStatus(QStringLiteral("preliminaryMeeting"), QStringLiteral("tutorDecision"),
                                   m_details->screeningDecision());
    m_screeningChip->setVisible(m_details->screeningRequired() && state.stage != Screening::Stage::None);
    m_book->setEnabled(m_details->canBook());
    m_bookNote->setText(m_details->bookNote());
    m_requestScreening->setVisible(m_details->canRequestScreening());
    m_requestScreening->setEnabled(!m_details->isRequesting());
    m_acceptScreening->setVisible(m_details->canAcceptScreeningTime());
    m_acceptScreening->setEnabled(!m_details->isAccepting());
    m_proposeAgain->setVisible(m_details->canProposeAgain());
}

ScreeningTimesDialog *PackView::requestScreening()
{
    auto *d = new ScreeningTimesDialog(
        m_details->maxRequestTimes(),
        tr("Propose when you could meet the tutor for the screening, in %1.").arg(Format::displayZoneName()), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] { sendScreeningRequest(d->times()); });
    openDialog(m_ctx.prompter, d);
    return d;
}

ScreeningTimesDialog *PackView::proposeScreeningTimes()
{
    auto *d = new ScreeningTimesDialog(
        Screening::maxTimes(true),
        tr("Propose other times for the screening meeting, in %1.").arg(Format::displayZoneName()), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] { m_details->proposeTimes(d->times()); });
    openDialog(m_ctx.prompter, d);
    return d;
}

void PackView::sendScreeningRequest(const QList<QDateTime> &timesUtc)
{
    m_details->requestScreening(timesUtc);
}

void PackView::acceptScreeningTime()
{
    m_details->acceptScreeningTime();
}

bool PackView::canBook() const
{
    return m_details->canBook();
}

QString PackView::bookBlockedReason() const
{
    return m_details->bookBlockedReason();
}

// --- tutor profile ---------------------------------------------------------------------------------

TutorView::TutorView(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent),
      m_tutor(new models::student::TutorDetails(context.client, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = named(new QPushButton(tr("Back"), this), tr("Back from the tutor profile"));
    connect(back, &QPushButton::clicked, this, &TutorView::backRequested);
    top->addWidget(back);
    top->addStretch();
    m_busy = new BusyIndicator(this);
    top->addWidget(m_busy);
    layout->addLayout(top);
    m_name = wrapLabel(this, "tutorName");
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_name->setFont(f);
    layout->addWidget(m_name);
    m_details = wrapLabel(this, "tutorDetails");
    m_details->setTextFormat(Qt::RichText); // markup of ours, every value escaped (SEC49)
    layout->addWidget(m_details);
    layout->addWidget(heading(tr("Course packs of this tutor"), this));
    m_table = named(new QTableView(this), tr("Course packs of this tutor"), "tutorPacks");
    m_table->setTabKeyNavigation(false); // arrows move inside, Tab leaves (P31)
    m_table->setModel(m_tutor->packs());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    ColumnFitter::install(m_table, 0);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &i) { emit packRequested(m_tutor->packs()->object(i.row())); });
    layout->addWidget(m_table, 1);
    connect(m_tutor, &models::student::TutorDetails::loading, this, [this] {
        m_name->clear();
        m_details->clear();
        m_busy->start();
    });
    connect(m_tutor, &models::student::TutorDetails::failed, this, [this](const QString &sentence) {
        m_busy->stop();
        m_details->setText(sentence);
    });
    connect(m_tutor, &models::student::TutorDetails::loaded, this, [this] {
        m_busy->stop();
        m_name->setText(m_tutor->name());
        m_details->setText(m_tutor->detailsHtml());
    });
}

models::PagedListModel *TutorView::packs() const
{
    return m_tutor->packs();
}

void TutorView::setTutor(const QString &id)
{
    m_tutor->setTutor(id);
}

} // namespace tutorhub::ui::student
