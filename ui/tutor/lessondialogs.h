// Dialogs of the Lessons page: generate slots from availability (D34: created and skipped counts),
// add one slot, cancel with a reason, set the place or meeting link, and decide a screening request.
// Each sends one request and closes only when it was accepted.
#pragma once

#include "api/jsonapi.h"

#include <QByteArray>
#include <QDialog>
#include <QJsonObject>
#include <QStringList>

class QComboBox;
class QFormLayout;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tutorhub::api {
class ApiClient;
enum class Route;
}
namespace tutorhub::ui {
class MessageBanner;
}

namespace tutorhub::ui::tutor {

// Base: a message banner, a form, OK/Cancel; subclasses fill the form and implement send().
class LessonDialog : public QDialog
{
    Q_OBJECT

public:
    LessonDialog(api::ApiClient *client, const QString &title, const QString &okText, QWidget *parent);
    QString errorText() const;
    virtual void send() = 0;

signals:
    // The server's answer (payload object; `envelope` for extra keys such as createdCount).
    void done(const QJsonObject &object, const QJsonObject &envelope);

protected:
    QFormLayout *form() const { return m_form; }
    void fail(const QString &sentence);
    void run(api::Route route, const QStringList &pathArgs, const QJsonObject &body);
    // The answer of a request the dialog made: an error sentence, or done() and close.
    void finish(const api::Result<api::JsonAnswer> &res);

    api::ApiClient *m_client;
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
    GenerateSlotsDialog(api::ApiClient *client, const PackChoices &packs, QWidget *parent);
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
    SingleSlotDialog(api::ApiClient *client, const PackChoices &packs, const QDateTime &startUtc, QWidget *parent);
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
    CancelSlotDialog(api::ApiClient *client, const QJsonObject &slot, const QString &summary, QWidget *parent);
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
    LocationDialog(api::ApiClient *client, const QJsonObject &slot, QWidget *parent);
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
    // approve: date + link (+ comment); else a rejection with a comment.
    ScreeningDecisionDialog(api::ApiClient *client, const QJsonObject &meeting, const QString &studentName,
                            const QString &packTitle, bool approve, QWidget *parent);
    void setValues(const QDateTime &startUtc, const QString &link, const QString &comment);
    void send() override;

private:
    QJsonObject m_meeting;
    bool m_approve;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_link = nullptr;
    QPlainTextEdit *m_comment;
};

} // namespace tutorhub::ui::tutor
