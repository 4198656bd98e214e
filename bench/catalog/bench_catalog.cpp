// bench_catalog: the student catalog's list against a large data set, beside the raw HTTP fetch and
// JSON parse of the same page measured in the same run.
//   bench_catalog [--scale N] [--data DIR] [--rounds R] [--scroll-rows M] [--server PATH]
// Starts `tutorhub-server --port 0 --data DIR --scale N --quiet` (a reused --data directory keeps its
// seeded data; N=100000 gives 10k course packs), then measures on 127.0.0.1:
//   raw        GET of the first page (24 packs with their joins) + QJsonDocument parse (reference)
//   first page a fresh models::PagedListModel + a shown QTableView: refresh() -> rows painted
//   keystroke  typing a title filter one character at a time: setFilter() -> the new rows painted,
//              beside the raw fetch+parse of the same filtered page
//   memory     resident set after the first page and after scrolling M rows (fetchMore), per 1000 rows
// Goals (issue 4): first page <= 100 ms, keystroke -> results <= 50 ms, memory flat while scrolling.
// Exit code 2 when the server cannot start or answers wrongly; missed goals are only reported.
#include "models/format.h"
#include "models/pagedlistmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace tutorhub;

namespace {

struct Stats
{
    double median = 0;
    double p90 = 0;
};

Stats stats(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, (ms.size() * 9) / 10))};
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

bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
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

// The reference: one GET + parse of exactly what the model asks for.
double rawFetch(QNetworkAccessManager &nam, const QUrl &url, int *rows)
{
    QElapsedTimer t;
    t.start();
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    waitFor([reply] { return reply->isFinished(); });
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    const QJsonArray packs = doc.object().value(QStringLiteral("coursePacks")).toArray();
    int n = 0;
    for (const QJsonValue &v : packs)
        n += v.toObject().contains(QStringLiteral("title")) ? 1 : 0;
    const double ms = t.nsecsElapsed() / 1e6;
    reply->deleteLater();
    if (rows)
        *rows = n;
    return ms;
}

QList<models::ListColumn> columns()
{
    using models::Format;
    return {
        {QStringLiteral("title"), QStringLiteral("Course pack"), [](const QJsonObject &o) { return Format::str(o, "title"); }, QStringLiteral("title")},
        {QStringLiteral("tutor"), QStringLiteral("Tutor"),
         [](const QJsonObject &o) { return Format::str(Format::join(o, "tutorProfile"), "displayName"); }, {}},
        {QStringLiteral("category"), QStringLiteral("Category"), [](const QJsonObject &o) { return Format::str(o, "category"); }, QStringLiteral("category")},
        {QStringLiteral("price"), QStringLiteral("Price per lesson"),
         [](const QJsonObject &o) { return Format::money(Format::num(o, "price")); }, QStringLiteral("price")},
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scaleOpt(QStringLiteral("scale"), QStringLiteral("Scale of the data set (N/10 packs)."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption dataOpt(QStringLiteral("data"), QStringLiteral("Data directory to reuse (seeded once)."), QStringLiteral("DIR"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("Repetitions per measure."), QStringLiteral("R"), QStringLiteral("15"));
    const QCommandLineOption scrollOpt(QStringLiteral("scroll-rows"), QStringLiteral("Rows to scroll through for the memory figure."), QStringLiteral("M"), QStringLiteral("3000"));
    const QCommandLineOption serverOpt(QStringLiteral("server"), QStringLiteral("tutorhub-server to run."), QStringLiteral("PATH"), QStringLiteral(TUTORHUB_SERVER_BIN_PATH));
    parser.addOptions({scaleOpt, dataOpt, roundsOpt, scrollOpt, serverOpt});
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOpt).toInt());
    const int scrollRows = std::max(0, parser.value(scrollOpt).toInt());

    QTemporaryDir tmp;
    const QString dataDir = parser.isSet(dataOpt) ? parser.value(dataOpt) : tmp.path();
    QDir().mkpath(dataDir);
    QProcess server;
    server.setStandardErrorFile(QDir(dataDir).filePath(QStringLiteral("bench-catalog-server.log")));
    server.start(parser.value(serverOpt), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dataDir,
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
        std::fprintf(stderr, "bench_catalog: the server did not start (see %s)\n",
                     qPrintable(QDir(dataDir).filePath(QStringLiteral("bench-catalog-server.log"))));
        return 2;
    }
    std::printf("bench_catalog: --scale %s, server ready after %.1f s\n", qPrintable(parser.value(scaleOpt)),
                startClock.elapsed() / 1000.0);

    api::ApiClient client;
    client.setEnvironment(api::Environment::local(QUrl(base)));
    QNetworkAccessManager nam;
    const QString listUrl = base + QStringLiteral("/tutorcatalog-api/v1/coursepacks?pageNumber=1&pageRowCount=24");
    int rawRows = 0;
    rawFetch(nam, QUrl(listUrl), &rawRows); // warm the connection and the server's caches
    if (rawRows == 0) {
        std::fprintf(stderr, "bench_catalog: the catalog is empty\n");
        return 2;
    }

    models::ListSource source(api::Route::listCoursePacks);
    source.attachToken = false;

    // --- first page: raw reference and the model painted in a view, interleaved ----------------
    QList<double> rawMs, firstMs;
    int total = 0;
    for (int r = 0; r < rounds; ++r) {
        rawMs << rawFetch(nam, QUrl(listUrl), nullptr);
        models::PagedListModel model(&client, source, columns());
        model.setPageSize(24);
        QTableView view;
        view.setModel(&model);
        view.resize(1000, 700);
        view.show();
        QElapsedTimer t;
        t.start();
        model.refresh();
        if (!waitFor([&] { return model.hasLoaded() && !model.isLoading(); }) || model.rowCount() != rawRows) {
            std::fprintf(stderr, "bench_catalog: the model did not load the first page (%s)\n", qPrintable(model.errorText()));
            return 2;
        }
        view.repaint();
        firstMs << t.nsecsElapsed() / 1e6;
        total = model.totalCount();
    }
    const Stats raw = stats(rawMs), first = stats(firstMs);
    std::printf("bench_catalog: %d public course packs\n", total);
    std::printf("  raw fetch+parse, first page : median %7.1f ms  p90 %7.1f ms  (reference)\n", raw.median, raw.p90);
    std::printf("  first page shown (model+view): median %7.1f ms  p90 %7.1f ms  = %.2fx raw   goal <= 100 ms: %s\n",
                first.median, first.p90, first.median / std::max(0.001, raw.median), first.median <= 100 ? "met" : "MISSED");

    // --- keystrokes: a title typed one character at a time ---------------------------------------
    models::PagedListModel model(&client, source, columns());
    model.setPageSize(24);
    QTableView view;
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();
    model.refresh();
    waitFor([&] { return model.hasLoaded() && !model.isLoading(); });
    const QString title = models::Format::str(model.object(std::min(3, model.rowCount() - 1)), "title");
    const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString typed = words.size() > 1 ? words.at(0) + QLatin1Char(' ') + words.at(1) : title;
    model.setLocalFilter(QStringLiteral("title"), models::PagedListModel::containsText(QStringLiteral("title")));
    QList<double> keyMs, keyRawMs, keyFirstMs;
    for (int r = 0; r < std::max(1, rounds / 5); ++r) {
        for (int i = 1; i <= typed.size(); ++i) {
            const QString prefix = typed.left(i);
            const QUrl rawUrl(listUrl + QStringLiteral("&title=") + QString::fromLatin1(QUrl::toPercentEncoding(prefix)));
            // Whoever asks first for a new text pays the server's count (later asks find it
            // remembered, D54), so the reference and the model take turns going first.
            const bool rawFirst = i % 2 == 0;
            if (rawFirst)
                keyRawMs << rawFetch(nam, rawUrl, nullptr);
            QElapsedTimer t;
            t.start();
            model.setFilter(QStringLiteral("title"), prefix);
            // The first visible change: rows narrowed here (a longer text) or the server's page.
            view.repaint();
            keyFirstMs << (model.isLoading() && i == 1 ? -1.0 : t.nsecsElapsed() / 1e6);
            waitFor([&] { return model.hasLoaded() && !model.isLoading(); });
            view.repaint();
            keyMs << t.nsecsElapsed() / 1e6;
            if (!rawFirst)
                keyRawMs << rawFetch(nam, rawUrl, nullptr);
        }
        model.setFilter(QStringLiteral("title"), QString());
        waitFor([&] { return model.hasLoaded() && !model.isLoading(); });
    }
    keyFirstMs.removeAll(-1.0); // the first character has nothing to narrow
    const Stats key = stats(keyMs), keyRaw = stats(keyRawMs), keyFirst = stats(keyFirstMs);
    std::printf("  keystroke raw fetch+parse    : median %7.1f ms  p90 %7.1f ms  (reference, \"%s\" typed)\n",
                keyRaw.median, keyRaw.p90, qPrintable(typed));
    std::printf("  keystroke -> results shown   : median %7.1f ms  p90 %7.1f ms  = %.2fx raw   goal <= 50 ms: %s\n",
                key.median, key.p90, key.median / std::max(0.001, keyRaw.median), key.median <= 50 ? "met" : "MISSED");
    std::printf("  keystroke -> loaded rows narrowed here (before the server answers): median %.2f ms  p90 %.2f ms\n",
                keyFirst.median, keyFirst.p90);

    // --- memory while scrolling ------------------------------------------------------------------
    const long rssFirst = residentKb();
    const int startRows = model.rowCount();
    QElapsedTimer scroll;
    scroll.start();
    while (model.rowCount() < scrollRows && model.canFetchMore()) {
        view.scrollToBottom();
        model.fetchMore();
        waitFor([&] { return !model.isLoading(); });
    }
    view.repaint();
    const double scrollS = scroll.elapsed() / 1000.0;
    const long rssAfter = residentKb();
    const int scrolled = model.rowCount() - startRows;
    std::printf("  memory: %ld KiB after the first page, %ld KiB after scrolling %d more rows (%.1f s): "
                "%+.0f KiB per 1000 rows\n",
                rssFirst, rssAfter, scrolled, scrollS, scrolled > 0 ? (rssAfter - rssFirst) * 1000.0 / scrolled : 0.0);
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
