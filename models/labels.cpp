#include "labels.h"

#include <QHash>

namespace tutorhub::models {

namespace {

struct Option
{
    const char *value;
    const char *label; // QT_TRANSLATE_NOOP in Labels' context
    const char *tone;
};

struct EnumTable
{
    const char *key; // "object.field" or "field"
    QList<Option> options;
};

// The enums of API.md §2-§3, in declared order.
const QList<EnumTable> &tables()
{
    static const QList<EnumTable> t = {
        {"roleId",
         {{"superAdmin", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Super administrator"), "info"},
          {"admin", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Administrator"), "info"},
          {"tutor", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Tutor"), "neutral"},
          {"user", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Student"), "neutral"}}},
        {"accountStatus",
         {{"active", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Active"), "positive"},
          {"suspended", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Suspended"), "warning"},
          {"banned", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Banned"), "negative"}}},
        {"tutorApplicationStatus",
         {{"none", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Not applied"), "neutral"},
          {"pending", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Pending review"), "warning"},
          {"approved", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Approved"), "positive"},
          {"rejected", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Rejected"), "negative"}}},
        {"profileStatus",
         {{"pending", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Pending review"), "warning"},
          {"approved", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Approved"), "positive"},
          {"rejected", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Rejected"), "negative"}}},
        {"schedulingType",
         {{"flexible", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Flexible"), "neutral"},
          {"strict", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Fixed schedule"), "neutral"}}},
        {"moderationStatus",
         {{"approved", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Approved"), "positive"},
          {"flagged", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Flagged"), "warning"},
          {"removed", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Removed"), "negative"}}},
        {"maxPeriodUnit",
         {{"weeks", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "weeks"), "neutral"},
          {"months", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "months"), "neutral"}}},
        {"fileType",
         {{"file", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "File"), "neutral"},
          {"video", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Video"), "neutral"},
          {"document", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Document"), "neutral"},
          {"externalLink", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Link"), "neutral"}}},
        {"dayOfWeek",
         {{"sunday", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Sunday"), "neutral"},
          {"monday", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Monday"), "neutral"},
          {"tuesday", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Tuesday"), "neutral"},
          {"wednesday", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Wednesday"), "neutral"},
          {"thursday", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Thursday"), "neutral"},
          {"friday", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Friday"), "neutral"},
          {"saturday", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Saturday"), "neutral"}}},
        {"teachingMode",
         {{"online", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Online"), "neutral"},
          {"faceToFace", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "In person"), "neutral"},
          {"both", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Online or in person"), "neutral"}}},
        {"lessonSlot.status",
         {{"free", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Free"), "positive"},
          {"booked", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Booked"), "info"},
          {"completed", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Completed"), "neutral"},
          {"canceled", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Canceled"), "negative"}}},
        {"locationType",
         {{"online", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Online"), "neutral"},
          {"studentHome", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "At the student's home"), "neutral"},
          {"tutorHome", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "At the tutor's home"), "neutral"},
          {"other", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Other place"), "neutral"}}},
        {"sessionMode",
         {{"online", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Online"), "neutral"},
          {"faceToFace", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "In person"), "neutral"}}},
        {"tutorDecision",
         {{"pending", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Awaiting decision"), "warning"},
          {"approved", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Approved"), "positive"},
          {"rejected", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Rejected"), "negative"}}},
        {"paymentStatus",
         {{"pending", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Not paid"), "warning"},
          {"paid", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Paid"), "positive"},
          {"refunded", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Refunded"), "info"}}},
        {"refundStatus",
         {{"notRequested", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "No refund requested"), "neutral"},
          {"eligible", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Refund possible"), "info"},
          {"processed", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Refunded"), "info"},
          {"ineligible", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "No longer refundable"), "neutral"}}},
        {"enrollmentStatus",
         {{"pending", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Awaiting payment"), "warning"},
          {"active", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Active"), "positive"},
          {"completed", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Completed"), "neutral"},
          {"canceled", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Canceled"), "negative"}}},
        {"paymentConfirmation",
         {{"pending", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Not started"), "neutral"},
          {"processing", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Processing"), "warning"},
          {"paid", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Paid"), "positive"},
          {"canceled", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Canceled"), "negative"}}},
        {"refundRequest.status",
         {{"pending", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Pending"), "warning"},
          {"approved", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Approved"), "positive"},
          {"rejected", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Rejected"), "negative"},
          {"autoApproved", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Approved automatically"), "positive"}}},
        {"statusLiteral",
         {{"started", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Started"), "neutral"},
          {"actionRequired", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Confirmation needed"), "warning"},
          {"processing", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Processing"), "warning"},
          {"paid", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Paid"), "positive"},
          {"failed", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Declined"), "negative"},
          {"canceled", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Canceled"), "negative"},
          {"refunded", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Refunded"), "info"}}},
        {"issueType",
         {{"user", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "A person"), "neutral"},
          {"content", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "A course"), "neutral"},
          {"other", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Something else"), "neutral"}}},
        {"adminIssue.status",
         {{"open", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Open"), "warning"},
          {"investigating", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Being investigated"), "info"},
          {"resolved", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Resolved"), "positive"},
          {"dismissed", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Dismissed"), "neutral"}}},
        {"priority",
         {{"low", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Low"), "neutral"},
          {"normal", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Normal"), "neutral"},
          {"high", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "High"), "warning"},
          {"urgent", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Urgent"), "negative"}}},
        {"resolution",
         {{"dismissed", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Dismissed"), "neutral"},
          {"warned", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "User warned"), "info"},
          {"courseEditRequired", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Course edit required"), "info"},
          {"courseRemoved", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Course removed"), "negative"},
          {"userSuspended", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "User suspended"), "negative"},
          {"userBanned", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "User banned"), "negative"},
          {"acknowledged", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Acknowledged"), "positive"}}},
        {"targetType",
         {{"user", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "User"), "neutral"},
          {"coursePack", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Course pack"), "neutral"},
          {"profile", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Tutor profile"), "neutral"},
          {"material", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Course material"), "neutral"}}},
        {"actionType",
         {{"suspend", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Suspended"), "negative"},
          {"ban", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Banned"), "negative"},
          {"edit", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Edit required"), "info"},
          {"remove", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Removed"), "negative"},
          {"approve", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Approved"), "positive"},
          {"warn", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Warned"), "warning"}}},
        {"messageType",
         {{"text", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Text"), "neutral"},
          {"image", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Image"), "neutral"},
          {"document", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Document"), "neutral"},
          {"system", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "System message"), "info"},
          {"warning", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Warning"), "warning"}}},
        {"chatMessage.status",
         {{"pending", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Pending"), "warning"},
          {"approved", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Visible"), "positive"},
          {"rejected", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Hidden by a moderator"), "negative"}}},
        {"conversationType",
         {{"studentTutor", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Student and tutor"), "neutral"},
          {"adminStudent", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Administration to student"), "info"},
          {"adminTutor", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Administration and tutor"), "info"}}},
        {"conversation.status",
         {{"active", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Open"), "positive"},
          {"closed", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Closed"), "neutral"}}},
        {"chatModeration.action",
         {{"blocked", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Blocked"), "negative"},
          {"silenced", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Silenced"), "warning"}}},
        {"reportType",
         {{"users", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Users"), "neutral"},
          {"complaints", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Complaints"), "neutral"},
          {"moderation", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Moderation"), "neutral"},
          {"enrollments", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Enrollments"), "neutral"},
          {"revenue", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Revenue"), "neutral"}}},
        {"agentType",
         {{"design", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Design"), "neutral"},
          {"dynamic", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Dynamic"), "neutral"}}},
        {"sys_agentExecution.source",
         {{"rest", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "REST"), "neutral"},
          {"sse", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Server-sent events"), "neutral"},
          {"kafka", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Kafka"), "neutral"},
          {"agent", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Agent"), "neutral"}}},
        {"sys_agentExecution.status",
         {{"success", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Succeeded"), "positive"},
          {"error", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Failed"), "negative"},
          {"timeout", QT_TRANSLATE_NOOP("tutorhub::models::Labels", "Timed out"), "warning"}}},
    };
    return t;
}

const EnumTable *find(const QString &object, const QString &field)
{
    static const QHash<QString, const EnumTable *> index = [] {
        QHash<QString, const EnumTable *> h;
        for (const EnumTable &t : tables())
            h.insert(QString::fromLatin1(t.key), &t);
        return h;
    }();
    if (const EnumTable *t = index.value(object + QLatin1Char('.') + field))
        return t;
    return index.value(field);
}

const Option *findOption(const QString &object, const QString &field, const QString &value)
{
    const EnumTable *t = find(object, field);
    if (!t)
        return nullptr;
    for (const Option &o : t->options)
        if (value.compare(QLatin1String(o.value), Qt::CaseInsensitive) == 0)
            return &o;
    return nullptr;
}

} // namespace

QString Labels::enumLabel(const QString &object, const QString &field, const QString &value)
{
    if (const Option *o = findOption(object, field, value))
        return tr(o->label);
    return value;
}

QStringList Labels::enumValues(const QString &object, const QString &field)
{
    QStringList out;
    if (const EnumTable *t = find(object, field))
        for (const Option &o : t->options)
            out.append(QString::fromLatin1(o.value));
    return out;
}

QString Labels::tone(const QString &object, const QString &field, const QString &value)
{
    if (const Option *o = findOption(object, field, value))
        return QString::fromLatin1(o->tone);
    return QStringLiteral("neutral");
}

} // namespace tutorhub::models
