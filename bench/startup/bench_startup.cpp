// bench/startup — how long from process start until the user sees something, and how much memory.
//
// Measures, interleaved over N rounds (after one warm-up round):
//   bare   a bare Qt Widgets window (the reference, bench_bare_window)
//   login  `tutorhub` until its login window is exposed and painted
//   main   `tutorhub` until the signed-in main window is exposed (it signs in as a demo student
//          against a tutorhub-server that is already running)
// Each child prints "tutorhub-probe shown=<what> rss_kb=<n>" when its window is first exposed
// (the app does so when TUTORHUB_PROBE is set) and exits. Prints medians and the ratios to bare.
// Goals (issue 2): time within 1.5x of the bare window, resident memory within 3x.
#include <QCoreApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace {

struct Sample
{
    double ms = -1;
    long rssKb = -1;
    QList<QPair<QString, double>> marks; // the app's start-up steps (ms since its Application was made)
};

QString readLine(QProcess &p, const QString &marker, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QByteArray buffer;
    while (t.elapsed() < timeoutMs) {
        if (!p.waitForReadyRead(std::max<int>(1, timeoutMs - int(t.elapsed()))) && p.state() != QProcess::Running)
            break;
        buffer += p.readAllStandardOutput();
        const int at = buffer.indexOf(marker.toUtf8());
        if (at >= 0) {
            const int end = buffer.indexOf('\n', at);
            if (end >= 0)
                return QString::fromUtf8(buffer.mid(at, end - at));
        }
    }
    return {};
}

Sample runOnce(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    p.start();
    const QString line = readLine(p, QStringLiteral("tutorhub-probe shown="), 30000);
    Sample s;
    if (!line.isEmpty()) {
        s.ms = double(timer.nsecsElapsed()) / 1e6;
        static const QRegularExpression rss(QStringLiteral("rss_kb=(\\d+)"));
        s.rssKb = rss.match(line).captured(1).toLong();
        static const QRegularExpression marksRe(QStringLiteral("marks=(\\S+)"));
        const QStringList marks = marksRe.match(line).captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &m : marks) {
            const int at = m.lastIndexOf(QLatin1Char('@'));
            if (at > 0)
                s.marks.append({m.left(at), m.mid(at + 1).toDouble()});
        }
    } else {
        std::fprintf(stderr, "no probe line from %s %s\nstderr: %s\n", qPrintable(program),
                     qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
    }
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(2000);
    }
    return s;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("TutorHub start-up benchmark"));
    parser.addHelpOption();
    QCommandLineOption iterations(QStringLiteral("iterations"), QStringLiteral("Measured rounds (default 15)."),
                                  QStringLiteral("n"), QStringLiteral("15"));
    parser.addOption(iterations);
    parser.process(app);
    const int rounds = std::max(1, parser.value(iterations).toInt());

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    // The server the app signs in against is already running, as in daily use of the Local environment.
    QProcess server;
    server.setProgram(QStringLiteral(TUTORHUB_SERVER_BIN_PATH));
    server.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                         home.path() + QStringLiteral("/server"), QStringLiteral("--demo")});
    server.setProcessEnvironment(env);
    server.start();
    const QString listening = readLine(server, QStringLiteral("listening on "), 30000);
    static const QRegularExpression urlRe(QStringLiteral("listening on (http://\\S+)"));
    const QString url = urlRe.match(listening).captured(1);
    if (url.isEmpty()) {
        std::fprintf(stderr, "tutorhub-server did not start: %s\n", server.readAllStandardError().constData());
        return 1;
    }

    QProcessEnvironment loginEnv = env;
    loginEnv.insert(QStringLiteral("TUTORHUB_PROBE"), QStringLiteral("login"));
    QProcessEnvironment mainEnv = env;
    mainEnv.insert(QStringLiteral("TUTORHUB_PROBE"), QStringLiteral("main"));
    mainEnv.insert(QStringLiteral("TUTORHUB_PROBE_SIGNIN"),
                   QStringLiteral("lena.fischer@tutorhub.local:tutorhub-demo"));
    const QStringList appArgs {QStringLiteral("--server-url"), url};

    struct Series
    {
        const char *name;
        QString program;
        QStringList args;
        QProcessEnvironment env;
        QList<double> ms;
        QList<double> rss;
        QStringList markOrder;
        QHash<QString, QList<double>> marks;
    };
    QList<Series> series {
        {"bare window", QStringLiteral(TUTORHUB_BARE_BIN), {}, env, {}, {}, {}, {}},
        {"login window", QStringLiteral(TUTORHUB_APP_BIN), appArgs, loginEnv, {}, {}, {}, {}},
        {"signed-in main", QStringLiteral(TUTORHUB_APP_BIN), appArgs, mainEnv, {}, {}, {}, {}},
    };
    int failures = 0;
    for (int round = 0; round <= rounds; ++round) { // round 0 warms caches and is not counted
        for (Series &s : series) {
            const Sample sample = runOnce(s.program, s.args, s.env);
            if (sample.ms < 0) {
                ++failures;
                continue;
            }
            if (round > 0) {
                s.ms << sample.ms;
                s.rss << double(sample.rssKb);
                if (!sample.marks.isEmpty()) {
                    // Process start -> the Application object: exec, dynamic linking, QApplication, translator, theme.
                    s.marks[QStringLiteral("(before Application)")] << sample.ms - sample.marks.constLast().second;
                    if (!s.markOrder.contains(QStringLiteral("(before Application)")))
                        s.markOrder << QStringLiteral("(before Application)");
                }
                for (const auto &[name, ms] : sample.marks) {
                    if (!s.markOrder.contains(name))
                        s.markOrder << name;
                    s.marks[name] << ms;
                }
            }
        }
    }
    server.terminate();
    server.waitForFinished(5000);

    const double bareMs = median(series[0].ms);
    const double bareRss = median(series[0].rss);
    std::printf("bench/startup: %d rounds, platform %s, server %s\n", rounds,
                qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"))), qPrintable(url));
    std::printf("%-16s %12s %10s %12s %10s\n", "what", "median ms", "x bare", "median RSS", "x bare");
    bool goalsMet = failures == 0;
    for (const Series &s : series) {
        const double ms = median(s.ms);
        const double rss = median(s.rss);
        const double tr = bareMs > 0 ? ms / bareMs : -1;
        const double rr = bareRss > 0 ? rss / bareRss : -1;
        std::printf("%-16s %12.1f %10.2f %9.1f MiB %10.2f\n", s.name, ms, tr, rss / 1024.0, rr);
        if (&s != &series[0] && (tr > 1.5 || rr > 3.0))
            goalsMet = false;
    }
    // What the app's time is made of (F30): the time before its Application object, then each step's median
    // in milliseconds since the Application was made (TUTORHUB_PROBE marks).
    for (const Series &s : series) {
        if (s.markOrder.isEmpty())
            continue;
        std::printf("%s, steps (median ms):", s.name);
        for (const QString &name : s.markOrder)
            std::printf(" %s %.1f;", qPrintable(name), median(s.marks.value(name)));
        std::printf("\n");
    }
    std::printf("goals (time <= 1.5x bare, memory <= 3x bare): %s%s\n", goalsMet ? "met" : "NOT met",
                failures ? qPrintable(QStringLiteral(" (%1 runs failed)").arg(failures)) : "");
    return failures == 0 ? 0 : 1;
}
