// Per-month summary of a tutor's enrollments: paid, refunded and upcoming amounts (decision T5).
//   paid      — totalAmount of enrollments whose payment is paid, in the month they were enrolled;
//   refunded  — totalAmount of refunded enrollments, in the month of the refund (updatedAt);
//   upcoming  — the share (totalAmount / lessons) of each booked lesson still ahead, of enrollments
//               that are active or awaiting payment, in the lesson's month.
// Months are those of the display zone; rows newest first; a Total row at the end.
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace tutorhub::models::tutor {

struct MonthEarnings
{
    QDate month; // first day
    double paid = 0;
    double refunded = 0;
    double upcoming = 0;
};

class EarningsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MonthColumn, PaidColumn, RefundedColumn, UpcomingColumn, ColumnCount };
    enum Role { AmountRole = Qt::UserRole + 1, MonthRole };

    explicit EarningsModel(QObject *parent = nullptr);

    // `now` decides what is upcoming (tests pass a fixed time).
    void setEnrollments(const QList<QJsonObject> &enrollments,
                        const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    static QList<MonthEarnings> summarize(const QList<QJsonObject> &enrollments, const QDateTime &nowUtc);
    const QList<MonthEarnings> &months() const { return m_months; }
    MonthEarnings total() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MonthEarnings> m_months;
};

} // namespace tutorhub::models::tutor
