#include "tutorlists.h"

#include "api/contract.h"
#include "models/format.h"
#include "models/labels.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tutorhub::models::tutor {

namespace {

// The translation context of this file's column titles (lupdate and the run time agree on it).
struct TutorLists
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::models::tutor::TutorLists)
};

QString label(const char *object, const char *field, const QJsonObject &row)
{
    return Labels::enumLabel(QLatin1String(object), QLatin1String(field), Format::str(row, field));
}

using Display = std::function<QVariant(const QJsonObject &)>;

// One column as data (ListColumn with every member given).
ListColumn col(const char *id, const QString &title, Display display, const char *sortField = nullptr,
               Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    return ListColumn {QLatin1String(id), title, std::move(display), sortField ? QLatin1String(sortField) : QString(),
                       alignment};
}

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

void LessonLookup::addPacks(const QList<QJsonObject> &packs)
{
    for (const QJsonObject &p : packs)
        packTitles.insert(Format::str(p, "id"), Format::str(p, "title"));
}

void LessonLookup::addEnrollments(const QList<QJsonObject> &enrollments)
{
    for (const QJsonObject &e : enrollments) {
        const QString name = Format::str(Format::join(e, "student"), "fullname");
        const QString status = Format::str(e, "enrollmentStatus");
        for (const QJsonValue &id : e.value(QLatin1String("lessonSlotIds")).toArray()) {
            // A canceled enrollment does not own the slot any more once it is free again.
            if (status == QLatin1String("canceled") && studentBySlot.contains(id.toString()))
                continue;
            studentBySlot.insert(id.toString(), name);
            enrollmentStatusBySlot.insert(id.toString(), status);
        }
    }
}

QString LessonLookup::packTitle(const QJsonObject &slot) const
{
    return packTitles.value(Format::str(slot, "coursePackId"));
}

QString LessonLookup::studentName(const QJsonObject &slot) const
{
    if (Format::str(slot, "studentId").isEmpty())
        return {};
    return studentBySlot.value(Format::str(slot, "id"));
}

QString LessonLookup::requester(const QJsonObject &meeting) const
{
    const QString joined = Format::str(Format::join(meeting, "student"), "fullname");
    return joined.isEmpty() ? studentNames.value(Format::str(meeting, "studentId")) : joined;
}

PagedListModel *createCoursePacksModel(api::ApiClient *client, const QString &tutorProfileId, QObject *parent)
{
    const QList<ListColumn> columns {
        col(
            "title", TutorLists::tr("Title"), [](const QJsonObject &r) { return Format::str(r, "title"); }, "title"),
        col(
            "category", TutorLists::tr("Category"), [](const QJsonObject &r) { return Format::str(r, "category"); },
            "category"),
        col(
            "price", TutorLists::tr("Price per lesson"),
            [](const QJsonObject &r) { return Format::money(Format::num(r, "price"), QStringLiteral("EUR")); }, "price",
            kRight),
        col(
            "isPublished", TutorLists::tr("Published"),
            [](const QJsonObject &r) {
                return Format::flag(r, "isPublished") ? TutorLists::tr("Published") : TutorLists::tr("Draft");
            },
            "isPublished"),
        col(
            "moderationStatus", TutorLists::tr("Moderation"),
            [](const QJsonObject &r) { return label("coursePack", "moderationStatus", r); }, "moderationStatus"),
        col(
            "schedulingType", TutorLists::tr("Scheduling"),
            [](const QJsonObject &r) { return label("coursePack", "schedulingType", r); }, "schedulingType"),
    };
    auto *m = new PagedListModel(client, ListSource(api::Route::listCoursePacks, {}), columns, parent);
    m->setPageSize(100);
    m->beginQueryChange();
    m->setFilter(QStringLiteral("tutorProfileId"), tutorProfileId);
    m->setSort(QStringLiteral("createdAt"), Qt::DescendingOrder);
    m->endQueryChange();
    return m;
}

PagedListModel *createMaterialsModel(api::ApiClient *client, const QString &coursePackId, QObject *parent)
{
    const QList<ListColumn> columns {
        col(
            "title", TutorLists::tr("Title"), [](const QJsonObject &r) { return Format::str(r, "title"); }, "title"),
        col(
            "fileType", TutorLists::tr("Kind"),
            [](const QJsonObject &r) { return label("courseMaterial", "fileType", r); }, "fileType"),
        col("url", TutorLists::tr("Address"),
            [](const QJsonObject &r) {
                const QString link = Format::str(r, "linkUrl");
                return link.isEmpty() ? Format::str(r, "fileUrl") : link;
            }),
        col("visibility", TutorLists::tr("Visible to"),
            [](const QJsonObject &) {
                return TutorLists::tr("You, students with an active or completed enrollment, admins");
            }),
    };
    auto *m = new PagedListModel(client, ListSource(api::Route::listCourseMaterials, {}), columns, parent);
    m->setPageSize(200);
    m->beginQueryChange();
    m->setFilter(QStringLiteral("coursePackId"), coursePackId);
    m->setSort(QStringLiteral("sortOrder"), Qt::AscendingOrder);
    m->endQueryChange();
    return m;
}

PagedListModel *createAvailabilityModel(api::ApiClient *client, const QString &tutorProfileId, QObject *parent)
{
    const QList<ListColumn> columns {
        col("when", TutorLists::tr("When"),
            [](const QJsonObject &r) {
                return Format::flag(r, "isRecurring")
                           ? TutorLists::tr("Every %1").arg(label("availability", "dayOfWeek", r))
                           : QLocale().toString(QDate::fromString(Format::str(r, "specificDate"), Qt::ISODate),
                                                QLocale::ShortFormat);
            }),
        col("time", TutorLists::tr("Time"),
            [](const QJsonObject &r) {
                return QStringLiteral("%1 – %2").arg(Format::str(r, "startTime"), Format::str(r, "endTime"));
            }),
        col("timeZone", TutorLists::tr("Time zone"), [](const QJsonObject &r) { return Format::str(r, "timeZone"); }),
        col("teachingMode", TutorLists::tr("Teaching mode"),
            [](const QJsonObject &r) { return label("availability", "teachingMode", r); }),
    };
    auto *m = new PagedListModel(client, ListSource(api::Route::listAvailabilities, {tutorProfileId}), columns, parent);
    m->setPageSize(500);
    return m;
}

PagedListModel *createSlotsModel(api::ApiClient *client, const QString &tutorProfileId, SharedLookup lookup,
                                 QObject *parent)
{
    const QList<ListColumn> columns {
        col(
            "startsAt", TutorLists::tr("Starts"),
            [](const QJsonObject &r) { return Format::dateTime(Format::slotStart(r)); }, "startsAt"),
        col("time", TutorLists::tr("Time"),
            [](const QJsonObject &r) { return Format::timeRange(Format::slotStart(r), Format::slotEnd(r)); }),
        col("pack", TutorLists::tr("Course pack"), [lookup](const QJsonObject &r) { return lookup->packTitle(r); }),
        col("student", TutorLists::tr("Student"), [lookup](const QJsonObject &r) { return lookup->studentName(r); }),
        col(
            "status", TutorLists::tr("Status"), [](const QJsonObject &r) { return label("lessonSlot", "status", r); },
            "status"),
        col("where", TutorLists::tr("Where"),
            [](const QJsonObject &r) {
                const QString link = Format::str(r, "meetLink");
                if (!link.isEmpty())
                    return link;
                const QString details = Format::str(r, "locationDetails");
                return details.isEmpty() ? label("lessonSlot", "sessionMode", r) : details;
            }),
    };
    auto *m = new PagedListModel(client, ListSource(api::Route::listLessonSlots, {}), columns, parent);
    m->setPageSize(1000);
    m->setLocalFilter(QStringLiteral("tutorProfileId"), [lookup](const QJsonObject &slot, const QString &profileId) {
        const QString own = Format::str(slot, "tutorProfileId");
        return own.isEmpty() ? lookup->hasPack(Format::str(slot, "coursePackId"))
                             : own.compare(profileId, Qt::CaseInsensitive) == 0;
    });
    m->setLocalSortKey(QStringLiteral("startsAt"), &Format::slotOrder);
    m->beginQueryChange();
    m->setFilter(QStringLiteral("tutorProfileId"), tutorProfileId);
    m->setSort(QStringLiteral("startsAt"), Qt::AscendingOrder);
    m->endQueryChange();
    return m;
}

PagedListModel *createEnrollmentsModel(api::ApiClient *client, const QString &tutorProfileId, QObject *parent)
{
    const QList<ListColumn> columns {
        col("student", TutorLists::tr("Student"),
            [](const QJsonObject &r) { return Format::str(Format::join(r, "student"), "fullname"); }),
        col("pack", TutorLists::tr("Course pack"),
            [](const QJsonObject &r) { return Format::str(Format::join(r, "coursePack"), "title"); }),
        col(
            "enrollmentStatus", TutorLists::tr("Status"),
            [](const QJsonObject &r) { return label("enrollment", "enrollmentStatus", r); }, "enrollmentStatus"),
        col(
            "paymentStatus", TutorLists::tr("Payment"),
            [](const QJsonObject &r) { return label("enrollment", "paymentStatus", r); }, "paymentStatus"),
        col(
            "totalAmount", TutorLists::tr("Amount"),
            [](const QJsonObject &r) {
                return Format::money(Format::num(r, "totalAmount"), Format::str(r, "currency"));
            },
            "totalAmount", kRight),
        col(
            "lessons", TutorLists::tr("Lessons"),
            [](const QJsonObject &r) { return r.value(QLatin1String("lessonSlotIds")).toArray().size(); }, nullptr,
            kRight),
        col(
            "createdAt", TutorLists::tr("Enrolled"),
            [](const QJsonObject &r) {
                const QDateTime at = Format::when(r, "enrolledAt");
                return Format::date(at.isValid() ? at : Format::when(r, "createdAt"));
            },
            "createdAt"),
    };
    auto *m = new PagedListModel(client, ListSource(api::Route::listEnrollments, {}), columns, parent);
    m->setPageSize(200);
    m->beginQueryChange();
    m->setFilter(QStringLiteral("tutorProfileId"), tutorProfileId);
    m->setSort(QStringLiteral("createdAt"), Qt::DescendingOrder);
    m->endQueryChange();
    return m;
}

PagedListModel *createScreeningModel(api::ApiClient *client, SharedLookup lookup, QObject *parent)
{
    const QList<ListColumn> columns {
        col("student", TutorLists::tr("Student"), [lookup](const QJsonObject &r) { return lookup->requester(r); }),
        col("pack", TutorLists::tr("Course pack"), [lookup](const QJsonObject &r) { return lookup->packTitle(r); }),
        col(
            "tutorDecision", TutorLists::tr("Decision"),
            [](const QJsonObject &r) { return label("preliminaryMeeting", "tutorDecision", r); }, "tutorDecision"),
        col(
            "scheduledDatetime", TutorLists::tr("Meeting"),
            [](const QJsonObject &r) { return Format::dateTime(Format::when(r, "scheduledDatetime")); },
            "scheduledDatetime"),
        col(
            "createdAt", TutorLists::tr("Requested"),
            [](const QJsonObject &r) { return Format::dateTime(Format::when(r, "createdAt")); }, "createdAt"),
    };
    auto *m = new PagedListModel(client, ListSource(api::Route::listPreliminaryMeetings, {}), columns, parent);
    m->setPageSize(200);
    m->setSort(QStringLiteral("createdAt"), Qt::DescendingOrder);
    return m;
}

void fetchAll(api::ApiClient *client, const api::ApiRequest &request, QObject *context,
              std::function<void(const QList<QJsonObject> &, const api::ApiError &)> done)
{
    api::ApiRequest r = request;
    r.query.removeAllQueryItems(QStringLiteral("pageRowCount"));
    r.query.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("1000"));
    api::callJson(client, r, context, [done](const api::Result<api::JsonAnswer> &result) {
        QList<QJsonObject> rows;
        if (!result.ok()) {
            done(rows, result.error());
            return;
        }
        for (const QJsonValue &v : result.value().array())
            rows.append(v.toObject());
        done(rows, {});
    });
}

void findOwnTutorProfile(api::ApiClient *client, const QString &userId, QObject *context,
                         std::function<void(const QJsonObject &, const api::ApiError &)> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("tutorId"), userId);
    fetchAll(client, api::ApiRequest::to(api::Route::listTutorProfiles, {}, q), context,
             [done](const QList<QJsonObject> &rows, const api::ApiError &error) { done(rows.value(0), error); });
}

} // namespace tutorhub::models::tutor
