// A fuzz target without libFuzzer (gcc builds): replays the seed corpus, then a bounded number of
// deterministic mutations of it, through the same target and invariant as the libFuzzer build.
//   fuzz_<target> [--iterations N] [--seed S] [--out DIR] [--verbose] [corpus files or directories...]
// Exit code 1 when an input broke the invariant; each such input is written to DIR (default: the
// current directory) as fuzz-failure-<n>.http, ready to replay.
#include "fuzztarget.h"

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

QByteArray mutate(QByteArray in, const QList<QByteArray> &corpus, const QList<QByteArray> &dictionary, Rng &rng)
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
            if (!dictionary.isEmpty())
                in.insert(pos, dictionary[rng.below(dictionary.size())]);
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
    const std::unique_ptr<fuzz::Target> target = fuzz::makeTarget();
    const char *name = target->name();
    const QList<QByteArray> corpus = readCorpus(paths);
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "%s: no corpus files in %s\n", name, qPrintable(paths.join(QLatin1Char(' '))));
        return 2;
    }
    QString error;
    if (!target->init(&error)) {
        std::fprintf(stderr, "%s: %s\n", name, qPrintable(error));
        return 2;
    }
    const QList<QByteArray> dictionary = target->dictionary();

    Rng rng {seed ? seed : 1};
    int failures = 0;
    QHash<QString, int> labels;
    const qsizetype total = corpus.size() + iterations;
    for (qsizetype i = 0; i < total; ++i) {
        const QByteArray input
            = i < corpus.size() ? corpus[i] : mutate(corpus[rng.below(corpus.size())], corpus, dictionary, rng);
        const fuzz::Result r = target->run(input);
        ++labels[r.label];
        if (verbose)
            std::printf("#%lld -> %s\n", static_cast<long long>(i), qPrintable(r.label));
        if (r.problem.isEmpty())
            continue;
        ++failures;
        const QString file
            = QDir(outDir).filePath(QStringLiteral("%1-failure-%2.bin").arg(QString::fromLatin1(name)).arg(failures));
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(input);
        std::fprintf(stderr, "FAIL #%d (input %lld, saved as %s): %s\n", failures, static_cast<long long>(i),
                     qPrintable(file), qPrintable(r.problem));
        if (failures >= 20)
            break;
    }
    QStringList keys = labels.keys();
    keys.sort();
    QStringList summary;
    for (const QString &k : std::as_const(keys))
        summary << QStringLiteral("%1x%2").arg(k).arg(labels[k]);
    std::printf("%s: %lld inputs (%lld corpus + %d mutations, seed %llu), outcomes %s, %d failures\n", name,
                static_cast<long long>(total), static_cast<long long>(corpus.size()), iterations,
                static_cast<unsigned long long>(seed), qPrintable(summary.join(QLatin1Char(' '))), failures);
    return failures ? 1 : 0;
}
