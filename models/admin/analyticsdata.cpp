#include "analyticsdata.h"

#include "api/contract.h"
#include "api/adminapi.h"
#include "api/apiclient.h"
#include "api/jsonapi.h"
#include "models/format.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>
#include <QLocale>
#include <QUrlQuery>

#include <algorithm>

namespace tutorhub::models::admin {

namespace {
QDate mondayOf(const QDate &d)
{
    return d.addDays(1 - d.dayOfWeek());
}
QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}
QString csvMoney(double v)
{
    return QString::number(v, 'f', 2);
}
} // namespace

AnalyticsData::AnalyticsData(api::ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent),
      m_client(client) { }

bool AnalyticsData::countsAsRevenue(const QJsonObject &e)
{
    return Format::str(e, "paymentStatus") == QLatin1String("paid");
}

QList<WeekFigures> AnalyticsData::bucket(const QDate &firstMonday, int weeks, const QList<QJsonObject> &enrollments,
                                         const QList<QJsonObject> &refunds, const QList<QJsonObject> &issues)
{
    QList<WeekFigures> out;
    for (int i = 0; i < weeks; ++i)
        out.append(WeekFigures {firstMonday.addDays(7 * i)});
    auto slot = [&](const QJsonObject &o, const char *field) -> WeekFigures * {
        const QDateTime t = Format::when(o, field);
        if (!t.isValid())
            return nullptr;
        const qint64 days = firstMonday.daysTo(t.toUTC().date());
        if (days < 0 || days >= qint64(weeks) * 7)
            return nullptr;
        return &out[int(days / 7)];
    };
    for (const QJsonObject &e : enrollments)
        if (WeekFigures *w = slot(e, "createdAt")) {
            ++w->enrollments;
            if (countsAsRevenue(e))
                w->revenue += Format::num(e, "totalAmount");
        }
    for (const QJsonObject &r : refunds)
        if (WeekFigures *w = slot(r, r.contains(QStringLiteral("requestedAt")) ? "requestedAt" : "createdAt"))
            ++w->refunds;
    for (const QJsonObject &i : issues)
        if (WeekFigures *w = slot(i, "createdAt"))
            ++w->issues;
    return out;
}

QList<GroupFigures> AnalyticsData::group(const QList<QJsonObject> &enrollments,
                                         const std::function<QString(const QJsonObject &)> &key, int limit)
{
    QHash<QString, GroupFigures> h;
    for (const QJsonObject &e : enrollments) {
        QString k = key(e);
        if (k.isEmpty())
            k = tr("Unknown");
        GroupFigures &g = h[k];
        g.name = k;
        ++g.enrollments;
        if (countsAsRevenue(e))
            g.revenue += Format::num(e, "totalAmount");
    }
    QList<GroupFigures> out = h.values();
    std::sort(out.begin(), out.end(), [](const GroupFigures &a, const GroupFigures &b) {
        return a.revenue != b.revenue
                   ? a.revenue > b.revenue
                   : (a.enrollments != b.enrollments ? a.enrollments > b.enrollments : a.name < b.name);
    });
    if (limit > 0 && out.size() > limit)
        out = out.mid(0, limit);
    return out;
}

void AnalyticsData::load(int weeks)
{
    ++m_generation;
    m_weekCount = qMax(1, weeks);
    m_firstMonday = mondayOf(QDateTime::currentDateTimeUtc().date()).addDays(-7 * (m_weekCount - 1));
    m_loading = true;
    m_partial = false;
    m_error = api::ApiError();
    m_enrollments.clear();
    m_refunds.clear();
    m_issues.clear();
    m_packs.clear();
    m_tutors.clear();
    const QJsonObject since {{QStringLiteral("gte"), Format::toIsoUtc(QDateTime(m_firstMonday, QTime(0, 0), Qt::UTC))}};
    const quint64 gen = m_generation;
    fetchAll(QStringLiteral("enrollment"), {{QStringLiteral("createdAt"), since}},
             [this, gen, since](QList<QJsonObject> e) {
                 if (gen != m_generation)
                     return;
                 m_enrollments = e;
                 fetchAll(QStringLiteral("refundRequest"), {{QStringLiteral("createdAt"), since}},
                          [this, gen, since](QList<QJsonObject> r) {
                              if (gen != m_generation)
                                  return;
                              m_refunds = r;
                              fetchAll(QStringLiteral("adminIssue"), {{QStringLiteral("createdAt"), since}},
                                       [this, gen](QList<QJsonObject> i) {
                                           if (gen != m_generation)
                                               return;
                                           m_issues = i;
                                           QStringList packIds;
                                           for (const QJsonObject &o : std::as_const(m_enrollments)) {
                                               const QString id = Format::str(o, "coursePackId");
                                               if (!id.isEmpty() && !packIds.contains(id))
                                                   packIds.append(id);
                                           }
                                           fetchByIds(QStringLiteral("coursePack"), packIds, {},
                                                      [this, gen](QList<QJsonObject> packs) {
                                                          if (gen != m_generation)
                                                              return;
                                                          QStringList tutorIds;
                                                          for (const QJsonObject &p : packs) {
                                                              m_packs.insert(Format::str(p, "id"), p);
                                                              const QString t = Format::str(p, "tutorProfileId");
                                                              if (!t.isEmpty() && !tutorIds.contains(t))
                                                                  tutorIds.append(t);
                                                          }
                                                          fetchByIds(QStringLiteral("tutorProfile"), tutorIds, {},
                                                                     [this, gen](QList<QJsonObject> tutors) {
                                                                         if (gen != m_generation)
                                                                             return;
                                                                         for (const QJsonObject &t : tutors)
                                                                             m_tutors.insert(Format::str(t, "id"), t);
                                                                         compute();
                                                                     });
                                                      });
                                       });
                          });
             });
}

void AnalyticsData::fetchAll(const QString &index, const QJsonObject &filters,
                             std::function<void(QList<QJsonObject>)> done)
{
    struct State
    {
        QList<QJsonObject> rows;
        int page = 1;
    };
    auto state = std::make_shared<State>();
    auto step = std::make_shared<std::function<void()>>();
    const quint64 gen = m_generation;
    *step = [this, index, filters, done, state, step, gen] {
        api::ApiRequest r
            = api::ApiRequest::to(api::Route::bffListPost, {index}, QJsonObject {{QStringLiteral("filters"), filters}});
        r.idempotent = true;
        r.query.addQueryItem(QStringLiteral("page"), QString::number(state->page));
        r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        r.query.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("createdAt"));
        r.query.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("desc"));
        api::callJson(m_client, r, this, [this, done, state, step, gen](const api::Result<api::JsonAnswer> &a) {
            if (gen != m_generation)
                return;
            if (!a) {
                *step = nullptr; // break the cycle
                return fail(a.error());
            }
            const QJsonArray items = a.value().array();
            for (const QJsonValue &v : items)
                state->rows.append(v.toObject());
            const api::Paging p = a.value().paging();
            if (state->page < p.pageCount && state->page < kMaxPages) {
                ++state->page;
                (*step)();
                return;
            }
            if (state->page < p.pageCount)
                m_partial = true;
            auto finish = std::move(*step); // break the cycle, keep this lambda alive until it returns
            done(state->rows);
        });
    };
    (*step)();
}

void AnalyticsData::fetchByIds(const QString &index, QStringList ids, QList<QJsonObject> acc,
                               std::function<void(QList<QJsonObject>)> done)
{
    if (ids.isEmpty())
        return done(acc);
    const QStringList chunk = ids.mid(0, 200);
    ids = ids.mid(chunk.size());
    api::ApiRequest r
        = api::ApiRequest::to(api::Route::bffListPost, {index},
                              QJsonObject {{QStringLiteral("filters"),
                                            QJsonObject {{QStringLiteral("id"), QJsonArray::fromStringList(chunk)}}}});
    r.idempotent = true;
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    const quint64 gen = m_generation;
    api::callJson(m_client, r, this, [this, index, ids, acc, done, gen](const api::Result<api::JsonAnswer> &a) mutable {
        if (gen != m_generation)
            return;
        if (!a)
            return fail(a.error());
        for (const QJsonValue &v : a.value().array())
            acc.append(v.toObject());
        fetchByIds(index, ids, acc, done);
    });
}

void AnalyticsData::fail(const api::ApiError &error)
{
    m_loading = false;
    m_error = error;
    emit failed(error);
}

void AnalyticsData::compute()
{
    beginResetModel();
    m_weeks = bucket(m_firstMonday, m_weekCount, m_enrollments, m_refunds, m_issues);
    endResetModel();
    m_byCategory = group(
        m_enrollments,
        [this](const QJsonObject &e) { return Format::str(m_packs.value(Format::str(e, "coursePackId")), "category"); },
        0);
    m_byTutor = group(
        m_enrollments,
        [this](const QJsonObject &e) {
            return Format::str(m_tutors.value(Format::str(e, "tutorProfileId")), "displayName");
        },
        10);
    m_issuesByType.clear();
    for (const QJsonObject &i : std::as_const(m_issues))
        ++m_issuesByType[Format::str(i, "issueType")];
    m_loading = false;
    emit loaded();
}

QString AnalyticsData::toCsv() const
{
    QStringList lines;
    lines << QStringLiteral("week,enrollments,revenue_eur,refund_requests,issues");
    for (const WeekFigures &w : m_weeks)
        lines << QStringLiteral("%1,%2,%3,%4,%5")
                     .arg(w.weekStart.toString(Qt::ISODate))
                     .arg(w.enrollments)
                     .arg(csvMoney(w.revenue))
                     .arg(w.refunds)
                     .arg(w.issues);
    lines << QString() << QStringLiteral("category,enrollments,revenue_eur");
    for (const GroupFigures &g : m_byCategory)
        lines << QStringLiteral("%1,%2,%3").arg(csvField(g.name)).arg(g.enrollments).arg(csvMoney(g.revenue));
    lines << QString() << QStringLiteral("tutor,enrollments,revenue_eur");
    for (const GroupFigures &g : m_byTutor)
        lines << QStringLiteral("%1,%2,%3").arg(csvField(g.name)).arg(g.enrollments).arg(csvMoney(g.revenue));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int AnalyticsData::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_weeks.size());
}

int AnalyticsData::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnalyticsData::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WeekFigures &w = m_weeks.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == WeekColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) { // raw numbers for the charts
        switch (index.column()) {
        case WeekColumn:
            return w.weekStart;
        case EnrollmentsColumn:
            return w.enrollments;
        case RevenueColumn:
            return w.revenue;
        case RefundsColumn:
            return w.refunds;
        case IssuesColumn:
            return w.issues;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WeekColumn:
        return QLocale().toString(w.weekStart, QLocale::ShortFormat);
    case EnrollmentsColumn:
        return w.enrollments;
    case RevenueColumn:
        return Format::money(w.revenue);
    case RefundsColumn:
        return w.refunds;
    case IssuesColumn:
        return w.issues;
    default:
        return {};
    }
}

QVariant AnalyticsData::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WeekColumn:
        return tr("Week starting");
    case EnrollmentsColumn:
        return tr("Enrollments");
    case RevenueColumn:
        return tr("Revenue");
    case RefundsColumn:
        return tr("Refund requests");
    case IssuesColumn:
        return tr("Issues");
    default:
        return {};
    }
}

QString AnalyticsData::suggestedFileName(const QDate &today)
{
    return QStringLiteral("tutorhub-analytics-%1.csv").arg(today.toString(Qt::ISODate));
}

bool AnalyticsData::exportCsv(const QString &path, QString *why)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv().toUtf8()) < 0 || !file.commit()) {
        if (why)
            *why = tr("The file could not be written: %1").arg(file.errorString());
        return false;
    }
    if (!m_client)
        return true;
    const QJsonObject params {
        {QStringLiteral("weeks"), rowCount()},
        {QStringLiteral("from"), m_weeks.isEmpty() ? QString() : m_weeks.first().weekStart.toString(Qt::ISODate)},
        {QStringLiteral("format"), QStringLiteral("csv")}};
    const QJsonObject report {
        {QStringLiteral("reportType"), QStringLiteral("enrollments")},
        {QStringLiteral("filterParams"), QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact))},
        {QStringLiteral("generatedAt"), Format::toIsoUtc(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("reportUrl"), QUrl::fromLocalFile(path).toString()}};
    auto *admin = new api::AdminApi(m_client, this);
    admin->createAnalyticsReport(report, this, [this, admin, path](const api::Result<api::JsonAnswer> &r) {
        admin->deleteLater();
        if (!r)
            return emit reportRecorded(
                tr("The CSV was saved, but the report could not be recorded: %1").arg(r.error().userMessage()), true);
        emit reportRecorded(tr("Saved %1 and recorded the report.").arg(QDir::toNativeSeparators(path)), false);
    });
    return true;
}

} // namespace tutorhub::models::admin
