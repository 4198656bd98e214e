// fuzz_server_request without libFuzzer (gcc builds): replays the seed corpus, then a bounded number
// of deterministic mutations of it, through the same harness and invariant as the libFuzzer target.
//   fuzz_server_request [--iterations N] [--seed S] [--out DIR] [--verbose] [corpus files or directories...]
// Exit code 1 when an input broke the invariant; each such input is written to DIR (default: the
// current directory) as fuzz-failure-<n>.http, ready to replay.
#include "fuzzharness.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace {

// Fragments a mutation may insert: placeholders, separators and values that stress the parsers.
const QList<QByteArray> &dictionary()
{
    static const QList<QByteArray> d{
        "$ADMIN", "$TUTOR", "$TUTOR2", "$STUDENT", "$STUDENT2", "$ADMIN_ID", "$TUTOR_ID", "$STUDENT_ID",
        "$PACK", "$PACK_PROFILE", "$TUTOR_PROFILE", "$SLOT", "$ENROLLMENT", "$PROFILE", "$CATEGORY", "$ISSUE", "$CONVERSATION", "$REFUND",
        "/", "//", "/..", "%", "%2F", "%00", "%ff", "%C3%A9", "?", "&", "=", "#", ";", "+", " ",
        "pageNumber=", "pageRowCount=", "sortBy=", "sortOrder=", "desc", "isActive=", "access_token=",
        "requestId=", "0", "-1", "1000", "1001", "2147483648", "99999999999999999999", "1e308", "NaN",
        "null", "true", "false", "\"\"", "{}", "[]", "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u0000",
        "\\ud800", "\xff\xfe", "\xc3\x28", "00000000-0000-0000-0000-000000000000",
        "2026-02-30T25:61:00Z", "\n", "\r\n", "\n\n", "Authorization: Bearer ", "Content-Type: text/plain",
        "tutorhub-access-token: ", "Cookie: tutorhub-access-token=", "GET ", "POST ", "PATCH ", "DELETE ",
        "PUT ", "HEAD ", "OPTIONS ",
    };
    return d;
}

struct Rng
{
    quint64 s;
    quint64 next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    qsizetype below(qsizetype n) { return n <= 0 ? 0 : qsizetype(next() % quint64(n)); }
};

QByteArray mutate(QByteArray in, const QList<QByteArray> &corpus, Rng &rng)
{
    const int steps = 1 + int(rng.below(4));
    for (int i = 0; i < steps; ++i) {
        const qsizetype pos = rng.below(in.size() + 1);
        switch (rng.below(7)) {
        case 0: // flip a byte
            if (!in.isEmpty())
                in[rng.below(in.size())] = char(rng.next());
            break;
        case 1: // insert a random byte
            in.insert(pos, char(rng.next()));
            break;
        case 2: // delete a range
            in.remove(pos, 1 + rng.below(16));
            break;
        case 3: // duplicate a range
            in.insert(pos, in.mid(rng.below(in.size()), 1 + rng.below(32)));
            break;
        case 4: // splice with another corpus entry
            if (!corpus.isEmpty()) {
                const QByteArray &other = corpus[rng.below(corpus.size())];
                in = in.left(pos) + other.mid(rng.below(other.size()));
            }
            break;
        default: // insert (or overwrite with) a dictionary fragment
            in.insert(pos, dictionary()[rng.below(dictionary().size())]);
            break;
        }
    }
    return in.left(64 * 1024);
}

QList<QByteArray> readCorpus(const QStringList &paths)
{
    QList<QByteArray> corpus;
    for (const QString &p : paths) {
        QStringList files;
        if (QFileInfo(p).isDir()) {
            QDirIterator it(p, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            files.sort();
        } else {
            files << p;
        }
        for (const QString &f : std::as_const(files)) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                corpus << file.readAll();
        }
    }
    return corpus;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int iterations = 3000;
    quint64 seed = 0x7475746f72687562ULL; // "tutorhub"
    QString outDir = QDir::currentPath();
    bool verbose = false;
    QStringList paths;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--iterations") && i + 1 < args.size())
            iterations = args[++i].toInt();
        else if (args[i] == QLatin1String("--seed") && i + 1 < args.size())
            seed = args[++i].toULongLong();
        else if (args[i] == QLatin1String("--verbose"))
            verbose = true;
        else if (args[i] == QLatin1String("--out") && i + 1 < args.size())
            outDir = args[++i];
        else
            paths << args[i];
    }
    if (paths.isEmpty())
        paths << QStringLiteral(TUTORHUB_FUZZ_CORPUS);
    const QList<QByteArray> corpus = readCorpus(paths);
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "fuzz_server_request: no corpus files in %s\n", qPrintable(paths.join(QLatin1Char(' '))));
        return 2;
    }

    fuzz::Harness harness;
    QString error;
    if (!harness.init(&error)) {
        std::fprintf(stderr, "fuzz_server_request: %s\n", qPrintable(error));
        return 2;
    }

    Rng rng{seed ? seed : 1};
    int failures = 0;
    QHash<int, int> statuses;
    const qsizetype total = corpus.size() + iterations;
    for (qsizetype i = 0; i < total; ++i) {
        const QByteArray input = i < corpus.size() ? corpus[i] : mutate(corpus[rng.below(corpus.size())], corpus, rng);
        const fuzz::Outcome o = harness.run(input);
        ++statuses[o.status];
        if (verbose)
            std::printf("%s %s -> %d %s\n", o.method.constData(), o.target.left(120).constData(), o.status, o.body.left(160).constData());
        if (o.problem.isEmpty())
            continue;
        ++failures;
        const QString file = QDir(outDir).filePath(QStringLiteral("fuzz-failure-%1.http").arg(failures));
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(input);
        std::fprintf(stderr, "FAIL #%d (input %lld, saved as %s): %s\n", failures, static_cast<long long>(i),
                     qPrintable(file), qPrintable(o.problem));
        if (failures >= 20)
            break;
    }
    QStringList summary;
    QList<int> keys = statuses.keys();
    std::sort(keys.begin(), keys.end());
    for (int k : keys)
        summary << QStringLiteral("%1x%2").arg(k).arg(statuses[k]);
    std::printf("fuzz_server_request: %lld inputs (%lld corpus + %d mutations, seed %llu), statuses %s, %d failures\n",
                static_cast<long long>(total), static_cast<long long>(corpus.size()), iterations,
                static_cast<unsigned long long>(seed), qPrintable(summary.join(QLatin1Char(' '))), failures);
    return failures ? 1 : 0;
}
