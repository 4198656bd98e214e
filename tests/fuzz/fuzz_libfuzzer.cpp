// libFuzzer entry points of every fuzz target (clang, -fsanitize=fuzzer,address,undefined).
// Any broken invariant aborts, so libFuzzer keeps the input as crash-<sha1>.
#include "fuzztarget.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
// Deliberately never destroyed: libFuzzer leaves through exit(), after Qt's own global statics (the
// SQL connection registry) may be gone, and closing the database then would crash.
QCoreApplication *app = nullptr;
fuzz::Target *target = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = new QCoreApplication(*argc, *argv);
    target = fuzz::makeTarget().release();
    QString error;
    if (!target->init(&error)) {
        std::fprintf(stderr, "%s: %s\n", target->name(), qPrintable(error));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Result r = target->run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!r.problem.isEmpty()) {
        std::fprintf(stderr, "%s: INVARIANT BROKEN: %s\n", target->name(), qPrintable(r.problem));
        std::abort();
    }
    return 0;
}
