// The server's view of the route table contract/routes.def (C1): one enum of route ids and one row per
// route with its parsed parameters. Route registrations take method, segment, pattern and access from
// here by id, the router refuses a route without a row, and --contract strict reads the declared
// parameters and the kind of each row (C3-C5). The client builds its own types from the same .def file;
// no C++ is shared (settled decision 13).
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace tutorhub::server::contract {

enum class R : int {
#define TH_ROUTE(id, segment, method, path, access, kind, responseKey, params) id,
#include "contract/routes.def"
#undef TH_ROUTE
    None // no row: refused by the router
};

enum class RowAccess { Public, SignedIn, Admin, Machine, PerIndex };
enum class Kind { Documented, Extension, Raw };
enum class Where { Path, Query, Filter, Body };

// --contract strict|local (C3).
enum class Profile { Local, Strict };

struct Param
{
    Where where = Where::Query;
    QString name;
    QString type; // as written ("ID", "String" ...); empty when the row leaves it out
    bool required = false;
};

struct Row
{
    R id = R::None;
    QString name; // "getUser"
    QString segment; // "auth-api" or "*"
    QByteArray method; // "GET"
    QString path; // "/v1/users/:userId"
    RowAccess access = RowAccess::SignedIn;
    Kind kind = Kind::Documented;
    QString responseKey; // "" = raw JSON or a file
    QList<Param> params;

    // A business API of the seeds (§2.6, §3.1-§3.6): the common query parameters of §1.6 apply.
    bool isBusiness() const { return kind == Kind::Documented && !responseKey.isEmpty(); }
    bool declares(Where where, const QString &name) const;
    QStringList names(Where where) const;
};

const QList<Row> &table(); // in the order of routes.def
const Row &row(R id); // every id but R::None has a row
const Row *rowByName(const QString &name);
QString kindName(Kind kind);
QString accessName(RowAccess access);

// The common query parameters of API.md §1.6, declared implicitly for every business route.
const QStringList &commonQueryParameters();

// The path of a route below the host, with its path parameters filled in (percent-encoded):
// path(R::downloadUserAvatar, {{"accessKey", k}}) -> "/auth-api/useravatars/<k>". A "*" row takes `segment`.
QString path(R id, const QList<QPair<QString, QString>> &params = {}, const QString &segment = {});

std::optional<Profile> parseProfile(const QString &text); // "strict" | "local"
QString profileName(Profile profile);

} // namespace tutorhub::server::contract
