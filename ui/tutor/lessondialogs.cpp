#include "lessondialogs.h"

#include "api/contract.h"
#include "api/apiclient.h"
#include "api/jsonapi.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/tutor/busytimestore.h"
#include "models/tutor/lessongenerator.h"
#include "models/tutor/tutorforms.h"
#include "ui/common/messagebanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tutorhub::ui::tutor {

using models::Format;
using models::Labels;
using models::tutor::TutorForms;

namespace {
QComboBox *packBox(const PackChoices &packs, QWidget *parent)
{
    auto *b = new QComboBox(parent);
    b->setAccessibleName(QCoreApplication::translate("tutorhub::ui::tutor::LessonDialog", "Course pack"));
    for (const auto &p : packs)
        b->addItem(p.first, p.second);
    return b;
}
QComboBox *enumBox(const char *object, const char *field, const QString &name, bool withDefault, QWidget *parent)
{
    auto *b = new QComboBox(parent);
    b->setAccessibleName(name);
    if (withDefault)
        b->addItem(QCoreApplication::translate("tutorhub::ui::tutor::LessonDialog", "As the availability says"), QString());
    for (const QString &v : Labels::enumValues(QLatin1String(object), QLatin1String(field)))
        b->addItem(Labels::enumLabel(QLatin1String(object), QLatin1String(field), v), v);
    return b;
}
QSpinBox *minutesBox(QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(15, 480);
    s->setSingleStep(15);
    s->setValue(60);
    s->setSuffix(QCoreApplication::translate("tutorhub::ui::tutor::LessonDialog", " min"));
    s->setAccessibleName(QCoreApplication::translate("tutorhub::ui::tutor::LessonDialog", "Lesson length in minutes"));
    return s;
}
// The editor shows wall-clock time of the display zone (Qt 6.4's editor has no zone of its own).
void setWhen(QDateTimeEdit *e, const QDateTime &utc)
{
    const QDateTime local = Format::local(utc);
    e->setDateTime(QDateTime(local.date(), local.time()));
}
QDateTime whenOf(const QDateTimeEdit *e)
{
    return QDateTime(e->date(), e->time(), Format::displayZone()).toUTC();
}
QDateTimeEdit *whenBox(const QDateTime &utc, QWidget *parent)
{
    auto *e = new QDateTimeEdit(parent);
    setWhen(e, utc);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return e;
}
} // namespace

LessonDialog::LessonDialog(api::ApiClient *client, const QString &title, const QString &okText, QWidget *parent)
    : QDialog(parent), m_client(client)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setAccessibleName(tr("Dialog message"));
    layout->addWidget(m_banner);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setAccessibleName(okText);
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { send(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString LessonDialog::errorText() const
{
    return m_banner->text();
}

void LessonDialog::fail(const QString &sentence)
{
    m_banner->showError(sentence);
}

void LessonDialog::run(api::Route route, const QStringList &pathArgs, const QJsonObject &body)
{
    api::ApiRequest r = api::ApiRequest::to(route, pathArgs, body);
    r.idempotent = r.method != "POST";
    m_ok->setEnabled(false);
    api::callJson(m_client, r, this, [this](const api::Result<api::JsonAnswer> &res) { finish(res); });
}

void LessonDialog::finish(const api::Result<api::JsonAnswer> &res)
{
    m_ok->setEnabled(true);
    if (!res.ok()) {
        fail(res.error().userMessage());
        return;
    }
    emit done(res.value().object(), res.value().envelope);
    accept();
}

// --- generate ----------------------------------------------------------------------------------------

GenerateSlotsDialog::GenerateSlotsDialog(api::ApiClient *client, const PackChoices &packs, QWidget *parent)
    : LessonDialog(client, tr("Generate lessons"), tr("Generate"), parent)
{
    setObjectName(QStringLiteral("generateSlotsDialog"));
    m_pack = packBox(packs, this);
    m_from = new QDateEdit(QDate::currentDate().addDays(1), this);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day"));
    m_to = new QDateEdit(QDate::currentDate().addDays(28), this);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Last day"));
    m_minutes = minutesBox(this);
    m_mode = enumBox("lessonSlot", "sessionMode", tr("Session mode"), true, this);
    form()->addRow(tr("&Course pack:"), m_pack);
    form()->addRow(tr("&From:"), m_from);
    form()->addRow(tr("&Until:"), m_to);
    form()->addRow(tr("&Length:"), m_minutes);
    form()->addRow(tr("&Mode:"), m_mode);
    form()->addRow(new QLabel(tr("Lessons are opened in your availability windows, in your time zone (%1). Times "
                                 "that already hold a lesson are skipped.")
                                  .arg(Format::displayZoneName()),
                              this));
}

void GenerateSlotsDialog::setRange(const QString &packId, const QDate &from, const QDate &to, int minutes)
{
    m_pack->setCurrentIndex(m_pack->findData(packId));
    m_from->setDate(from);
    m_to->setDate(to);
    m_minutes->setValue(minutes);
}

void GenerateSlotsDialog::send()
{
    QStringList problems;
    const QJsonObject body = TutorForms::generateBody(m_pack->currentData().toString(), m_from->date(), m_to->date(),
                                                      m_minutes->value(), m_mode->currentData().toString(),
                                                      QDate::currentDate(), &problems);
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char(' ')));
    // The server's generateLessonSlots when it offers it (it skips the busy times it keeps), else the client's
    // plan (C52), which skips the busy times kept in the data directory (U5).
    QList<models::tutor::BusyTime> busy;
    const models::tutor::BusyTimeStore store(m_client, m_dataDirectory, m_tutorProfileId);
    if (!store.onServer() && !m_dataDirectory.isEmpty()) {
        QString error;
        store.load(this, [&](const QList<models::tutor::BusyTime> &list, const QString &e) { busy = list, error = e; });
        if (!error.isEmpty())
            return fail(error);
    }
    m_ok->setEnabled(false);
    models::tutor::generateLessons(m_client, body, Format::displayZone(), this,
                                   [this](const api::Result<api::JsonAnswer> &res) { finish(res); }, busy);
}

void GenerateSlotsDialog::setBusyTimes(const QString &dataDirectory, const QString &tutorProfileId)
{
    m_dataDirectory = dataDirectory;
    m_tutorProfileId = tutorProfileId;
}

// --- single slot ---------------------------------------------------------------------------------------

SingleSlotDialog::SingleSlotDialog(api::ApiClient *client, const PackChoices &packs, const QDateTime &startUtc, QWidget *parent)
    : LessonDialog(client, tr("Add a lesson"), tr("Add lesson"), parent)
{
    setObjectName(QStringLiteral("singleSlotDialog"));
    m_pack = packBox(packs, this);
    m_start = whenBox(startUtc, this);
    m_start->setAccessibleName(tr("Starts"));
    m_minutes = minutesBox(this);
    m_mode = enumBox("lessonSlot", "sessionMode", tr("Session mode"), false, this);
    form()->addRow(tr("&Course pack:"), m_pack);
    form()->addRow(tr("&Starts (%1):").arg(Format::displayZoneName()), m_start);
    form()->addRow(tr("&Length:"), m_minutes);
    form()->addRow(tr("&Mode:"), m_mode);
}

void SingleSlotDialog::setStart(const QString &packId, const QDateTime &startUtc, int minutes)
{
    m_pack->setCurrentIndex(m_pack->findData(packId));
    setWhen(m_start, startUtc);
    m_minutes->setValue(minutes);
}

void SingleSlotDialog::send()
{
    QStringList problems;
    const QJsonObject body = TutorForms::singleSlotBody(m_pack->currentData().toString(), whenOf(m_start),
                                                        m_minutes->value(), m_mode->currentData().toString(),
                                                        QDateTime::currentDateTimeUtc(), &problems);
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char(' ')));
    run(api::Route::createLessonSlot, {}, body);
}

// --- cancel --------------------------------------------------------------------------------------------

CancelSlotDialog::CancelSlotDialog(api::ApiClient *client, const QJsonObject &slot, const QString &summary, QWidget *parent)
    : LessonDialog(client, tr("Cancel lesson"), tr("Cancel lesson"), parent), m_slot(slot)
{
    setObjectName(QStringLiteral("cancelSlotDialog"));
    auto *what = new QLabel(summary, this);
    what->setWordWrap(true);
    form()->addRow(what);
    m_reason = new QPlainTextEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("The student sees this reason."));
    form()->addRow(tr("&Reason:"), m_reason);
}

void CancelSlotDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void CancelSlotDialog::send()
{
    const bool booked = Format::str(m_slot, "status") == QLatin1String("booked");
    if (booked && m_reason->toPlainText().trimmed().isEmpty())
        return fail(tr("Tell the student why the lesson is canceled."));
    run(api::Route::updateLessonSlot, {Format::str(m_slot, "id")},
        {{QStringLiteral("status"), QStringLiteral("canceled")}, {QStringLiteral("cancelReason"), m_reason->toPlainText().trimmed()}});
}

// --- location ------------------------------------------------------------------------------------------

LocationDialog::LocationDialog(api::ApiClient *client, const QJsonObject &slot, QWidget *parent)
    : LessonDialog(client, tr("Place and meeting link"), tr("Save"), parent), m_slot(slot)
{
    setObjectName(QStringLiteral("locationDialog"));
    m_type = enumBox("lessonSlot", "locationType", tr("Where"), false, this);
    m_details = new QLineEdit(this);
    m_details->setAccessibleName(tr("Address or details"));
    m_link = new QLineEdit(this);
    m_link->setAccessibleName(tr("Meeting link"));
    m_link->setPlaceholderText(QStringLiteral("https://…"));
    form()->addRow(tr("&Where:"), m_type);
    form()->addRow(tr("&Details:"), m_details);
    form()->addRow(tr("Meeting &link:"), m_link);
    setValues(Format::str(slot, "locationType"), Format::str(slot, "locationDetails"), Format::str(slot, "meetLink"));
}

void LocationDialog::setValues(const QString &locationType, const QString &details, const QString &meetLink)
{
    m_type->setCurrentIndex(qMax(0, m_type->findData(locationType)));
    m_details->setText(details);
    m_link->setText(meetLink);
}

void LocationDialog::send()
{
    const QString type = m_type->currentData().toString();
    const QString link = m_link->text().trimmed();
    QJsonObject body{{QStringLiteral("locationType"), type}, {QStringLiteral("locationDetails"), m_details->text().trimmed()}};
    if (type == QLatin1String("online")) {
        if (!link.isEmpty() && !TutorForms::isHttpUrl(link))
            return fail(tr("The meeting link must be a web address starting with https://."));
        body.insert(QStringLiteral("sessionMode"), QStringLiteral("online"));
        if (!link.isEmpty())
            body.insert(QStringLiteral("meetLink"), link);
    } else {
        if (m_details->text().trimmed().isEmpty())
            return fail(tr("Enter the address or a description of the place."));
        body.insert(QStringLiteral("sessionMode"), QStringLiteral("faceToFace"));
    }
    run(api::Route::updateLessonSlot, {Format::str(m_slot, "id")}, body);
}

// --- screening -----------------------------------------------------------------------------------------

ScreeningDecisionDialog::ScreeningDecisionDialog(api::ApiClient *client, const QJsonObject &meeting, const QString &studentName,
                                                 const QString &packTitle, bool approve, QWidget *parent)
    : LessonDialog(client, approve ? tr("Approve screening meeting") : tr("Reject screening request"),
                   approve ? tr("Approve") : tr("Reject"), parent),
      m_meeting(meeting), m_approve(approve)
{
    setObjectName(QStringLiteral("screeningDialog"));
    auto *who = new QLabel(tr("%1 asks to join “%2”.").arg(studentName.isEmpty() ? tr("A student") : studentName, packTitle), this);
    who->setWordWrap(true);
    form()->addRow(who);
    if (approve) {
        QDateTime proposed = Format::when(meeting, "scheduledDatetime");
        if (!proposed.isValid() || proposed < QDateTime::currentDateTimeUtc())
            proposed = QDateTime(QDate::currentDate().addDays(1), QTime(17, 0), Format::displayZone()).toUTC();
        m_when = whenBox(proposed, this);
        m_when->setAccessibleName(tr("Meeting time"));
        m_link = new QLineEdit(Format::str(meeting, "meetingLink"), this);
        m_link->setAccessibleName(tr("Meeting link"));
        m_link->setPlaceholderText(QStringLiteral("https://…"));
        form()->addRow(tr("&When (%1):").arg(Format::displayZoneName()), m_when);
        form()->addRow(tr("Meeting &link:"), m_link);
    }
    m_comment = new QPlainTextEdit(this);
    m_comment->setAccessibleName(tr("Comment for the student"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(80);
    form()->addRow(tr("&Comment:"), m_comment);
}

void ScreeningDecisionDialog::setValues(const QDateTime &startUtc, const QString &link, const QString &comment)
{
    if (m_when)
        setWhen(m_when, startUtc);
    if (m_link)
        m_link->setText(link);
    m_comment->setPlainText(comment);
}

void ScreeningDecisionDialog::send()
{
    QJsonObject body{{QStringLiteral("tutorDecision"), m_approve ? QStringLiteral("approved") : QStringLiteral("rejected")},
                     {QStringLiteral("comments"), m_comment->toPlainText().trimmed()}};
    if (m_approve) {
        const QDateTime when = whenOf(m_when);
        if (when <= QDateTime::currentDateTimeUtc())
            return fail(tr("The meeting must take place in the future."));
        if (!TutorForms::isHttpUrl(m_link->text()))
            return fail(tr("Enter the meeting link (https://…) so that the student can join."));
        body.insert(QStringLiteral("scheduledDatetime"), Format::toIsoUtc(when));
        body.insert(QStringLiteral("meetingLink"), m_link->text().trimmed());
    } else if (m_comment->toPlainText().trimmed().isEmpty()) {
        return fail(tr("Tell the student briefly why the request is rejected."));
    }
    run(api::Route::updatePreliminaryMeeting, {Format::str(m_meeting, "id")}, body);
}

} // namespace tutorhub::ui::tutor
