#include "studentlists.h"

#include "api/contract.h"
#include "models/format.h"
#include "models/labels.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tutorhub::models::student {

namespace {
using api::Service;

// Translation context of the column titles. Written out as Tr::tr("…") at each use so that lupdate
// extracts them (a wrapper taking a const char * hid them from the translations, P20).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::models::student::StudentLists)
};

ListSource source(api::Route route, const QStringList &pathArgs, PagingStyle paging = PagingStyle::Business,
                  bool token = true)
{
    return ListSource(route, pathArgs, paging, token);
}

QString label(const char *object, const char *field, const QJsonObject &row)
{
    return Labels::enumLabel(QLatin1String(object), QLatin1String(field), Format::str(row, field));
}

ListColumn text(const char *field, const QString &title, bool sortable = true)
{
    return {QLatin1String(field), title, [field](const QJsonObject &o) { return QVariant(Format::str(o, field)); },
            sortable ? QLatin1String(field) : QString()};
}
ListColumn enumColumn(const char *object, const char *field, const QString &title)
{
    return {QLatin1String(field), title,
            [object, field](const QJsonObject &o) { return QVariant(label(object, field, o)); }, QLatin1String(field)};
}
ListColumn whenColumn(const char *field, const QString &title)
{
    return {QLatin1String(field), title,
            [field](const QJsonObject &o) { return QVariant(Format::dateTime(Format::when(o, field))); },
            QLatin1String(field)};
}
ListColumn moneyColumn(const char *field, const QString &title)
{
    return {QLatin1String(field), title,
            [field](const QJsonObject &o) {
                const QString currency = Format::str(o, "currency");
                return QVariant(
                    Format::money(Format::num(o, field), currency.isEmpty() ? QStringLiteral("EUR") : currency));
            },
            QLatin1String(field), Qt::AlignRight | Qt::AlignVCenter};
}
} // namespace

QString packTitleOf(const QJsonObject &row)
{
    return Format::str(Format::join(row, "coursePack"), "title");
}
QString tutorNameOf(const QJsonObject &row)
{
    const QJsonObject t = Format::join(row, "tutorProfile");
    const QString name = Format::str(t, "displayName");
    return name.isEmpty() ? Format::str(row, "tutorName") : name;
}
QString cardLabel(const QJsonObject &method)
{
    QJsonObject card = method.value(QStringLiteral("cardInfo")).toObject();
    if (card.isEmpty())
        card = method.value(QStringLiteral("card")).toObject();
    QString brand = Format::str(card, "brand");
    if (!brand.isEmpty())
        brand[0] = brand[0].toUpper();
    return Tr::tr("%1 •••• %2, %3/%4")
        .arg(brand.isEmpty() ? Tr::tr("Card") : brand, Format::str(card, "last4"))
        .arg(int(Format::num(card, "expMonth")), 2, 10, QLatin1Char('0'))
        .arg(int(Format::num(card, "expYear")) % 100, 2, 10, QLatin1Char('0'));
}
QString slotTimeText(const QJsonObject &slot)
{
    const QDateTime start = Format::slotStart(slot);
    const QDateTime end = Format::slotEnd(slot);
    return Format::date(start) + QStringLiteral(", ")
           + Format::timeRange(start, end.isValid() ? end : start.addSecs(3600));
}

PagedListModel *tutorsModel(api::ApiClient *client, QObject *parent)
{
    return new PagedListModel(client, source(api::Route::listTutorProfiles, {}),
                              {text("displayName", Tr::tr("Tutor")), text("subjects", Tr::tr("Subjects")),
                               text("experience", Tr::tr("Experience"), false)},
                              parent);
}

PagedListModel *coursePacksModel(api::ApiClient *client, QObject *parent)
{
    return new PagedListModel(
        client, source(api::Route::listCoursePacks, {}),
        {text("title", Tr::tr("Course pack")),
         {QStringLiteral("tutor"), Tr::tr("Tutor"), [](const QJsonObject &o) { return QVariant(tutorNameOf(o)); }, {}},
         text("category", Tr::tr("Category")),
         {QStringLiteral("price"), Tr::tr("Price per lesson"),
          [](const QJsonObject &o) { return QVariant(Format::money(Format::num(o, "price"))); },
          QStringLiteral("price"), Qt::AlignRight | Qt::AlignVCenter},
         enumColumn("coursePack", "schedulingType", Tr::tr("Scheduling")),
         {QStringLiteral("screening"), Tr::tr("Screening"),
          [](const QJsonObject &o) {
              return QVariant(Format::flag(o, "preliminaryMeetingRequired") ? Tr::tr("Required")
                                                                            : Tr::tr("Not needed"));
          },
          QStringLiteral("preliminaryMeetingRequired")}},
        parent);
}

PagedListModel *categoriesModel(api::ApiClient *client, QObject *parent)
{
    auto *m
        = new PagedListModel(client, source(api::Route::listCourseCategories, {}),
                             {{QStringLiteral("name"), Tr::tr("Category"),
                               [](const QJsonObject &o) {
                                   const QString icon = Format::str(o, "icon");
                                   return QVariant(icon.isEmpty() ? Format::str(o, "name")
                                                                  : icon + QLatin1Char(' ') + Format::str(o, "name"));
                               },
                               QStringLiteral("name")}},
                             parent);
    m->setPageSize(100);
    return m;
}

PagedListModel *freeSlotsModel(api::ApiClient *client, QObject *parent)
{
    auto *m = new PagedListModel(
        client, source(api::Route::listLessonSlots, {}),
        {{QStringLiteral("time"), Tr::tr("Lesson"), [](const QJsonObject &o) { return QVariant(slotTimeText(o)); },
          QStringLiteral("startsAt")},
         enumColumn("lessonSlot", "sessionMode", Tr::tr("Mode"))},
        parent);
    m->setPageSize(200);
    m->setLocalSortKey(QStringLiteral("startsAt"), &Format::slotOrder);
    return m;
}

void setSlotWeek(PagedListModel *m, const QString &packId, const QDateTime &from, const QDateTime &to)
{
    m->beginQueryChange();
    m->setFilter(QStringLiteral("coursePackId"), packId);
    m->setFilter(QStringLiteral("status"), QStringLiteral("free"));
    m->setFilter(QStringLiteral("from"), Format::toIsoUtc(from));
    m->setFilter(QStringLiteral("to"), Format::toIsoUtc(to));
    m->setSort(QStringLiteral("startsAt"), Qt::AscendingOrder);
    m->endQueryChange();
}

PagedListModel *myLessonsModel(api::ApiClient *client, const QString &studentId, QObject *parent)
{
    auto *m = new PagedListModel(
        client, source(api::Route::listLessonSlots, {}),
        {{QStringLiteral("time"), Tr::tr("Lesson"), [](const QJsonObject &o) { return QVariant(slotTimeText(o)); },
          QStringLiteral("startsAt")},
         enumColumn("lessonSlot", "status", Tr::tr("Status")),
         enumColumn("lessonSlot", "sessionMode", Tr::tr("Mode")),
         {QStringLiteral("where"),
          Tr::tr("Where"),
          [](const QJsonObject &o) {
              if (Format::str(o, "sessionMode") == QLatin1String("online"))
                  return QVariant(Format::str(o, "meetLink").isEmpty() ? Tr::tr("Online (link follows)")
                                                                       : Format::str(o, "meetLink"));
              const QString details = Format::str(o, "locationDetails");
              const QString type = label("lessonSlot", "locationType", o);
              return QVariant(details.isEmpty() ? type : type + QStringLiteral(": ") + details);
          },
          {}}},
        parent);
    m->setLocalSortKey(QStringLiteral("startsAt"), &Format::slotOrder);
    m->beginQueryChange();
    m->setFilter(QStringLiteral("studentId"), studentId);
    m->setSort(QStringLiteral("startsAt"), Qt::AscendingOrder);
    m->endQueryChange();
    return m;
}

PagedListModel *enrollmentsModel(api::ApiClient *client, QObject *parent)
{
    auto *m = new PagedListModel(
        client, source(api::Route::listEnrollments, {}),
        {{QStringLiteral("pack"),
          Tr::tr("Course pack"),
          [](const QJsonObject &o) { return QVariant(packTitleOf(o)); },
          {}},
         {QStringLiteral("tutor"), Tr::tr("Tutor"), [](const QJsonObject &o) { return QVariant(tutorNameOf(o)); }, {}},
         {QStringLiteral("lessons"),
          Tr::tr("Lessons"),
          [](const QJsonObject &o) { return QVariant(int(o.value(QStringLiteral("lessonSlotIds")).toArray().size())); },
          {},
          Qt::AlignRight | Qt::AlignVCenter},
         moneyColumn("totalAmount", Tr::tr("Amount")),
         enumColumn("enrollment", "enrollmentStatus", Tr::tr("Enrollment")),
         enumColumn("enrollment", "paymentStatus", Tr::tr("Payment")),
         enumColumn("enrollment", "refundStatus", Tr::tr("Refund")),
         whenColumn("createdAt", Tr::tr("Booked"))},
        parent);
    m->setSort(QStringLiteral("createdAt"), Qt::DescendingOrder);
    return m;
}

PagedListModel *refundRequestsModel(api::ApiClient *client, QObject *parent)
{
    return new PagedListModel(
        client, source(api::Route::listRefundRequests, {}),
        {{QStringLiteral("pack"),
          Tr::tr("Course pack"),
          [](const QJsonObject &o) { return QVariant(packTitleOf(o)); },
          {}},
         {QStringLiteral("amount"),
          Tr::tr("Amount"),
          [](const QJsonObject &o) {
              const QJsonObject e = Format::join(o, "enrollment");
              return QVariant(Format::money(Format::num(e, "totalAmount"), Format::str(e, "currency").isEmpty()
                                                                               ? QStringLiteral("EUR")
                                                                               : Format::str(e, "currency")));
          },
          {},
          Qt::AlignRight | Qt::AlignVCenter},
         enumColumn("refundRequest", "status", Tr::tr("Status")),
         text("reason", Tr::tr("Reason"), false),
         whenColumn("requestedAt", Tr::tr("Requested")),
         whenColumn("processedAt", Tr::tr("Processed"))},
        parent);
}

PagedListModel *paymentMethodsModel(api::ApiClient *client, const QString &userId, QObject *parent)
{
    return new PagedListModel(
        client, source(api::Route::listPaymentCustomerMethods, {userId}),
        {{QStringLiteral("card"), Tr::tr("Card"), [](const QJsonObject &o) { return QVariant(cardLabel(o)); }, {}},
         text("cardHolderName", Tr::tr("Card holder"), false)},
        parent);
}

PagedListModel *myIssuesModel(api::ApiClient *client, QObject *parent)
{
    return new PagedListModel(client, source(api::Route::listMyIssues, {}),
                              {{QStringLiteral("about"),
                                Tr::tr("About"),
                                [](const QJsonObject &o) {
                                    const QString pack = packTitleOf(o);
                                    if (!pack.isEmpty())
                                        return QVariant(pack);
                                    const QString person = Format::str(Format::join(o, "reportedUser"), "fullname");
                                    return QVariant(person.isEmpty() ? label("adminIssue", "issueType", o) : person);
                                },
                                {}},
                               enumColumn("adminIssue", "issueType", Tr::tr("Type")),
                               enumColumn("adminIssue", "status", Tr::tr("Status")),
                               enumColumn("adminIssue", "resolution", Tr::tr("Outcome")),
                               text("description", Tr::tr("Description"), false),
                               whenColumn("createdAt", Tr::tr("Filed"))},
                              parent);
}

PagedListModel *notificationsModel(api::ApiClient *client, QObject *parent)
{
    return new PagedListModel(
        client, source(api::Route::listNotifications, {}, PagingStyle::Notification),
        {text("title", Tr::tr("Notification"), false),
         text("body", Tr::tr("Details"), false),
         whenColumn("createdAt", Tr::tr("Received")),
         {QStringLiteral("seen"),
          Tr::tr("Seen"),
          [](const QJsonObject &o) { return QVariant(Format::flag(o, "isSeen") ? Tr::tr("Seen") : Tr::tr("New")); },
          {}}},
        parent);
}

QList<MaterialItem> materialItems(const QJsonArray &rows)
{
    QList<MaterialItem> out;
    for (const QJsonValue &v : rows) {
        const QJsonObject m = v.toObject();
        MaterialItem item;
        item.text = QStringLiteral("%1 (%2)").arg(
            Format::str(m, "title"), Labels::enumLabel(QStringLiteral("courseMaterial"), QStringLiteral("fileType"),
                                                       Format::str(m, "fileType")));
        item.url = Format::str(m, "linkUrl").isEmpty() ? Format::str(m, "fileUrl") : Format::str(m, "linkUrl");
        item.description = Format::str(m, "description");
        out << item;
    }
    return out;
}

} // namespace tutorhub::models::student
