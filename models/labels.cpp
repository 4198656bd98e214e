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

#define L(text) QT_TRANSLATE_NOOP("tutorhub::models::Labels", text)

// The enums of API.md §2-§3, in declared order.
const QList<EnumTable> &tables()
{
    static const QList<EnumTable> t = {
        {"roleId", {{"superAdmin", L("Super administrator"), "info"}, {"admin", L("Administrator"), "info"},
                    {"tutor", L("Tutor"), "neutral"}, {"user", L("Student"), "neutral"}}},
        {"accountStatus", {{"active", L("Active"), "positive"}, {"suspended", L("Suspended"), "warning"},
                           {"banned", L("Banned"), "negative"}}},
        {"tutorApplicationStatus", {{"none", L("Not applied"), "neutral"}, {"pending", L("Pending review"), "warning"},
                                    {"approved", L("Approved"), "positive"}, {"rejected", L("Rejected"), "negative"}}},
        {"profileStatus", {{"pending", L("Pending review"), "warning"}, {"approved", L("Approved"), "positive"},
                           {"rejected", L("Rejected"), "negative"}}},
        {"schedulingType", {{"flexible", L("Flexible"), "neutral"}, {"strict", L("Fixed schedule"), "neutral"}}},
        {"moderationStatus", {{"approved", L("Approved"), "positive"}, {"flagged", L("Flagged"), "warning"},
                              {"removed", L("Removed"), "negative"}}},
        {"maxPeriodUnit", {{"weeks", L("weeks"), "neutral"}, {"months", L("months"), "neutral"}}},
        {"fileType", {{"file", L("File"), "neutral"}, {"video", L("Video"), "neutral"},
                      {"document", L("Document"), "neutral"}, {"externalLink", L("Link"), "neutral"}}},
        {"dayOfWeek", {{"sunday", L("Sunday"), "neutral"}, {"monday", L("Monday"), "neutral"},
                       {"tuesday", L("Tuesday"), "neutral"}, {"wednesday", L("Wednesday"), "neutral"},
                       {"thursday", L("Thursday"), "neutral"}, {"friday", L("Friday"), "neutral"},
                       {"saturday", L("Saturday"), "neutral"}}},
        {"teachingMode", {{"online", L("Online"), "neutral"}, {"faceToFace", L("In person"), "neutral"},
                          {"both", L("Online or in person"), "neutral"}}},
        {"lessonSlot.status", {{"free", L("Free"), "positive"}, {"booked", L("Booked"), "info"},
                               {"completed", L("Completed"), "neutral"}, {"canceled", L("Canceled"), "negative"}}},
        {"locationType", {{"online", L("Online"), "neutral"}, {"studentHome", L("At the student's home"), "neutral"},
                          {"tutorHome", L("At the tutor's home"), "neutral"}, {"other", L("Other place"), "neutral"}}},
        {"sessionMode", {{"online", L("Online"), "neutral"}, {"faceToFace", L("In person"), "neutral"}}},
        {"tutorDecision", {{"pending", L("Awaiting decision"), "warning"}, {"approved", L("Approved"), "positive"},
                           {"rejected", L("Rejected"), "negative"}}},
        {"paymentStatus", {{"pending", L("Not paid"), "warning"}, {"paid", L("Paid"), "positive"},
                           {"refunded", L("Refunded"), "info"}}},
        {"refundStatus", {{"notRequested", L("No refund requested"), "neutral"}, {"eligible", L("Refund possible"), "info"},
                          {"processed", L("Refunded"), "info"}, {"ineligible", L("No longer refundable"), "neutral"}}},
        {"enrollmentStatus", {{"pending", L("Awaiting payment"), "warning"}, {"active", L("Active"), "positive"},
                              {"completed", L("Completed"), "neutral"}, {"canceled", L("Canceled"), "negative"}}},
        {"paymentConfirmation", {{"pending", L("Not started"), "neutral"}, {"processing", L("Processing"), "warning"},
                                 {"paid", L("Paid"), "positive"}, {"canceled", L("Canceled"), "negative"}}},
        {"refundRequest.status", {{"pending", L("Pending"), "warning"}, {"approved", L("Approved"), "positive"},
                                  {"rejected", L("Rejected"), "negative"}, {"autoApproved", L("Approved automatically"), "positive"}}},
        {"statusLiteral", {{"started", L("Started"), "neutral"}, {"actionRequired", L("Confirmation needed"), "warning"},
                           {"processing", L("Processing"), "warning"}, {"paid", L("Paid"), "positive"},
                           {"failed", L("Declined"), "negative"}, {"canceled", L("Canceled"), "negative"},
                           {"refunded", L("Refunded"), "info"}}},
        {"issueType", {{"user", L("A person"), "neutral"}, {"content", L("A course"), "neutral"},
                       {"other", L("Something else"), "neutral"}}},
        {"adminIssue.status", {{"open", L("Open"), "warning"}, {"investigating", L("Being investigated"), "info"},
                               {"resolved", L("Resolved"), "positive"}, {"dismissed", L("Dismissed"), "neutral"}}},
        {"resolution", {{"dismissed", L("Dismissed"), "neutral"}, {"warned", L("User warned"), "info"},
                        {"courseEditRequired", L("Course edit required"), "info"},
                        {"courseRemoved", L("Course removed"), "negative"}, {"userSuspended", L("User suspended"), "negative"},
                        {"userBanned", L("User banned"), "negative"}, {"acknowledged", L("Acknowledged"), "positive"}}},
        {"targetType", {{"user", L("User"), "neutral"}, {"coursePack", L("Course pack"), "neutral"},
                        {"profile", L("Tutor profile"), "neutral"}, {"material", L("Course material"), "neutral"}}},
        {"actionType", {{"suspend", L("Suspended"), "negative"}, {"ban", L("Banned"), "negative"},
                        {"edit", L("Edit required"), "info"}, {"remove", L("Removed"), "negative"},
                        {"approve", L("Approved"), "positive"}, {"warn", L("Warned"), "warning"}}},
        {"messageType", {{"text", L("Text"), "neutral"}, {"image", L("Image"), "neutral"},
                         {"document", L("Document"), "neutral"}, {"system", L("System message"), "info"},
                         {"warning", L("Warning"), "warning"}}},
        {"chatMessage.status", {{"pending", L("Pending"), "warning"}, {"approved", L("Visible"), "positive"},
                                {"rejected", L("Hidden by a moderator"), "negative"}}},
        {"conversationType", {{"studentTutor", L("Student and tutor"), "neutral"},
                              {"adminStudent", L("Administration to student"), "info"},
                              {"adminTutor", L("Administration and tutor"), "info"}}},
        {"conversation.status", {{"active", L("Open"), "positive"}, {"closed", L("Closed"), "neutral"}}},
        {"chatModeration.action", {{"blocked", L("Blocked"), "negative"}, {"silenced", L("Silenced"), "warning"}}},
        {"reportType", {{"users", L("Users"), "neutral"}, {"complaints", L("Complaints"), "neutral"},
                        {"moderation", L("Moderation"), "neutral"}, {"enrollments", L("Enrollments"), "neutral"},
                        {"revenue", L("Revenue"), "neutral"}}},
        {"agentType", {{"design", L("Design"), "neutral"}, {"dynamic", L("Dynamic"), "neutral"}}},
        {"sys_agentExecution.source", {{"rest", L("REST"), "neutral"}, {"sse", L("Server-sent events"), "neutral"},
                                       {"kafka", L("Kafka"), "neutral"}, {"agent", L("Agent"), "neutral"}}},
        {"sys_agentExecution.status", {{"success", L("Succeeded"), "positive"}, {"error", L("Failed"), "negative"},
                                       {"timeout", L("Timed out"), "warning"}}},
    };
    return t;
}
#undef L

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
