// Starts servers in a given contract profile inside one test (C9): TestServer and app::LocalServer read
// TUTORHUB_SERVER_CONTRACT when they start, so a test that needs a strict server beside its default one sets the
// variable for the start only. Header-only; include it by its relative path.
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace tutorhub::test {

class ScopedContractProfile
{
public:
    explicit ScopedContractProfile(const QByteArray &profile)
        : m_had(qEnvironmentVariableIsSet(kName)),
          m_old(qgetenv(kName))
    {
        qputenv(kName, profile);
    }
    ~ScopedContractProfile()
    {
        if (m_had)
            qputenv(kName, m_old);
        else
            qunsetenv(kName);
    }
    ScopedContractProfile(const ScopedContractProfile &) = delete;
    ScopedContractProfile &operator=(const ScopedContractProfile &) = delete;

private:
    static constexpr const char *kName = "TUTORHUB_SERVER_CONTRACT";
    bool m_had;
    QByteArray m_old;
};

} // namespace tutorhub::test
