// The figures of the analytics page (issue 6), computed on the client from the data: enrollments,
// revenue, refunds and issues per week over a period, and enrollments/revenue by course category and
// by tutor. Rows come from the BFF lists (D50: filters on the creation date, 1000 rows a page, at
// most kMaxPages pages per list so a huge data set stays responsive — the figures then say they
// are partial). Pack categories and tutor names are resolved with one BFF list per 200 ids.
// The model's rows are the weeks (for the table under the charts and the CSV export).
#pragma once

#include "api/apierror.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

namespace tutorhub::api {
class ApiClient;
}

namespace tutorhub::models::admin {

struct WeekFigures
{
    QDate weekStart; // Monday (UTC)
    int enrollments = 0;
    double revenue = 0; // totalAmount of the enrollments paid (or later refunded) that week
    int refunds = 0;
    int issues = 0;
};

struct GroupFigures
{
    QString name;
    int enrollments = 0;
    double revenue = 0;
};

class AnalyticsData : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kMaxPages = 20;
    enum Column { WeekColumn, EnrollmentsColumn, RevenueColumn, RefundsColumn, IssuesColumn, ColumnCount };

    explicit AnalyticsData(api::ApiClient *client, QObject *parent = nullptr);

    // Loads the `weeks` weeks ending with the current one.
    void load(int weeks = 12);
    bool isLoading() const { return m_loading; }
    api::ApiError error() const { return m_error; }
    bool isPartial() const { return m_partial; }

    const QList<WeekFigures> &weeks() const { return m_weeks; }
    const QList<GroupFigures> &byCategory() const { return m_byCategory; }
    const QList<GroupFigures> &byTutor() const { return m_byTutor; }
    QHash<QString, int> issuesByType() const { return m_issuesByType; }

    // Pure aggregation (tests): buckets rows by the Monday of `dateField`.
    static QList<WeekFigures> bucket(const QDate &firstMonday, int weeks, const QList<QJsonObject> &enrollments,
                                     const QList<QJsonObject> &refunds, const QList<QJsonObject> &issues);
    static QList<GroupFigures> group(const QList<QJsonObject> &enrollments,
                                     const std::function<QString(const QJsonObject &)> &key, int limit);
    static bool countsAsRevenue(const QJsonObject &enrollment);
    // CSV of the weekly table, then the category and tutor tables (RFC 4180 quoting).
    QString toCsv() const;
    // "tutorhub-analytics-2026-12-07.csv": the file name the export suggests.
    static QString suggestedFileName(const QDate &today);
    // Writes the CSV to `path` and records it as an analytics report (D38): false with the sentence in `why` when
    // the file could not be written; reportRecorded then says whether the record was made.
    bool exportCsv(const QString &path, QString *why = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void failed(const tutorhub::api::ApiError &error);
    void reportRecorded(const QString &sentence, bool error);

private:
    struct Fetch;
    void fetchAll(const QString &index, const QJsonObject &filters, std::function<void(QList<QJsonObject>)> done);
    void fetchByIds(const QString &index, QStringList ids, QList<QJsonObject> acc,
                    std::function<void(QList<QJsonObject>)> done);
    void fail(const api::ApiError &error);
    void compute();

    QPointer<api::ApiClient> m_client;
    quint64 m_generation = 0;
    int m_weekCount = 12;
    QDate m_firstMonday;
    QList<QJsonObject> m_enrollments, m_refunds, m_issues;
    QHash<QString, QJsonObject> m_packs, m_tutors;
    QList<WeekFigures> m_weeks;
    QList<GroupFigures> m_byCategory, m_byTutor;
    QHash<QString, int> m_issuesByType;
    api::ApiError m_error;
    bool m_loading = false;
    bool m_partial = false;
};

} // namespace tutorhub::models::admin
