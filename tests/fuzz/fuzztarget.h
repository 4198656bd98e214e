// One fuzz target = one Target implementation + the two generic drivers: fuzz_libfuzzer.cpp (clang,
// libFuzzer) and fuzz_replay.cpp (any compiler: corpus replay + deterministic mutations). Each
// executable links exactly one target file, which defines makeTarget().
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <memory>

namespace fuzz {

struct Result
{
    QString label; // what happened, counted in the replay summary (e.g. an HTTP status)
    QString problem; // empty when the invariant holds
};

class Target
{
public:
    virtual ~Target() = default;
    virtual const char *name() const = 0;
    // Starts what the inputs are run against (a QCoreApplication exists).
    virtual bool init(QString *error) = 0;
    virtual Result run(const QByteArray &input) = 0;
    // Fragments the replay driver's mutations insert (libFuzzer reads its .dict file instead).
    virtual QList<QByteArray> dictionary() const = 0;
};

std::unique_ptr<Target> makeTarget();

// Runs the event loop until `done()` holds (true) or `timeoutMs` passed (false): the socket targets' wait.
template<typename Pred>
bool waitUntil(Pred done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

} // namespace fuzz
