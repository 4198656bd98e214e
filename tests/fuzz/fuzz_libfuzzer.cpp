// libFuzzer entry points of fuzz_server_request (clang, -fsanitize=fuzzer,address,undefined).
// Any broken invariant aborts, so libFuzzer keeps the input as crash-<sha1>.
#include "fuzzharness.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
// Deliberately never destroyed: libFuzzer leaves through exit(), after Qt's own global statics (the
// SQL connection registry) may be gone, and closing the database then would crash.
QCoreApplication *app = nullptr;
fuzz::Harness *harness = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = new QCoreApplication(*argc, *argv);
    harness = new fuzz::Harness;
    QString error;
    if (!harness->init(&error)) {
        std::fprintf(stderr, "fuzz_server_request: %s\n", qPrintable(error));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Outcome o = harness->run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!o.problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_server_request: INVARIANT BROKEN: %s\n", qPrintable(o.problem));
        std::abort();
    }
    return 0;
}
