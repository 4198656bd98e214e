// Dialogs of the Lessons page: generate slots from availability (D34: created and skipped counts),
// add one slot, cancel with a reason, set the place or meeting link, and decide a screening request.
// Each sends one request and closes only when it was accepted.
#pragma once

#include "models/student/screening.h"

#include <QByteArray>
#include <QDialog>
#include <QJsonObject>
#include <QStringList>

#include <functional>

class QComboBox;
class QFormLayout;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tutorhub::models::tutor {
class TutorCommands;
struct Outcome;
} // namespace tutorhub::models::tutor
namespace tutorhub::ui {
class MessageBanner;
}

namespace tutorhub::ui::tutor {

// Base: a message banner, a form, OK/Cancel; subclasses fill the form and implement send(), which hands the values
// to one of the workspace's commands (models/tutor/tutorcommands.h) and finish()es with its outcome.
class LessonDialog : public QDialog
{
    Q_OBJECT

public:
    LessonDialog(models::tutor::TutorCommands *commands, const QString &title, const QString &okText, QWidget *parent);
    QString errorText() const;
    virtual void send() = 0;

signals:
    // The server's answer (payload object; `envelope` for extra keys such as createdCount).
    void done(const QJsonObject &object, const QJsonObject &envelope);

protected:
    QFormLayout *form() const { return m_form; }
    void fail(const QString &sentence);
    // Disables OK while the command runs; the callback finish()es.
    std::function<void(const models::tutor::Outcome &)> started();
    // The outcome of the dialog's command: an error sentence, or done() and close.
    void finish(const models::tutor::Outcome &outcome);

    models::tutor::TutorCommands *m_commands;
    MessageBanner *m_banner;
    QFormLayout *m_form;
    QPushButton *m_ok;
};

// Packs offered in the pickers: (title, id).
using PackChoices = QList<QPair<QString, QString>>;

class GenerateSlotsDialog : public LessonDialog
{
    Q_OBJECT
public:
    GenerateSlotsDialog(models::tutor::TutorCommands *commands, const PackChoices &packs, QWidget *parent);
    void setRange(const QString &packId, const QDate &from, const QDate &to, int minutes);
    // Where the tutor's busy times are kept when the server does not keep them (U4, U5).
    void setBusyTimes(const QString &dataDirectory, const QString &tutorProfileId);
    void send() override;

private:
    QString m_dataDirectory;
    QString m_tutorProfileId;
    QComboBox *m_pack;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QSpinBox *m_minutes;
    QComboBox *m_mode;
};

class SingleSlotDialog : public LessonDialog
{
    Q_OBJECT
public:
    SingleSlotDialog(models::tutor::TutorCommands *commands, const PackChoices &packs, const QDateTime &startUtc,
                     QWidget *parent);
    void setStart(const QString &packId, const QDateTime &startUtc, int minutes);
    void send() override;

private:
    QComboBox *m_pack;
    QDateTimeEdit *m_start;
    QSpinBox *m_minutes;
    QComboBox *m_mode;
};

class CancelSlotDialog : public LessonDialog
{
    Q_OBJECT
public:
    CancelSlotDialog(models::tutor::TutorCommands *commands, const QJsonObject &slot, const QString &summary,
                     QWidget *parent);
    void setReason(const QString &reason);
    void send() override;

private:
    QJsonObject m_slot;
    QPlainTextEdit *m_reason;
};

class LocationDialog : public LessonDialog
{
    Q_OBJECT
public:
    LocationDialog(models::tutor::TutorCommands *commands, const QJsonObject &slot, QWidget *parent);
    void setValues(const QString &locationType, const QString &details, const QString &meetLink);
    void send() override;

private:
    QJsonObject m_slot;
    QComboBox *m_type;
    QLineEdit *m_details;
    QLineEdit *m_link;
};

class ScreeningDecisionDialog : public LessonDialog
{
    Q_OBJECT
public:
    // Approve: pick one of the student's times (or another) + link (+ comment); Propose: another time + link
    // (+ note) back to the student (U21/U22); Reject: a comment. `state`: the negotiation (models/student/screening).
    enum class Mode { Approve, Propose, Reject };
    ScreeningDecisionDialog(models::tutor::TutorCommands *commands, const QJsonObject &meeting,
                            const models::student::Screening::State &state, const QString &studentName,
                            const QString &packTitle, Mode mode, QWidget *parent);
    void setValues(const QDateTime &startUtc, const QString &link, const QString &comment);
    // Approve: chooses the student's proposed time `index` (0-based, earliest first).
    void pickProposed(int index);
    Mode mode() const { return m_mode; }
    void send() override;

private:
    QJsonObject m_meeting;
    models::student::Screening::State m_state;
    Mode m_mode;
    QComboBox *m_proposed = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_link = nullptr;
    QPlainTextEdit *m_comment;
};

} // namespace tutorhub::ui::tutor
