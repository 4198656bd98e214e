#include "lessondialogs.h"

#include "models/format.h"
#include "models/labels.h"
#include "models/tutor/tutorcommands.h"
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
        b->addItem(QCoreApplication::translate("tutorhub::ui::tutor::LessonDialog", "As the availability says"),
                   QString());
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

LessonDialog::LessonDialog(models::tutor::TutorCommands *commands, const QString &title, const QString &okText,
                           QWidget *parent)
    : QDialog(parent),
      m_commands(commands)
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

std::function<void(const models::tutor::Outcome &)> LessonDialog::started()
{
    m_ok->setEnabled(false);
    return [this](const models::tutor::Outcome &o) { finish(o); };
}

void LessonDialog::finish(const models::tutor::Outcome &outcome)
{
    m_ok->setEnabled(true);
    if (!outcome.ok()) {
        fail(outcome.error);
        return;
    }
    emit done(outcome.object, outcome.envelope);
    accept();
}

// --- generate ----------------------------------------------------------------------------------------

GenerateSlotsDialog::GenerateSlotsDialog(models::tutor::TutorCommands *commands, const PackChoices &packs,
                                         QWidget *parent)
    : LessonDialog(commands, tr("Generate lessons"), tr("Generate"), parent)
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
    const QJsonObject body
        = TutorForms::generateBody(m_pack->currentData().toString(), m_from->date(), m_to->date(), m_minutes->value(),
                                   m_mode->currentData().toString(), QDate::currentDate(), &problems);
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char(' ')));
    m_commands->generateSlots(body, Format::displayZone(), m_dataDirectory, m_tutorProfileId, this, started());
}

void GenerateSlotsDialog::setBusyTimes(const QString &dataDirectory, const QString &tutorProfileId)
{
    m_dataDirectory = dataDirectory;
    m_tutorProfileId = tutorProfileId;
}

// --- single slot ---------------------------------------------------------------------------------------

SingleSlotDialog::SingleSlotDialog(models::tutor::TutorCommands *commands, const PackChoices &packs,
                                   const QDateTime &startUtc, QWidget *parent)
    : LessonDialog(commands, tr("Add a lesson"), tr("Add lesson"), parent)
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
    const QJsonObject body
        = TutorForms::singleSlotBody(m_pack->currentData().toString(), whenOf(m_start), m_minutes->value(),
                                     m_mode->currentData().toString(), QDateTime::currentDateTimeUtc(), &problems);
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char(' ')));
    m_commands->createSlot(body, this, started());
}

// --- cancel --------------------------------------------------------------------------------------------

CancelSlotDialog::CancelSlotDialog(models::tutor::TutorCommands *commands, const QJsonObject &slot,
                                   const QString &summary, QWidget *parent)
    : LessonDialog(commands, tr("Cancel lesson"), tr("Cancel lesson"), parent),
      m_slot(slot)
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
    m_commands->updateSlot(Format::str(m_slot, "id"),
                           {{QStringLiteral("status"), QStringLiteral("canceled")},
                            {QStringLiteral("cancelReason"), m_reason->toPlainText().trimmed()}},
                           this, started());
}

// --- location ------------------------------------------------------------------------------------------

LocationDialog::LocationDialog(models::tutor::TutorCommands *commands, const QJsonObject &slot, QWidget *parent)
    : LessonDialog(commands, tr("Place and meeting link"), tr("Save"), parent),
      m_slot(slot)
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
    QJsonObject body {{QStringLiteral("locationType"), type},
                      {QStringLiteral("locationDetails"), m_details->text().trimmed()}};
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
    m_commands->updateSlot(Format::str(m_slot, "id"), body, this, started());
}

// --- screening -----------------------------------------------------------------------------------------

ScreeningDecisionDialog::ScreeningDecisionDialog(models::tutor::TutorCommands *commands, const QJsonObject &meeting,
                                                 const models::student::Screening::State &state,
                                                 const QString &studentName, const QString &packTitle, Mode mode,
                                                 QWidget *parent)
    : LessonDialog(commands,
                   mode == Mode::Approve   ? tr("Approve screening meeting")
                   : mode == Mode::Propose ? tr("Propose another screening time")
                                           : tr("Reject screening request"),
                   mode == Mode::Approve   ? tr("Approve")
                   : mode == Mode::Propose ? tr("Propose")
                                           : tr("Reject"),
                   parent),
      m_meeting(meeting),
      m_state(state),
      m_mode(mode)
{
    using models::student::Screening;
    setObjectName(mode == Mode::Propose ? QStringLiteral("screeningProposeDialog") : QStringLiteral("screeningDialog"));
    auto *who = new QLabel(
        tr("%1 asks to join “%2”.").arg(studentName.isEmpty() ? tr("A student") : studentName, packTitle), this);
    who->setWordWrap(true);
    form()->addRow(who);
    const QString where = Screening::describeForTutor(state);
    if (!where.isEmpty()) {
        auto *st = new QLabel(where, this);
        st->setWordWrap(true);
        st->setObjectName(QStringLiteral("screeningStage"));
        form()->addRow(st);
    }
    if (mode != Mode::Reject) {
        QDateTime proposed = Format::when(meeting, "scheduledDatetime");
        if (!state.open.isEmpty())
            proposed = state.open.first().at;
        if (mode == Mode::Propose || !proposed.isValid() || proposed < QDateTime::currentDateTimeUtc())
            proposed = QDateTime(QDate::currentDate().addDays(1), QTime(17, 0), Format::displayZone()).toUTC();
        m_when = whenBox(proposed, this);
        m_when->setAccessibleName(tr("Meeting time"));
        QList<Screening::Proposal> students;
        for (const auto &p : state.open)
            if (!p.byTutor)
                students << p;
        if (mode == Mode::Approve && !students.isEmpty()) {
            m_proposed = new QComboBox(this);
            m_proposed->setAccessibleName(tr("The student's proposed times"));
            for (const auto &p : std::as_const(students))
                m_proposed->addItem(Format::dateTime(p.at), p.at);
            m_proposed->addItem(tr("Another time"), QDateTime());
            connect(m_proposed, &QComboBox::currentIndexChanged, this, [this](int i) {
                const QDateTime at = m_proposed->itemData(i).toDateTime();
                m_when->setEnabled(!at.isValid());
                if (at.isValid())
                    setWhen(m_when, at);
            });
            m_when->setEnabled(false);
            form()->addRow(tr("&Proposed times:"), m_proposed);
        }
        QString link = Format::str(meeting, "meetingLink");
        if (link.isEmpty() && !state.meetingLink.isEmpty())
            link = state.meetingLink;
        m_link = new QLineEdit(link, this);
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
    if (m_proposed)
        m_proposed->setCurrentIndex(m_proposed->count() - 1); // another time
    if (m_when)
        setWhen(m_when, startUtc);
    if (m_link)
        m_link->setText(link);
    m_comment->setPlainText(comment);
}

void ScreeningDecisionDialog::pickProposed(int index)
{
    if (m_proposed && index >= 0 && index < m_proposed->count() - 1)
        m_proposed->setCurrentIndex(index);
}

void ScreeningDecisionDialog::send()
{
    using models::student::Screening;
    const QString comment = m_comment->toPlainText().trimmed();
    const QString id = Format::str(m_meeting, "id");
    if (m_mode == Mode::Reject) {
        if (comment.isEmpty())
            return fail(tr("Tell the student briefly why the request is rejected."));
        return m_commands->updateMeeting(
            id, {{QStringLiteral("tutorDecision"), QStringLiteral("rejected")}, {QStringLiteral("comments"), comment}},
            this, started());
    }
    const QDateTime when = whenOf(m_when);
    if (when <= QDateTime::currentDateTimeUtc())
        return fail(tr("The meeting must take place in the future."));
    if (!TutorForms::isHttpUrl(m_link->text()))
        return fail(tr("Enter the meeting link (https://…) so that the student can join."));
    const QString link = m_link->text().trimmed();
    if (m_mode == Mode::Propose) {
        if (m_state.negotiated || m_commands->offersProposingTimes())
            return m_commands->proposeScreeningTimes(id, Screening::proposalBody({when}, link, comment), this,
                                                     started());
        return m_commands->updateMeeting(id, Screening::counterProposalBody(when, link, comment), this, started());
    }
    // Approve one of the student's open proposals through the extension (it closes the round), else documented.
    for (const auto &p : std::as_const(m_state.open))
        if (!p.byTutor && !p.id.isEmpty() && p.at == when && comment.isEmpty())
            return m_commands->acceptScreeningProposal(p.id, {{QStringLiteral("meetingLink"), link}}, this, started());
    m_commands->updateMeeting(id, Screening::approveBody(when, link, comment), this, started());
}

} // namespace tutorhub::ui::tutor
