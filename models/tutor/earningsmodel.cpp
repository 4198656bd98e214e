#include "earningsmodel.h"

#include "models/format.h"

#include <QFont>
#include <QJsonArray>
#include <QLocale>
#include <QMap>

namespace tutorhub::models::tutor {

EarningsModel::EarningsModel(QObject *parent) : QAbstractTableModel(parent) { }

QList<MonthEarnings> EarningsModel::summarize(const QList<QJsonObject> &enrollments, const QDateTime &nowUtc)
{
    QMap<QDate, MonthEarnings> byMonth;
    auto monthOf = [](const QDateTime &utc) {
        const QDate d = Format::local(utc).date();
        return QDate(d.year(), d.month(), 1);
    };
    auto at = [&](const QDateTime &utc) -> MonthEarnings & {
        const QDate m = monthOf(utc);
        MonthEarnings &e = byMonth[m];
        e.month = m;
        return e;
    };
    for (const QJsonObject &e : enrollments) {
        const double amount = Format::num(e, "totalAmount");
        const QString payment = Format::str(e, "paymentStatus");
        const QString status = Format::str(e, "enrollmentStatus");
        QDateTime enrolled = Format::when(e, "enrolledAt");
        if (!enrolled.isValid())
            enrolled = Format::when(e, "createdAt");
        if (payment == QLatin1String("paid") && enrolled.isValid())
            at(enrolled).paid += amount;
        if (payment == QLatin1String("refunded")) {
            const QDateTime when = Format::when(e, "updatedAt");
            at(when.isValid() ? when : enrolled).refunded += amount;
        }
        if (status != QLatin1String("active") && status != QLatin1String("pending"))
            continue;
        const QJsonArray slotList = e.value(QLatin1String("lessonSlots")).toArray();
        const int lessons = qMax(int(slotList.size()), int(e.value(QLatin1String("lessonSlotIds")).toArray().size()));
        if (lessons == 0)
            continue;
        const double share = amount / lessons;
        for (const QJsonValue &v : slotList) {
            const QJsonObject s = v.toObject();
            const QDateTime starts = Format::slotStart(s);
            if (Format::str(s, "status") == QLatin1String("booked") && starts.isValid() && starts > nowUtc)
                at(starts).upcoming += share;
        }
    }
    QList<MonthEarnings> out = byMonth.values();
    std::reverse(out.begin(), out.end());
    return out;
}

void EarningsModel::setEnrollments(const QList<QJsonObject> &enrollments, const QDateTime &nowUtc)
{
    beginResetModel();
    m_months = summarize(enrollments, nowUtc);
    endResetModel();
}

MonthEarnings EarningsModel::total() const
{
    MonthEarnings t;
    for (const MonthEarnings &m : m_months) {
        t.paid += m.paid;
        t.refunded += m.refunded;
        t.upcoming += m.upcoming;
    }
    return t;
}

int EarningsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_months.isEmpty() ? 0 : int(m_months.size()) + 1; // + Total
}

int EarningsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EarningsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool totalRow = index.row() == m_months.size();
    const MonthEarnings m = totalRow ? total() : m_months.at(index.row());
    const double amount = index.column() == PaidColumn       ? m.paid
                          : index.column() == RefundedColumn ? m.refunded
                                                             : m.upcoming;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == MonthColumn)
            return totalRow ? tr("Total") : QLocale().toString(m.month, QStringLiteral("MMMM yyyy"));
        return Format::money(amount);
    case Qt::TextAlignmentRole:
        return index.column() == MonthColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case AmountRole:
        return index.column() == MonthColumn ? QVariant() : QVariant(amount);
    case MonthRole:
        return totalRow ? QVariant() : QVariant(m.month);
    case Qt::FontRole:
        if (totalRow) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant EarningsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case PaidColumn:
        return tr("Paid");
    case RefundedColumn:
        return tr("Refunded");
    case UpcomingColumn:
        return tr("Upcoming");
    default:
        return {};
    }
}

} // namespace tutorhub::models::tutor
