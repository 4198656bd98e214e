#include "packview.h"

#include "studentcommon.h"

#include "api/catalogapi.h"
#include "api/session.h"
#include "common/columnfitter.h"
#include "common/busyindicator.h"
#include "common/messagebanner.h"
#include "common/statuschip.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"
#include "models/student/studentrules.h"

#include <QTextDocument>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace tutorhub::ui::student {

using models::Format;
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

PackView::PackView(const WorkspaceContext &context, api::CatalogApi *catalog, QWidget *parent)
    : QWidget(parent), m_ctx(context), m_catalog(catalog)
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
    connect(tutorButton, &QPushButton::clicked, this, [this] {
        emit tutorRequested(Format::str(m_pack, "tutorProfileId"));
    });
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
    connect(m_materials, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        QDesktopServices::openUrl(QUrl(item->data(Qt::UserRole).toString()));
    });
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
    m_requestScreening = named(new QPushButton(tr("Request a screening meeting"), this), tr("Request a screening meeting"));
    connect(m_requestScreening, &QPushButton::clicked, this, &PackView::requestScreening);
    screenRow->addWidget(m_requestScreening);
    layout->addLayout(screenRow);

    layout->addSpacing(14);
    auto *bookRow = new QHBoxLayout;
    m_bookNote = wrapLabel(this, "packBookNote");
    bookRow->addWidget(m_bookNote, 1);
    m_book = named(new QPushButton(tr("Choose lessons…"), this), tr("Choose lessons"));
    m_book->setDefault(true);
    connect(m_book, &QPushButton::clicked, this, [this] { emit bookRequested(m_pack); });
    bookRow->addWidget(m_book);
    layout->addLayout(bookRow);
    layout->addStretch();
}

void PackView::setPack(const QJsonObject &pack)
{
    m_pack = pack;
    m_decision.clear();
    m_screeningLoaded = false;
    showPack();
    m_busy->start();
    m_catalog->getCoursePack(Format::str(pack, "id"), this, [this](const api::Result<api::JsonAnswer> &r) {
        m_busy->stop();
        if (!r) {
            m_bookNote->setText(r.error().userMessage());
            return;
        }
        QJsonObject full = r.value().object();
        if (!full.contains(QStringLiteral("tutorProfile")) && m_pack.contains(QStringLiteral("tutorProfile")))
            full.insert(QStringLiteral("tutorProfile"), m_pack.value(QStringLiteral("tutorProfile")));
        m_pack = full;
        showPack();
    });
    loadMaterials();
    loadScreening();
}

void PackView::showPack()
{
    m_title->setText(Format::str(m_pack, "title"));
    m_tutor->setText(tr("by %1 · %2").arg(models::student::tutorNameOf(m_pack), Format::str(m_pack, "category")));
    m_price->setText(tr("%1 per lesson").arg(Format::money(Format::num(m_pack, "price"))));
    m_rules->setText(StudentRules::schedulingRules(m_pack));
    const QString description = Format::str(m_pack, "description");
    m_description->setText(description.isEmpty() ? tr("The tutor has not described this course yet.") : description);
    updateBookState();
}

void PackView::loadMaterials()
{
    m_materials->clear();
    m_materialsNote->setText(tr("Loading the materials…"));
    m_catalog->listCourseMaterials(Format::str(m_pack, "id"), this, [this](const api::Result<api::JsonAnswer> &r) {
        if (!r) {
            // D32: materials are for enrolled students; others only learn that they exist.
            m_materials->setVisible(false);
            m_materialsNote->setText(r.error().httpStatus == 403
                                         ? tr("The course materials open once you are enrolled in this pack.")
                                         : r.error().userMessage());
            return;
        }
        const QJsonArray rows = r.value().array();
        m_materials->setVisible(!rows.isEmpty());
        for (const QJsonValue &v : rows) {
            const QJsonObject m = v.toObject();
            const QString type = models::Labels::enumLabel(QStringLiteral("courseMaterial"), QStringLiteral("fileType"),
                                                           Format::str(m, "fileType"));
            auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(Format::str(m, "title"), type), m_materials);
            const QString url = Format::str(m, "linkUrl").isEmpty() ? Format::str(m, "fileUrl") : Format::str(m, "linkUrl");
            item->setData(Qt::UserRole, url);
            item->setToolTip(Qt::convertFromPlainText(Format::str(m, "description"))); // SEC49: never as HTML
        }
        m_materialsNote->setText(rows.isEmpty() ? tr("This pack has no materials yet.")
                                                : tr("Press Enter or double-click a material to open it."));
    });
}

void PackView::loadScreening()
{
    if (!Format::flag(m_pack, "preliminaryMeetingRequired")) {
        m_screening->setText(tr("No screening meeting is needed: you can book right away."));
        m_screeningChip->setVisible(false);
        m_requestScreening->setVisible(false);
        m_screeningLoaded = true;
        updateBookState();
        return;
    }
    m_screening->setText(tr("This pack requires a short screening meeting with the tutor before you can enroll."));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("coursePackId"), Format::str(m_pack, "id"));
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("createdAt"));
    q.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("desc"));
    m_catalog->listPreliminaryMeetings(q, this, [this](const api::Result<api::JsonAnswer> &r) {
        m_screeningLoaded = true;
        if (!r) {
            m_screening->setText(r.error().userMessage());
            updateBookState();
            return;
        }
        const QJsonArray rows = r.value().array();
        // The student's latest request, by its createdAt: a server that ignores sortBy answers in its own order.
        QJsonObject latest;
        for (const QJsonValue &v : rows) {
            const QJsonObject m = v.toObject();
            if (Format::str(m, "studentId") == m_ctx.session->currentUser().id
                && (latest.isEmpty() || Format::when(m, "createdAt") > Format::when(latest, "createdAt")))
                latest = m;
        }
        m_decision = Format::str(latest, "tutorDecision");
        if (!latest.isEmpty()) {
            QString text = tr("Your screening request: %1.")
                               .arg(models::Labels::enumLabel(QStringLiteral("preliminaryMeeting"), QStringLiteral("tutorDecision"), m_decision));
            if (Format::when(latest, "scheduledDatetime").isValid())
                text += QLatin1Char(' ') + tr("Meeting: %1 (%2).").arg(Format::dateTime(Format::when(latest, "scheduledDatetime")),
                                                                         Format::displayZoneName());
            if (!Format::str(latest, "meetingLink").isEmpty())
                text += QLatin1Char(' ') + tr("Link: %1").arg(Format::str(latest, "meetingLink"));
            if (!Format::str(latest, "comments").isEmpty())
                text += QLatin1Char(' ') + tr("Tutor's note: %1").arg(Format::str(latest, "comments"));
            m_screening->setText(text);
            m_screeningChip->setStatus(QStringLiteral("preliminaryMeeting"), QStringLiteral("tutorDecision"), m_decision);
        }
        m_screeningChip->setVisible(!latest.isEmpty());
        updateBookState();
    });
}

void PackView::requestScreening()
{
    m_requestScreening->setEnabled(false);
    m_busy->start();
    const QJsonObject body{{QStringLiteral("coursePackId"), Format::str(m_pack, "id")},
                           {QStringLiteral("studentId"), m_ctx.session->currentUser().id},
                           {QStringLiteral("tutorDecision"), QStringLiteral("pending")}};
    m_catalog->createPreliminaryMeeting(body, this, [this](const api::Result<api::JsonAnswer> &r) {
        m_busy->stop();
        if (!r) {
            m_requestScreening->setEnabled(true);
            m_bookNote->setText(r.error().userMessage());
            return;
        }
        if (m_ctx.banner)
            m_ctx.banner->showMessage(MessageBanner::Kind::Success,
                                      tr("Screening meeting requested. The tutor will propose a time; you will be notified of the decision."));
        loadScreening();
    });
}

bool PackView::canBook() const
{
    return bookBlockedReason().isEmpty();
}

QString PackView::bookBlockedReason() const
{
    if (m_pack.isEmpty())
        return tr("Choose a course pack first.");
    if (!Format::flag(m_pack, "preliminaryMeetingRequired"))
        return {};
    if (!m_screeningLoaded)
        return tr("Checking your screening meeting…");
    if (m_decision == QLatin1String("approved"))
        return {};
    if (m_decision == QLatin1String("pending"))
        return tr("You can book once the tutor approves your screening meeting.");
    if (m_decision == QLatin1String("rejected"))
        return tr("The tutor did not approve the screening; this pack cannot be booked. Another pack may suit you better.");
    return tr("Request a screening meeting first; you can book once the tutor approves it.");
}

void PackView::updateBookState()
{
    const QString why = bookBlockedReason();
    m_book->setEnabled(why.isEmpty());
    m_bookNote->setText(why.isEmpty() ? tr("Pick free lessons in a week calendar; times are shown in %1.").arg(Format::displayZoneName())
                                      : why);
    const bool screening = Format::flag(m_pack, "preliminaryMeetingRequired");
    m_requestScreening->setVisible(screening && m_screeningLoaded && (m_decision.isEmpty()));
}

// --- tutor profile ---------------------------------------------------------------------------------

TutorView::TutorView(const WorkspaceContext &context, api::CatalogApi *catalog, QWidget *parent)
    : QWidget(parent), m_ctx(context), m_catalog(catalog)
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
    m_packs = models::student::coursePacksModel(context.client, this);
    m_table = named(new QTableView(this), tr("Course packs of this tutor"), "tutorPacks");
    m_table->setTabKeyNavigation(false); // arrows move inside, Tab leaves (P31)
    m_table->setModel(m_packs);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    ColumnFitter::install(m_table, 0);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) {
        emit packRequested(m_packs->object(i.row()));
    });
    layout->addWidget(m_table, 1);
}

void TutorView::setTutor(const QString &id)
{
    m_name->clear();
    m_details->clear();
    m_busy->start();
    m_catalog->getTutorProfile(id, this, [this](const api::Result<api::JsonAnswer> &r) {
        m_busy->stop();
        if (!r) {
            m_details->setText(r.error().userMessage());
            return;
        }
        const QJsonObject t = r.value().object();
        m_name->setText(Format::str(t, "displayName"));
        QStringList parts;
        auto add = [&](const QString &label, const char *field) {
            if (!Format::str(t, field).isEmpty())
                parts << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), Format::str(t, field).toHtmlEscaped());
        };
        add(tr("Subjects:"), "subjects");
        add(tr("Experience:"), "experience");
        add(tr("Certifications:"), "certifications");
        add(tr("About:"), "bio");
        m_details->setText(parts.join(QStringLiteral("<br>")));
    });
    m_packs->setFilter(QStringLiteral("tutorProfileId"), id);
}

} // namespace tutorhub::ui::student
