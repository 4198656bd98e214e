// tutorhub-contractdoc: writes docs/contract.md from contract/routes.def (issue 13, docs/decisions.md C1, C9) and
// the realtime hub's frames from contract/hub.def (issue 17, K43).
//   tutorhub-contractdoc <source dir>                 the document on stdout
//   tutorhub-contractdoc --check <file> <source dir>  exit 1 with a message when <file> is not what it would write
// "Implemented" asks the server's router (a server started on a temporary directory); "called by the app"
// scans api/ models/ ui/ app/ of the source dir for the token Route::<id>, the client's spelling of a route.
#include "http/contract.h"
#include "http/router.h"
#include "server.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace tutorhub::server;

namespace {

QSet<QString> calledByApp(const QString &sourceDir)
{
    QSet<QString> ids;
    static const QRegularExpression token(QStringLiteral("\\bRoute::(\\w+)\\b"));
    for (const char *dir : {"api", "models", "ui", "app"}) {
        QDirIterator it(sourceDir + QLatin1Char('/') + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = token.globalMatch(text); m.hasNext();)
                ids.insert(m.next().captured(1));
        }
    }
    return ids;
}

bool implementedIds(QSet<contract::R> *out, QString *error)
{
    QTemporaryDir dir;
    ServerOptions o;
    o.dataDir = dir.path();
    o.logRequests = false;
    Server server(o);
    if (!server.start(error))
        return false;
    for (const Route &r : server.router().routes())
        out->insert(r.id);
    server.stop();
    return true;
}

QString params(const contract::Row &row)
{
    QStringList out;
    for (const contract::Param &p : row.params) {
        static const char *where[] = {"path", "query", "filter", "body"};
        QString s = QStringLiteral("%1 `%2`").arg(QLatin1String(where[static_cast<int>(p.where)]), p.name);
        if (!p.type.isEmpty())
            s += QLatin1Char(':') + p.type;
        if (p.required)
            s += QLatin1Char('*');
        out << s;
    }
    return out.isEmpty() ? QStringLiteral("–") : out.join(QStringLiteral(", "));
}

// The hub's frames (contract/hub.def), a table per direction.
void hubFrames(QTextStream &s)
{
    struct Field
    {
        QString name, type;
        bool required;
        qint64 min, max;
    };
    struct Frame
    {
        QString id, wire;
        bool toServer;
        QList<Field> fields;
    };
    QList<Frame> frames;
#define TH_FRAME(Id, wire, dir)                                                                                        \
    frames.append({QStringLiteral(#Id), QStringLiteral(wire), QLatin1String(#dir) == QLatin1String("ToServer"), {}});
#define TH_FIELD(name, T, P, min, max)                                                                                 \
    frames.last().fields.append(                                                                                       \
        {QStringLiteral(#name), QStringLiteral(#T), QLatin1String(#P) == QLatin1String("Required"), min, max});
#define TH_END(Id)
#include "hub.def"
#undef TH_FRAME
#undef TH_FIELD
#undef TH_END
    auto fieldText = [](const Field &f) {
        QString t = QStringLiteral("`%1`:%2").arg(f.name, f.type);
        if (f.type == QLatin1String("Int") && (f.min != 0 || f.max != 0))
            t += QStringLiteral("(%1-%2)").arg(f.min).arg(f.max);
        else if ((f.type == QLatin1String("String") || f.type == QLatin1String("Uuid")) && f.max > 0)
            t += QStringLiteral("(≤%1)").arg(f.max);
        if (f.required)
            t += QLatin1Char('*');
        return t;
    };
    s << "## Realtime hub frames (`contract/hub.def`)\n\n"
      << "JSON text frames over `realtimeHub` (docs/realtime-protocol.md tells when each is sent). Both sides get "
         "typed structs\n"
      << "from this file (server/messaging/hubprotocol.h, api/hubprotocol.h; K40-K44). `*` required; every frame "
         "may carry `ref`.\n"
      << "A client frame of an unknown type gets `errMsg_UnknownFrameType`, a missing field "
         "`errMsg_MissingParameter:<field>`,\n"
      << "a field of the wrong type or out of range `errMsg_InvalidParameter:<field>`, a string too long\n"
      << "`errMsg_ParameterTooLong:<field>` (status 400; the connection stays open).\n\n";
    for (const bool toServer : {true, false}) {
        s << (toServer ? "### Client → server\n\n" : "### Server → client\n\n") << "| type | struct | fields |\n"
          << "|---|---|---|\n";
        for (const Frame &f : std::as_const(frames)) {
            if (f.toServer != toServer)
                continue;
            QStringList fields;
            for (const Field &field : f.fields)
                fields << fieldText(field);
            s << "| `" << f.wire << "` | `" << f.id << "` | "
              << (fields.isEmpty() ? QStringLiteral("–") : fields.join(QStringLiteral(", "))) << " |\n";
        }
        s << '\n';
    }
}

QString document(const QString &sourceDir, QString *error)
{
    QSet<contract::R> implemented;
    if (!implementedIds(&implemented, error))
        return {};
    // The hub is served by the WebSocket upgrade of the HTTP server, not by the router.
    implemented.insert(contract::R::realtimeHub);
    const QSet<QString> called = calledByApp(sourceDir);

    QString md;
    QTextStream s(&md);
    s << "# The TutorHub REST contract, route by route\n\n"
      << "Generated from `contract/routes.def` by `tutorhub-contractdoc` (`scripts/update-contract-doc.sh`); do not "
         "edit.\n"
      << "The ctest `contract_doc_current` fails when this file is stale. Decisions: docs/decisions.md C1-C9.\n\n"
      << "* **Kind**: Documented (in the seeds, enveloped), Raw (documented, raw JSON), Extension (this local server "
         "only;\n"
      << "  `--contract strict` answers 404 for it — except `instanceProof` and the realtime hub, C4 — and\n"
      << "  `GET /auth-api/extensions` lists it in the local profile).\n"
      << "* **Parameters**: what `--contract strict` keeps (`*` required); business routes (with a response key and\n"
      << "  Documented) also take the common query parameters of API.md §1.6.\n"
      << "* **Implemented**: the server's router serves it. **Called by the app**: the client sources name "
         "`Route::<id>`.\n\n";
    QStringList segments;
    for (const contract::Row &row : contract::table())
        if (!segments.contains(row.segment))
            segments << row.segment;
    int total = 0, impl = 0, calls = 0, ext = 0;
    for (const QString &segment : segments) {
        s << "## "
          << (segment == QLatin1String("*") ? QStringLiteral("Every service (`/<segment>/…`)")
                                            : QStringLiteral("`%1`").arg(segment))
          << "\n\n| Route | Method & path | Access | Kind | Parameters | Response key | Implemented | Called by the "
             "app | Local extension |\n"
          << "|---|---|---|---|---|---|---|---|---|\n";
        for (const contract::Row &row : contract::table()) {
            if (row.segment != segment)
                continue;
            const bool i = implemented.contains(row.id);
            const bool c = called.contains(row.name);
            const bool e = row.kind == contract::Kind::Extension;
            ++total;
            impl += i;
            calls += c;
            ext += e;
            s << "| `" << row.name << "` | `" << row.method << ' ' << row.path << "` | "
              << contract::accessName(row.access) << " | " << contract::kindName(row.kind) << " | " << params(row)
              << " | "
              << (row.responseKey.isEmpty() ? QStringLiteral("–") : QStringLiteral("`%1`").arg(row.responseKey))
              << " | " << (i ? "yes" : "**no**") << " | " << (c ? "yes" : "no") << " | " << (e ? "yes" : "no")
              << " |\n";
        }
        s << '\n';
    }
    s << "Totals: " << total << " routes, " << impl << " implemented, " << calls << " called by the app, " << ext
      << " local extensions.\n\n";
    hubFrames(s);
    return md;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString checkFile;
    if (args.size() == 3 && args.first() == QLatin1String("--check")) {
        checkFile = args.at(1);
        args = args.mid(2);
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: tutorhub-contractdoc [--check FILE] SOURCE_DIR\n");
        return 2;
    }
    QString error;
    const QString md = document(args.first(), &error);
    if (md.isEmpty()) {
        std::fprintf(stderr, "tutorhub-contractdoc: %s\n", qPrintable(error));
        return 2;
    }
    if (checkFile.isEmpty()) {
        std::fputs(md.toUtf8().constData(), stdout);
        return 0;
    }
    QFile f(checkFile);
    if (!f.open(QIODevice::ReadOnly) || QString::fromUtf8(f.readAll()) != md) {
        std::fprintf(
            stderr,
            "%s is stale: contract/routes.def, contract/hub.def, the server's routes or the client's Route:: calls "
            "changed since it was generated. Run scripts/update-contract-doc.sh and commit docs/contract.md.\n",
            qPrintable(checkFile));
        return 1;
    }
    return 0;
}
