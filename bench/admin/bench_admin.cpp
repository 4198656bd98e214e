// bench_admin: the admin enrollment table (issue 6) against a large data set, beside the raw HTTP
// time of the same requests measured in the same run.
//   bench_admin [--scale N] [--data DIR] [--rounds R] [--server PATH]
// Starts `tutorhub-server --port 0 --data DIR --scale N --quiet` (N=100000: a million enrollments,
// seeded once per --data directory, ~140 s), signs in as the demo admin, then measures:
//   open      a new ui::admin::AdminTable over AdminLists::create(Enrollments), shown: -> first page painted
//   last page the table's "Last page" button -> the last page painted
//   filter    the Status filter set to "canceled" -> the filtered first page painted
// each beside the raw POST (+ JSON parse) of exactly the list request the model sends (BFF enrollment list, M11), and
// the process's resident memory afterwards. Goals: each < 200 ms, memory < 150 MiB. Exit code 2 when the server cannot
// start or answers wrongly; missed goals are reported (exit code 0) so the smoke test keeps the program working on a
// loaded machine.
#include "api/apiclient.h"
#include "api/authapi.h"
#include "models/admin/adminlists.h"
#include "ui/admin/admintable.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace tutorhub;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// The reference: the same GET the model sends, + parse; returns ms, -1 on a bad answer.
double rawGet(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body, const QByteArray &token,
              int *pageCount = nullptr)
{
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + token);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QElapsedTimer t;
    t.start();
    QNetworkReply *reply = nam.post(req, body);
    waitFor([reply] { return reply->isFinished(); });
    const QJsonObject doc = QJsonDocument::fromJson(reply->readAll()).object();
    const double ms = t.nsecsElapsed() / 1e6;
    const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200
                    && doc.value(QStringLiteral("enrollments")).isArray();
    if (pageCount)
        *pageCount = doc.value(QStringLiteral("paging")).toObject().value(QStringLiteral("pageCount")).toInt();
    reply->deleteLater();
    return ok ? ms : -1;
}

// Paints the view now (the time includes what the user waits for: rows on screen).
void paint(QWidget *w)
{
    w->repaint();
    QCoreApplication::processEvents();
}

void line(const char *what, double ui, double raw, double goalMs)
{
    std::printf("  %-10s %8.1f ms   raw HTTP %8.1f ms   ratio %5.2f   goal < %.0f ms: %s\n", what, ui, raw,
                raw > 0 ? ui / raw : 0.0, goalMs, ui < goalMs ? "met" : "NOT met");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured, also into a file
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scaleOpt(QStringLiteral("scale"),
                                      QStringLiteral("Scale of the data set (10*N enrollments)."), QStringLiteral("N"),
                                      QStringLiteral("100000"));
    const QCommandLineOption dataOpt(QStringLiteral("data"), QStringLiteral("Data directory to reuse (seeded once)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("Repetitions per measure."),
                                       QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption serverOpt(QStringLiteral("server"), QStringLiteral("tutorhub-server to run."),
                                       QStringLiteral("PATH"), QStringLiteral(TUTORHUB_SERVER_BIN_PATH));
    parser.addOptions({scaleOpt, dataOpt, roundsOpt, serverOpt});
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOpt).toInt());

    QTemporaryDir tmp;
    const QString dataDir = parser.isSet(dataOpt) ? parser.value(dataOpt) : tmp.path();
    QDir().mkpath(dataDir);
    QProcess server;
    server.setStandardErrorFile(QDir(dataDir).filePath(QStringLiteral("bench-admin-server.log")));
    server.start(parser.value(serverOpt),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dataDir,
                  QStringLiteral("--scale"), parser.value(scaleOpt), QStringLiteral("--quiet")});
    static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray out;
    QString base;
    QElapsedTimer startClock;
    startClock.start();
    while (base.isEmpty() && server.state() != QProcess::NotRunning && startClock.elapsed() < 3600 * 1000) {
        server.waitForReadyRead(200);
        out += server.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch())
            base = m.captured(1);
    }
    if (base.isEmpty()) {
        std::fprintf(stderr, "bench_admin: the server did not start (see %s)\n",
                     qPrintable(QDir(dataDir).filePath(QStringLiteral("bench-admin-server.log"))));
        return 2;
    }
    std::printf("bench_admin: --scale %s, server ready after %.1f s\n", qPrintable(parser.value(scaleOpt)),
                startClock.elapsed() / 1000.0);

    api::ApiClient client;
    client.setEnvironment(api::Environment::local(QUrl(base)));
    api::AuthApi auth(&client);
    std::optional<api::Result<api::SessionInfo>> login;
    auth.login(QStringLiteral("admin@tutorhub.local"), QStringLiteral("tutorhub-demo"), &auth,
               [&](const api::Result<api::SessionInfo> &r) { login = r; });
    if (!waitFor([&] { return login.has_value(); }) || !*login) {
        std::fprintf(stderr, "bench_admin: admin sign-in failed\n");
        return 2;
    }
    const QByteArray token = login->value().accessToken.toUtf8();
    client.setAccessToken(login->value().accessToken);
    const long rssStart = residentKb();

    // Raw references: the requests PagedListModel sends for the same three steps.
    QNetworkAccessManager nam;
    auto url = [&](int page) {
        QUrl u(base + QStringLiteral("/bff-api/enrollment/list"));
        u.setQuery(QStringLiteral("page=%1&limit=25&sortBy=createdAt&sortOrder=desc").arg(page));
        return u;
    };
    const QByteArray all = "{\"filters\":{}}";
    const QByteArray canceled = "{\"filters\":{\"enrollmentStatus\":\"canceled\"}}";
    int pageCount = 0;
    if (rawGet(nam, url(1), all, token, &pageCount) < 0 || pageCount < 1) {
        std::fprintf(stderr, "bench_admin: the enrollment list answered wrongly\n");
        return 2;
    }
    QList<double> rawOpen, rawLast, rawFilter, uiOpen, uiLast, uiFilter;
    for (int i = 0; i < rounds; ++i) {
        rawOpen << rawGet(nam, url(1), all, token);
        rawLast << rawGet(nam, url(pageCount), all, token);
        rawFilter << rawGet(nam, url(1), canceled, token);
    }

    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        auto *model = models::admin::AdminLists::create(&client, models::admin::AdminList::Enrollments);
        auto *table = new ui::admin::AdminTable(model,
                                                {{ui::admin::FilterSpec::Kind::Enum, QStringLiteral("enrollmentStatus"),
                                                  QStringLiteral("Status"), QStringLiteral("enrollment")}},
                                                QStringLiteral("Enrollments"));
        table->resize(1100, 700);
        table->show();
        auto idle = [model] { return model->hasLoaded() && !model->isLoading(); };
        if (!waitFor(idle) || model->rowCount() == 0 || !model->errorText().isEmpty()) {
            std::fprintf(stderr, "bench_admin: the table did not load: %s\n", qPrintable(model->errorText()));
            return 2;
        }
        paint(table);
        uiOpen << t.nsecsElapsed() / 1e6;

        QPushButton *last = nullptr;
        for (auto *b : table->findChildren<QPushButton *>())
            if (b->accessibleName() == QLatin1String("Last page"))
                last = b;
        t.restart();
        last->click();
        if (!waitFor([&] {
                return idle()
                       && (model->currentPage() == model->pageCount()
                           || model->state() == models::PagedListModel::State::Error);
            })
            || model->state() == models::PagedListModel::State::Error) {
            std::fprintf(stderr, "bench_admin: the last page did not load after %.0f ms: %s\n", t.nsecsElapsed() / 1e6,
                         qPrintable(model->error().debugString()));
            return 2;
        }
        paint(table);
        uiLast << t.nsecsElapsed() / 1e6;

        t.restart();
        table->setFilterValue(QStringLiteral("enrollmentStatus"), QStringLiteral("canceled"));
        auto allCanceled = [&] {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->object(r).value(QStringLiteral("enrollmentStatus")).toString() != QLatin1String("canceled"))
                    return false;
            return model->rowCount() > 0;
        };
        if (!waitFor(
                [&] { return idle() && (allCanceled() || model->state() == models::PagedListModel::State::Error); })
            || model->state() == models::PagedListModel::State::Error) {
            std::fprintf(stderr, "bench_admin: the filtered page did not load after %.0f ms: %s\n",
                         t.nsecsElapsed() / 1e6, qPrintable(model->error().debugString()));
            return 2;
        }
        paint(table);
        uiFilter << t.nsecsElapsed() / 1e6;
        std::printf("  round %d: open %.1f ms, last page %.1f ms, filter %.1f ms\n", i + 1, uiOpen.last(),
                    uiLast.last(), uiFilter.last());
        delete table;
        QCoreApplication::processEvents();
    }
    const long rss = residentKb();

    std::printf("bench_admin: enrollment table, %d pages of 25, median of %d rounds\n", pageCount, rounds);
    line("open", median(uiOpen), median(rawOpen), 200);
    line("last page", median(uiLast), median(rawLast), 200);
    line("filter", median(uiFilter), median(rawFilter), 200);
    std::printf("  memory     %.1f MiB resident afterwards (%.1f MiB after sign-in)   goal < 150 MiB: %s\n",
                rss / 1024.0, rssStart / 1024.0, rss >= 0 && rss < 150 * 1024 ? "met" : "NOT met");
    server.terminate();
    server.waitForFinished(30000);
    return 0;
}
