// The fuzz harness for request parsing and routing: one in-process tutorhub::server::Server (temporary
// data directory, demo data) whose Router::dispatch receives each input as an HTTP request, and the
// invariant every answer must keep. Shared by the libFuzzer target (clang) and the replay runner (gcc).
//
// Input format (what the seed corpus in tests/fuzz/corpus/ holds, one request per file):
//   METHOD SP TARGET[ SP anything]\n      e.g. "GET /tutorcatalog-api/v1/coursepacks?pageNumber=1"
//   Name: value\n                         any number of header lines (a line without ':' is ignored)
//   \n                                    then the body, the rest of the input, bytes as they are
// Placeholders anywhere in the input are replaced before parsing: $ADMIN $TUTOR $TUTOR2 $STUDENT
// $STUDENT2 by live access tokens of the demo accounts, $ADMIN_ID $TUTOR_ID $STUDENT_ID ... by their
// user ids, $PACK $ENROLLMENT $PROFILE $CATEGORY $ISSUE $CONVERSATION $REFUND by the id of the first
// such demo object, $PACK_PROFILE and $SLOT by the tutor profile and a free lesson slot of $PACK, and
// $TUTOR_PROFILE by the profile of $TUTOR (tests/fuzz/fuzz.dict lists them for libFuzzer).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tutorhub::server {
class Server;
struct Request;
struct Response;
} // namespace tutorhub::server

namespace fuzz {

struct ParsedInput
{
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QList<QByteArray> tokensUsed; // placeholder names of tokens the input carried
};

struct Outcome
{
    int status = 0;
    QByteArray method;
    QByteArray target;
    QByteArray body;
    QString problem; // empty when the invariant holds
};

class Harness
{
public:
    Harness();
    ~Harness();

    // Starts the server (needs a QCoreApplication), signs the demo accounts in and collects ids.
    bool init(QString *error);
    // Runs one input through parsing and dispatch and checks the invariant.
    Outcome run(const QByteArray &input);

    // Exposed for the unit of the harness itself.
    ParsedInput parse(const QByteArray &input) const;
    static QString checkResponse(const tutorhub::server::Request &req, const tutorhub::server::Response &res);
    static const QList<int> &allowedStatuses();

private:
    QByteArray substitute(const QByteArray &input, QList<QByteArray> *tokensUsed) const;
    QByteArray login(const QByteArray &email);
    void refreshToken(const QByteArray &name);
    QByteArray value(const QByteArray &name) const;
    QByteArray firstField(const QByteArray &role, const QString &target, const char *field);

    QTemporaryDir m_dir;
    std::unique_ptr<tutorhub::server::Server> m_server;
    QList<QPair<QByteArray, QByteArray>> m_values; // placeholder -> value, longest names first
    QHash<QByteArray, QByteArray> m_emails; // token placeholder -> demo e-mail
};

} // namespace fuzz
