// libFuzzer entry points of fuzz_server_request (clang, -fsanitize=fuzzer,address,undefined).
// Any broken invariant aborts, so libFuzzer keeps the input as crash-<sha1>.
#include "fuzzharness.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {
std::unique_ptr<QCoreApplication> app;
std::unique_ptr<fuzz::Harness> harness;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = std::make_unique<QCoreApplication>(*argc, *argv);
    harness = std::make_unique<fuzz::Harness>();
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
