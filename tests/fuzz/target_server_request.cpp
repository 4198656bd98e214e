// fuzz_server_request: an already-parsed request (tests/fuzz/fuzzharness.h) through request building,
// Router::dispatch, JSON bodies, list queries and token lookup; every answer a documented status with
// a valid envelope.
#include "fuzzharness.h"
#include "fuzztarget.h"

namespace fuzz {

namespace {

class ServerRequestTarget : public Target
{
public:
    const char *name() const override { return "fuzz_server_request"; }
    bool init(QString *error) override { return m_harness.init(error); }
    Result run(const QByteArray &input) override
    {
        const Outcome o = m_harness.run(input);
        return {QString::number(o.status), o.problem};
    }
    QList<QByteArray> dictionary() const override
    {
        return {
            "$ADMIN",
            "$TUTOR",
            "$TUTOR2",
            "$STUDENT",
            "$STUDENT2",
            "$ADMIN_ID",
            "$TUTOR_ID",
            "$STUDENT_ID",
            "$PACK",
            "$PACK_PROFILE",
            "$TUTOR_PROFILE",
            "$SLOT",
            "$ENROLLMENT",
            "$PROFILE",
            "$CATEGORY",
            "$ISSUE",
            "$CONVERSATION",
            "$REFUND",
            "/",
            "//",
            "/..",
            "%",
            "%2F",
            "%00",
            "%ff",
            "%C3%A9",
            "?",
            "&",
            "=",
            "#",
            ";",
            "+",
            " ",
            "pageNumber=",
            "pageRowCount=",
            "sortBy=",
            "sortOrder=",
            "desc",
            "isActive=",
            "access_token=",
            "requestId=",
            "0",
            "-1",
            "1000",
            "1001",
            "2147483648",
            "99999999999999999999",
            "1e308",
            "NaN",
            "null",
            "true",
            "false",
            "\"\"",
            "{}",
            "[]",
            "{",
            "}",
            "[",
            "]",
            "\"",
            ":",
            ",",
            "\\",
            "\\u0000",
            "\\ud800",
            "\xff\xfe",
            "\xc3\x28",
            "00000000-0000-0000-0000-000000000000",
            "2026-02-30T25:61:00Z",
            "\n",
            "\r\n",
            "\n\n",
            "Authorization: Bearer ",
            "Content-Type: text/plain",
            "Content-Type: application/json",
            "tutorhub-access-token: ",
            "Cookie: tutorhub-access-token=",
            "GET ",
            "POST ",
            "PATCH ",
            "DELETE ",
            "PUT ",
            "HEAD ",
            "OPTIONS ",
        };
    }

private:
    Harness m_harness;
};

} // namespace

std::unique_ptr<Target> makeTarget()
{
    return std::make_unique<ServerRequestTarget>();
}

} // namespace fuzz
