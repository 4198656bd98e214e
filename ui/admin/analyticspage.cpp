// Analytics (issue 6 §6): Qt Charts of enrollments, revenue, refunds and issues per week and of
// enrollments/revenue by category and by tutor, computed from the data (models::admin::AnalyticsData);
// the analytics report records; a CSV export that is also recorded as a report (D38).
#include "adminpages.h"

#include "admintable.h"
#include "common/columnfitter.h"

#include "common/busyindicator.h"
#include "common/prompter.h"
#include "common/theme.h"
#include "common/widgets.h"
#include "models/admin/analyticsdata.h"
#include "models/format.h"
#include "models/labels.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace tutorhub::ui::admin {

using models::Format;
using models::admin::AdminList;
using models::admin::AdminLists;
using models::admin::AnalyticsData;
using models::admin::GroupFigures;

namespace {
// The chart in the active theme's colours (P43): background, titles, labels and grid from its roles, the series
// from its series colours (Qt Charts' own themes ignore the application palette).
void applyChartTheme(QChart *chart)
{
    const Theme &theme = activeTheme();
    chart->setBackgroundBrush(theme.surface);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(theme.text);
    chart->legend()->setLabelColor(theme.text);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(theme.text);
        axis->setTitleBrush(theme.text);
        axis->setGridLineColor(theme.border);
        axis->setMinorGridLineColor(theme.border);
        axis->setLinePenColor(theme.inputBorder);
    }
    int next = 0;
    auto colour = [&theme, &next] { return theme.series.at(next++ % theme.series.size()); };
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets) {
                const QColor c = colour();
                set->setColor(c);
                set->setBorderColor(c);
                set->setLabelColor(theme.text);
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(s)) {
            QPen pen(colour(), 2.5);
            line->setPen(pen);
        }
    }
}

QChartView *chartView(QChart *chart, const QString &name, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    applyChartTheme(chart);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setBackgroundBrush(activeTheme().surface);
    view->setAccessibleName(name);
    view->setMinimumHeight(260);
    return view;
}
QValueAxis *valueAxis(double max, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max <= 0 ? 1 : max * 1.1);
    axis->setLabelFormat(format);
    return axis;
}
// 1, 2 or 5 times a power of ten, so that about four steps reach `max`.
double niceStep(double max)
{
    const double raw = qMax(1.0, max / 4.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}
// An amount axis whose labels come from Format::money (L7): QValueAxis takes a printf format, which
// loses the euro sign ("?226") and ignores the locale, so the labels are made here.
QCategoryAxis *moneyAxis(double max)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double step = niceStep(max);
    const int steps = qMax(1, int(std::ceil(max / step)));
    axis->setStartValue(0);
    for (int i = 0; i <= steps; ++i)
        axis->append(Format::money(i * step, QStringLiteral("EUR"), 0), i * step);
    axis->setRange(0, steps * step);
    return axis;
}
// Week labels ("14 Sep") stand upright so twelve of them fit a narrow chart without being cut.
void uprightLabels(QAbstractAxis *axis)
{
    axis->setLabelsAngle(-90);
}
QChart *groupChart(const QString &title, const QList<GroupFigures> &groups)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *revenue = new QBarSet(AnalyticsPage::tr("Revenue (€)"));
    auto *count = new QBarSet(AnalyticsPage::tr("Enrollments"));
    QStringList names;
    double max = 0;
    for (auto it = groups.crbegin(); it != groups.crend(); ++it) { // largest on top
        names << it->name;
        *revenue << it->revenue;
        *count << it->enrollments;
        max = qMax(max, qMax(it->revenue, double(it->enrollments)));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(revenue);
    series->append(count);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names.isEmpty() ? QStringList {AnalyticsPage::tr("No data")} : names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = valueAxis(max, QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}
} // namespace

AnalyticsPage::AnalyticsPage(const WorkspaceContext &context, QWidget *parent)
    : AdminPage(context, parent),
      m_data(new AnalyticsData(context.client, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    head->addWidget(markupLabel(tr("<h2>Analytics</h2>"), this));
    m_busy = new BusyIndicator(this);
    head->addWidget(m_busy);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    head->addWidget(m_note, 1);
    auto *reload = new QPushButton(tr("&Reload"), this);
    reload->setAccessibleName(tr("Reload analytics"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setAccessibleName(tr("Export CSV"));
    head->addWidget(reload);
    head->addWidget(exportButton);
    layout->addLayout(head);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_charts = new QTabWidget(split);
    m_charts->setAccessibleName(tr("Charts"));
    split->addWidget(m_charts);
    auto *bottom = new QTabWidget(split);
    auto *weekly = new QTableView(bottom);
    weekly->setTabKeyNavigation(false); // arrows move inside, Tab leaves (P31)
    weekly->setModel(m_data);
    weekly->setAccessibleName(tr("Figures per week"));
    weekly->verticalHeader()->hide();
    ColumnFitter::install(weekly); // each column as wide as its header needs (longer translations, P24)
    bottom->addTab(weekly, tr("Per &week"));
    m_reports = new AdminTable(
        AdminLists::create(context.client, AdminList::AnalyticsReports),
        {{FilterSpec::Kind::Enum, QStringLiteral("reportType"), tr("Report"), QStringLiteral("adminAnalyticsReport")}},
        tr("Analytics reports"), bottom);
    m_reports->setEmptyText(tr("No report was recorded yet."));
    bottom->addTab(m_reports, tr("Report &records"));
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_data, &AnalyticsData::loaded, this, [this] {
        m_busy->stop();
        rebuildCharts();
        m_note->setText(m_data->isPartial() ? tr("Figures of the newest %1 rows per list only (a very large data set).")
                                                  .arg(AnalyticsData::kMaxPages * 1000)
                                            : tr("Last 12 weeks, times in UTC weeks (Monday to Sunday)."));
    });
    connect(m_data, &AnalyticsData::failed, this, [this](const api::ApiError &e) {
        m_busy->stop();
        m_note->setText(tr("Could not load the figures: %1").arg(e.userMessage()));
    });
    connect(reload, &QPushButton::clicked, this, [this] {
        m_busy->start();
        m_data->load(12);
    });
    connect(exportButton, &QPushButton::clicked, this, &AnalyticsPage::askExportCsv);
    connect(m_data, &AnalyticsData::reportRecorded, this, [this](const QString &sentence, bool error) {
        if (!error)
            m_reports->model()->refresh();
        say(sentence, error);
    });
    rebuildCharts();
    m_busy->start();
    m_data->load(12);
}

void AnalyticsPage::rebuildCharts()
{
    const int current = m_charts->currentIndex();
    while (m_charts->count() > 0) {
        QWidget *w = m_charts->widget(0);
        m_charts->removeTab(0);
        w->deleteLater();
    }
    const auto &weeks = m_data->weeks();
    QStringList labels;
    for (const auto &w : weeks)
        labels << QLocale().toString(w.weekStart, QStringLiteral("d MMM"));
    if (labels.isEmpty())
        labels << tr("No data");

    // Activity per week: enrollments, refund requests, issues.
    auto *activity = new QChart;
    activity->setTitle(tr("Enrollments, refund requests and issues per week"));
    auto *enrollments = new QBarSet(tr("Enrollments"));
    auto *refunds = new QBarSet(tr("Refund requests"));
    auto *issues = new QBarSet(tr("Issues"));
    double max = 0;
    for (const auto &w : weeks) {
        *enrollments << w.enrollments;
        *refunds << w.refunds;
        *issues << w.issues;
        max = qMax(max, double(qMax(w.enrollments, qMax(w.refunds, w.issues))));
    }
    auto *bars = new QBarSeries;
    bars->append(enrollments);
    bars->append(refunds);
    bars->append(issues);
    activity->addSeries(bars);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    uprightLabels(axisX);
    activity->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    auto *axisY = valueAxis(max, QStringLiteral("%.0f"));
    activity->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisY);
    m_charts->addTab(chartView(activity, tr("Activity per week"), m_charts), tr("Activity"));

    // Revenue per week.
    auto *revenue = new QChart;
    revenue->setTitle(tr("Revenue per week (paid enrollments)"));
    auto *line = new QLineSeries;
    line->setName(tr("Revenue"));
    double maxRevenue = 0;
    for (int i = 0; i < weeks.size(); ++i) {
        line->append(i, weeks.at(i).revenue);
        maxRevenue = qMax(maxRevenue, weeks.at(i).revenue);
    }
    revenue->addSeries(line);
    auto *revX = new QBarCategoryAxis;
    revX->append(labels);
    uprightLabels(revX);
    revenue->addAxis(revX, Qt::AlignBottom);
    line->attachAxis(revX);
    auto *revY = moneyAxis(maxRevenue);
    revenue->addAxis(revY, Qt::AlignLeft);
    line->attachAxis(revY);
    m_charts->addTab(chartView(revenue, tr("Revenue per week"), m_charts), tr("Revenue"));

    m_charts->addTab(chartView(groupChart(tr("By course category"), m_data->byCategory()), tr("By category"), m_charts),
                     tr("By category"));
    m_charts->addTab(chartView(groupChart(tr("Top tutors by revenue"), m_data->byTutor()), tr("By tutor"), m_charts),
                     tr("By tutor"));

    // Open issues by type over the period.
    QList<GroupFigures> types;
    const auto byType = m_data->issuesByType();
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        types.append(GroupFigures {
            models::Labels::enumLabel(QStringLiteral("adminIssue"), QStringLiteral("issueType"), it.key()), it.value(),
            0});
    auto *issueChart = new QChart;
    issueChart->setTitle(tr("Issues by type"));
    auto *issueSet = new QBarSet(tr("Issues"));
    QStringList typeNames;
    double maxIssues = 0;
    for (const auto &g : types) {
        typeNames << g.name;
        *issueSet << g.enrollments;
        maxIssues = qMax(maxIssues, double(g.enrollments));
    }
    auto *issueSeries = new QBarSeries;
    issueSeries->append(issueSet);
    issueChart->addSeries(issueSeries);
    auto *typeAxis = new QBarCategoryAxis;
    typeAxis->append(typeNames.isEmpty() ? QStringList {tr("No data")} : typeNames);
    issueChart->addAxis(typeAxis, Qt::AlignBottom);
    issueSeries->attachAxis(typeAxis);
    auto *issueY = valueAxis(maxIssues, QStringLiteral("%.0f"));
    issueChart->addAxis(issueY, Qt::AlignLeft);
    issueSeries->attachAxis(issueY);
    m_charts->addTab(chartView(issueChart, tr("Issues by type"), m_charts), tr("Issues"));
    if (current >= 0)
        m_charts->setCurrentIndex(current);
}

void AnalyticsPage::showChart(int index)
{
    m_charts->setCurrentIndex(index);
}

bool AnalyticsPage::exportCsv(const QString &path, QString *why)
{
    return m_data->exportCsv(path, why);
}

void AnalyticsPage::askExportCsv()
{
    if (!context().prompter)
        return;
    const QString path
        = context().prompter->saveFile(this, tr("Export analytics as CSV"),
                                       AnalyticsData::suggestedFileName(QDate::currentDate()), tr("CSV files (*.csv)"));
    QString why;
    if (!path.isEmpty() && !exportCsv(path, &why))
        say(why, true);
}

} // namespace tutorhub::ui::admin
