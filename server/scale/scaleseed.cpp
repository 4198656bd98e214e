#include "scale/scaleseed.h"

#include "auth/crypto.h"
#include "core/demoseed.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <exception>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace tutorhub::server {

namespace {

qint64 cpuMsNow()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return (qint64(u.ru_utime.tv_sec) + qint64(u.ru_stime.tv_sec)) * 1000
           + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

qint64 threadCpuMsNow()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

// ---- raw SQLite: the bulk load goes straight to the connection QtSql holds ---------------------

sqlite3 *handleOf(Repository &repo)
{
    const QVariant h = repo.db().driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        throw std::runtime_error("scale seeding needs the QSQLITE driver");
    sqlite3 *db = *static_cast<sqlite3 *const *>(h.data());
    if (!db)
        throw std::runtime_error("no SQLite handle");
    return db;
}

void execRaw(sqlite3 *db, const std::string &sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        const std::string why = std::string("scale seeding: ") + (err ? err : "?") + " in " + sql.substr(0, 200);
        sqlite3_free(err);
        throw std::runtime_error(why);
    }
}

class Stmt
{
public:
    Stmt(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_s, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string("scale seeding: ") + sqlite3_errmsg(db));
    }
    ~Stmt() { sqlite3_finalize(m_s); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    // Values must stay alive until run() (SQLITE_STATIC).
    Stmt &text(int i, const std::string &v)
    {
        sqlite3_bind_text(m_s, i, v.data(), int(v.size()), SQLITE_STATIC);
        return *this;
    }
    Stmt &text(int i, const char *v)
    {
        sqlite3_bind_text(m_s, i, v, -1, SQLITE_STATIC);
        return *this;
    }
    Stmt &null(int i)
    {
        sqlite3_bind_null(m_s, i);
        return *this;
    }
    Stmt &num(int i, qint64 v)
    {
        sqlite3_bind_int64(m_s, i, v);
        return *this;
    }
    Stmt &real(int i, double v)
    {
        sqlite3_bind_double(m_s, i, v);
        return *this;
    }
    Stmt &textOrNull(int i, const char *v) { return v ? text(i, v) : null(i); }
    Stmt &numOrNull(int i, bool has, qint64 v) { return has ? num(i, v) : null(i); }
    void run()
    {
        if (sqlite3_step(m_s) != SQLITE_DONE)
            throw std::runtime_error(std::string("scale seeding: ") + sqlite3_errmsg(m_db));
        sqlite3_reset(m_s);
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_s = nullptr;
};

// F70: the lesson slots (two thirds of the rows, a third of the index work) are loaded into a side database file
// of their own, whose indexes a second thread builds on its own connection while the main connection builds the
// other tables' indexes; the table and its finished indexes then come back into the main file with SQLite's
// transfer optimization (`INSERT INTO t SELECT * FROM side.t` into an empty table with the same indexes copies
// table and index b-trees in order, no sort).
class SideDb
{
public:
    explicit SideDb(std::string path) : m_path(std::move(path))
    {
        std::remove(m_path.c_str());
        if (sqlite3_open_v2(m_path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
            const std::string why = std::string("scale seeding: ") + sqlite3_errmsg(m_db) + " (" + m_path + ")";
            sqlite3_close(m_db);
            m_db = nullptr;
            throw std::runtime_error(why);
        }
    }
    ~SideDb()
    {
        sqlite3_close_v2(m_db);
        std::remove(m_path.c_str());
        std::remove((m_path + "-journal").c_str());
    }
    SideDb(const SideDb &) = delete;
    SideDb &operator=(const SideDb &) = delete;
    sqlite3 *db() const { return m_db; }
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
    sqlite3 *m_db = nullptr;
};

// ---- deterministic data -------------------------------------------------------------------

class Gen
{
public:
    explicit Gen(quint64 seed) : m_rng(seed) { }
    quint64 next() { return m_rng(); }
    double unit() { return double(m_rng() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(m_rng() % quint64(n)); }
    bool chance(double p) { return unit() < p; }
    template<typename T, size_t N>
    const T &pick(const std::array<T, N> &a)
    {
        return a[size_t(below(int(N)))];
    }

    // UUID-shaped ids (version 8) that increase: a 48-bit sequence, then random bits. Appending to
    // the id index instead of inserting at random places keeps the bulk load fast.
    std::string uuid()
    {
        const quint64 a = (++m_sequence << 16) | 0x8000 | (m_rng() & 0x0fff);
        const quint64 b = (m_rng() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        return format(a, b);
    }
    // Random lower-case hex digits (meeting links, gateway ids).
    std::string hex(int n)
    {
        static const char *digits = "0123456789abcdef";
        std::string s(size_t(n), '0');
        for (char &c : s)
            c = digits[m_rng() & 0xf];
        return s;
    }

private:
    static std::string format(quint64 a, quint64 b)
    {
        static const char *hexDigits = "0123456789abcdef";
        std::string s(36, '-');
        int pos = 0;
        auto put = [&](quint64 v) {
            for (int i = 15; i >= 0; --i) {
                if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
                    ++pos;
                s[size_t(pos++)] = hexDigits[(v >> (i * 4)) & 0xf];
            }
        };
        put(a);
        put(b);
        return s;
    }

    std::mt19937_64 m_rng;
    quint64 m_sequence = 0;
};

// "2026-11-23T08:00:00.000Z" from seconds since the epoch (UTC).
std::string iso(qint64 t)
{
    const qint64 days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
    const qint64 secs = t - days * 86400;
    // civil_from_days (H. Hinnant)
    qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    char buf[128];
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.000Z", static_cast<long long>(y),
                  static_cast<long long>(m), static_cast<long long>(d), static_cast<long long>(secs / 3600),
                  static_cast<long long>(secs / 60 % 60), static_cast<long long>(secs % 60));
    return buf;
}

const std::array<const char *, 40> kFirst {"Anna",  "Ben",   "Clara", "David", "Elif",  "Felix", "Greta",  "Hugo",
                                           "Ines",  "Jonas", "Kira",  "Luca",  "Mia",   "Noah",  "Olivia", "Paul",
                                           "Quinn", "Rosa",  "Samir", "Tara",  "Umut",  "Vera",  "Will",   "Xenia",
                                           "Yusuf", "Zoe",   "Amara", "Bruno", "Chloe", "Dario", "Emma",   "Farid",
                                           "Hana",  "Ivan",  "Julia", "Kenji", "Leila", "Marco", "Nora",   "Oskar"};
const std::array<const char *, 40> kLast {
    "Schmidt",  "Novak",  "Rossi",  "Garcia", "Yilmaz",   "Kowalski",  "Dubois",  "Jensen",  "Silva",    "Muller",
    "Nakamura", "Okafor", "Petrov", "Haddad", "Costa",    "Lindqvist", "Moreau",  "Brennan", "Fischer",  "Wagner",
    "Kaya",     "Horvat", "Bauer",  "Santos", "Andersen", "Weber",     "Ivanova", "Martin",  "Keller",   "Popescu",
    "Sato",     "Nguyen", "Lopez",  "Berg",   "Ricci",    "Demir",     "Walsh",   "Varga",   "Hoffmann", "Mensah"};

struct Category
{
    const char *name;
    std::array<const char *, 6> topics;
};
const std::array<Category, 7> kCategories {{
    {"Mathematics",
     {"Algebra Foundations", "Calculus I", "GCSE Exam Preparation", "Statistics for Beginners", "Geometry and Proof",
      "Linear Algebra"}},
    {"Physics",
     {"Mechanics", "Electricity and Magnetism", "Waves and Optics", "A-Level Revision", "Thermodynamics",
      "Modern Physics"}},
    {"Chemistry",
     {"Organic Chemistry Basics", "Stoichiometry Drills", "Lab Skills and Safety", "A-Level Revision",
      "Physical Chemistry", "Periodic Table Deep Dive"}},
    {"English",
     {"Conversation Club", "Business English", "IELTS Preparation", "Grammar Workshop", "Academic Writing",
      "Cambridge B2 First"}},
    {"French",
     {"French for Beginners", "DELF B1 Preparation", "Conversation Practice", "French Grammar", "Business French",
      "DALF C1 Coaching"}},
    {"Computer Science",
     {"Python from Scratch", "Algorithms and Data Structures", "Web Development Basics", "SQL for Analysts",
      "C++ Fundamentals", "Interview Preparation"}},
    {"Music",
     {"Piano for Beginners", "Music Theory", "Guitar Chords and Rhythm", "Ear Training", "Singing Technique",
      "Composition Basics"}},
}};
const std::array<const char *, 4> kLevels {"Beginner", "Intermediate", "Advanced", "Intensive"};

struct Pack
{
    std::string id, tutorProfileId, tutorUserId;
    double price;
    bool preliminary;
};

// F70: the tables loaded into the side file and indexed on the second thread (their index work is about 40 % of
// the whole, the rest stays on the main connection). Neither has triggers or foreign keys (the transfer needs that).
const std::array<std::string, 2> kSideTables {"lessonSlots", "sys_enrollmentPayments"};

constexpr const char *kStd = "id, isActive, recordVersion, createdAt, updatedAt, _owner";

} // namespace

ScaleSummary seedScaleData(Repository &repo, int n)
{
    ScaleSummary sum;
    {
        QSqlQuery q = repo.exec(QStringLiteral("SELECT n FROM scaleSeeds ORDER BY seededAt LIMIT 1"));
        if (q.next()) {
            sum.scale = q.value(0).toInt();
            return sum;
        }
    }
    if (n <= 0)
        return sum;
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = cpuMsNow();
    sqlite3 *db = handleOf(repo);
    const std::string hash
        = crypto::hashPassword(QString::fromLatin1(kDemoPassword)).toStdString(); // once for everyone
    sum.hashMs = timer.elapsed();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const std::string nowIso = iso(now);
    Gen g(quint64(n) * 2654435761ULL + 17);

    // A rollback journal (not WAL) and no syncs for the load: new pages are not journaled at all.
    execRaw(db, "PRAGMA journal_mode=DELETE");
    execRaw(db, "PRAGMA synchronous=OFF");
    execRaw(db, "PRAGMA cache_size=-4194304"); // 4 GiB while loading (pages only, as used)
    execRaw(db, "PRAGMA threads=2"); // sorter helper threads for the index builds
    execRaw(db, "PRAGMA temp_store=MEMORY");
    const bool debug = qEnvironmentVariableIsSet("TUTORHUB_SCALE_DEBUG");
    // F70: the lesson slots and payment records go to a side file (see SideDb); not for a database without a file, nor
    // when TUTORHUB_SCALE_ONE_CONNECTION is set (the single-connection load before F70, for comparison).
    std::unique_ptr<SideDb> side;
    auto detachSide = [&] {
        if (side) {
            sqlite3_exec(db, "DETACH DATABASE seedSide", nullptr, nullptr, nullptr);
            side.reset(); // closes and removes the side file
        }
    };
    auto restoreJournal = [&] {
        sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
        sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    };
    try {
        const char *mainFile = sqlite3_db_filename(db, "main");
        if (mainFile && *mainFile && !qEnvironmentVariableIsSet("TUTORHUB_SCALE_ONE_CONNECTION")) {
            side = std::make_unique<SideDb>(std::string(mainFile) + ".seed-side");
            for (const char *pragma : {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF",
                                       "PRAGMA cache_size=-2097152", "PRAGMA temp_store=MEMORY"})
                execRaw(side->db(), pragma);
            for (const std::string &t : kSideTables) {
                sqlite3_stmt *s = nullptr;
                sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", -1, &s,
                                   nullptr);
                sqlite3_bind_text(s, 1, t.c_str(), -1, SQLITE_STATIC);
                const std::string table
                    = sqlite3_step(s) == SQLITE_ROW ? reinterpret_cast<const char *>(sqlite3_column_text(s, 0)) : "";
                sqlite3_finalize(s);
                execRaw(side->db(), table); // the table exactly as the main file declares it (transfer needs that)
            }
            std::string quoted;
            for (char c : side->path())
                quoted += c == '\'' ? std::string("''") : std::string(1, c);
            execRaw(db, "ATTACH DATABASE '" + quoted + "' AS seedSide");
            // Its schema read now, outside the transaction: the main connection takes no lock on the side file
            // while the other thread writes it.
            execRaw(db, "SELECT count(*) FROM seedSide.sqlite_master");
            // The demo's rows (the demo seed runs first) go over too: the transfer back needs an empty table, and
            // they keep their rowids ahead of the scale rows, as in the single-connection load.
            for (const std::string &t : kSideTables)
                execRaw(db, "INSERT INTO seedSide." + t + " SELECT * FROM main." + t);
        }
    } catch (...) {
        detachSide();
        restoreJournal();
        throw;
    }
    sqlite3 *sideDb = side ? side->db() : db;
    execRaw(db, "BEGIN");
    if (side) {
        execRaw(sideDb, "BEGIN");
        try {
            for (const std::string &t : kSideTables) // in the side file now; back at the end
                execRaw(db, "DELETE FROM main." + t);
        } catch (...) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            detachSide();
            restoreJournal();
            throw;
        }
    }
    const std::vector<std::string> tables {"users",       "tutorProfiles",          "coursePacks",   "lessonSlots",
                                           "enrollments", "sys_enrollmentPayments", "refundRequests"};
    struct Index
    {
        std::string name, sql, table;
    };
    std::vector<Index> indexes; // rebuilt after the load
    try {
        {
            std::string in;
            for (const std::string &t : tables)
                in += (in.empty() ? "'" : ",'") + t + "'";
            sqlite3_stmt *s = nullptr;
            const std::string sql = "SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS "
                                    "NOT NULL AND tbl_name IN ("
                                    + in + ")";
            sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr);
            while (sqlite3_step(s) == SQLITE_ROW)
                indexes.push_back({reinterpret_cast<const char *>(sqlite3_column_text(s, 0)),
                                   reinterpret_cast<const char *>(sqlite3_column_text(s, 1)),
                                   reinterpret_cast<const char *>(sqlite3_column_text(s, 2))});
            sqlite3_finalize(s);
            for (const auto &ix : indexes)
                execRaw(db, "DROP INDEX \"" + ix.name + "\"");
        }

        // ---- users and tutor profiles ----
        Stmt user(
            db,
            (std::string("INSERT INTO users (") + kStd
             + ", email, password, fullname, avatar, roleId, emailVerified, "
               "tutorApplicationStatus, bio, specializations, accountStatus) VALUES (?,1,1,?,?,?,?,?,?,?,?,1,?,?,?,?)")
                .c_str());
        Stmt profile(db, (std::string("INSERT INTO tutorProfiles (") + kStd
                          + ", tutorId, displayName, bio, subjects, certifications, "
                            "qualifications, profileStatus, experience) VALUES (?,1,1,?,?,?,?,?,?,?,?,?,?,?)")
                             .c_str());
        const int tutors = std::max(1, n / 20), students = std::max(1, n / 2);
        const size_t tutorCount = static_cast<size_t>(tutors), studentCount = static_cast<size_t>(students);
        std::vector<std::string> tutorUser(tutorCount), tutorProfile(tutorCount), studentIds(studentCount);
        std::vector<int> tutorCategory(tutorCount);
        auto addUser = [&](const std::string &id, const std::string &email, const std::string &name, const char *role,
                           const char *application, const char *bio, const char *spec, const char *status) {
            const std::string created = iso(now - qint64(g.below(730 * 86400)) - 400 * 86400 / 4);
            const std::string avatar = "/auth-api/useravatars/default-" + std::to_string(1 + g.below(8));
            user.text(1, id)
                .text(2, created)
                .text(3, created)
                .text(4, id)
                .text(5, email)
                .text(6, hash)
                .text(7, name)
                .text(8, avatar)
                .text(9, role)
                .text(10, application);
            user.textOrNull(11, bio).textOrNull(12, spec).text(13, status).run();
            ++sum.users;
        };
        for (int i = 0; i < tutors; ++i) {
            const std::string id = g.uuid();
            const std::string name = std::string(g.pick(kFirst)) + ' ' + g.pick(kLast);
            const int cat = g.below(int(kCategories.size()));
            const std::string spec = std::string(kCategories[size_t(cat)].name);
            const std::string bio
                = "Experienced " + spec + " tutor: clear explanations, structured lessons and exam practice.";
            addUser(id, "tutor" + std::to_string(i + 1) + "@scale.tutorhub.local", name, "tutor", "approved",
                    bio.c_str(), spec.c_str(), g.chance(0.01) ? "suspended" : "active");
            tutorUser[size_t(i)] = id;
            tutorCategory[size_t(i)] = cat;
            const std::string pid = g.uuid();
            tutorProfile[size_t(i)] = pid;
            const std::string created = iso(now - qint64(g.below(365 * 86400)) - 30 * 86400);
            const double r = g.unit();
            const std::string experience = std::to_string(1 + g.below(20)) + " years of teaching";
            profile.text(1, pid)
                .text(2, created)
                .text(3, created)
                .text(4, id)
                .text(5, id)
                .text(6, name)
                .text(7, bio)
                .text(8, spec)
                .text(9, "Teaching certificate")
                .text(10, "University degree in " + spec)
                .text(11, r < 0.97   ? "approved"
                          : r < 0.99 ? "pending"
                                     : "suspended")
                .text(12, experience)
                .run();
            ++sum.tutorProfiles;
        }
        for (int i = 0; i < students; ++i) {
            const std::string id = g.uuid();
            const std::string name = std::string(g.pick(kFirst)) + ' ' + g.pick(kLast);
            const double r = g.unit();
            addUser(id, "student" + std::to_string(i + 1) + "@scale.tutorhub.local", name, "user",
                    r < 0.003 ? "pending" : "none", nullptr, nullptr,
                    r > 0.995   ? "suspended"
                    : r > 0.993 ? "banned"
                                : "active");
            studentIds[size_t(i)] = id;
        }

        // ---- course packs (and a few free future slots each) ----
        Stmt pack(db, (std::string("INSERT INTO coursePacks (") + kStd
                       + ", tutorProfileId, title, description, price, category, "
                         "schedulingType, minWeeklyClasses, preliminaryMeetingRequired, isPublished, maxDailyLessons, "
                         "requiredClassesCount, "
                         "moderationStatus, moderationNote, maxPeriodValue, maxPeriodUnit) VALUES "
                         "(?,1,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                          .c_str());
        Stmt slot(sideDb, (std::string("INSERT INTO lessonSlots (") + kStd
                           + ", coursePackId, tutorProfileId, studentId, scheduledDate, "
                             "scheduledTime, status, sessionMode, meetLink, startsAt, endsAt, durationMinutes) VALUES "
                             "(?,1,1,?,?,?,?,?,?,?,?,?,?,?,?,?,60)")
                              .c_str());
        const int packs = std::max(1, n / 10);
        std::vector<Pack> packList;
        packList.reserve(size_t(packs));
        auto addSlot = [&](const std::string &id, const Pack &p, const std::string *student, qint64 start,
                           const char *status, const std::string &owner, const std::string &created) {
            const std::string s = iso(start), e = iso(start + 3600);
            const bool online = g.chance(0.85);
            const std::string link = "https://meet.google.com/" + g.hex(3) + '-' + g.hex(4) + '-' + g.hex(3);
            slot.text(1, id).text(2, created).text(3, created).text(4, owner).text(5, p.id).text(6, p.tutorProfileId);
            slot.textOrNull(7, student ? student->c_str() : nullptr);
            const std::string date = s.substr(0, 10), time = s.substr(11, 5);
            slot.text(8, date).text(9, time).text(10, status).text(11, online ? "online" : "faceToFace");
            slot.textOrNull(12, online ? link.c_str() : nullptr);
            slot.text(13, s).text(14, e).run();
            ++sum.lessonSlots;
        };
        for (int i = 0; i < packs; ++i) {
            const int t = g.below(tutors);
            const Category &cat
                = kCategories[size_t(g.chance(0.8) ? tutorCategory[size_t(t)] : g.below(int(kCategories.size())))];
            Pack p {g.uuid(), tutorProfile[size_t(t)], tutorUser[size_t(t)],
                    15.0 + 5.0 * std::floor(std::min(21.0, -std::log(1.0 - g.unit()) * 6.0)), g.chance(0.1)};
            const std::string title
                = std::string(g.pick(kLevels)) + ' ' + cat.topics[size_t(g.below(6))] + " #" + std::to_string(i + 1);
            const std::string desc
                = "A " + std::string(cat.name)
                  + " course with weekly one-to-one lessons, homework feedback and progress reports.";
            const std::string created = iso(now - qint64(g.below(400 * 86400)) - 86400);
            const bool strict = g.chance(0.3);
            const double m = g.unit();
            const char *moderation = m < 0.95 ? "approved" : m < 0.99 ? "flagged" : "removed";
            pack.text(1, p.id)
                .text(2, created)
                .text(3, created)
                .text(4, p.tutorUserId)
                .text(5, p.tutorProfileId)
                .text(6, title)
                .text(7, desc)
                .real(8, p.price)
                .text(9, cat.name)
                .text(10, strict ? "strict" : "flexible");
            pack.numOrNull(11, strict, 1 + g.below(3));
            pack.num(12, p.preliminary ? 1 : 0).num(13, g.chance(0.88) ? 1 : 0);
            pack.numOrNull(14, strict, 1 + g.below(2));
            pack.numOrNull(15, strict, 4 + g.below(9));
            pack.text(16, moderation);
            pack.textOrNull(17, m < 0.95 ? nullptr
                                : m < 0.99
                                    ? "Reported by students: the description promises more than the lessons cover."
                                    : "Removed after repeated complaints.");
            pack.numOrNull(18, strict, 1 + g.below(3));
            pack.textOrNull(19, strict ? "months" : nullptr);
            pack.run();
            ++sum.coursePacks;
            for (int k = 0; k < 3; ++k) // free lessons to book in the next weeks
                addSlot(g.uuid(), p, nullptr, (now / 3600 + 24 * (2 + g.below(28)) + g.below(12)) * 3600, "free",
                        p.tutorUserId, nowIso);
            packList.push_back(std::move(p));
        }

        // ---- enrollments with their lessons, payment records and refunds ----
        Stmt enr(
            db,
            (std::string("INSERT INTO enrollments (") + kStd
             + ", coursePackId, studentId, tutorProfileId, lessonSlotIds, "
               "totalAmount, currency, paymentStatus, refundStatus, enrollmentStatus, enrolledAt, paymentConfirmation) "
               "VALUES (?,1,1,?,?,?,?,?,?,?,?,'EUR',?,?,?,?,?)")
                .c_str());
        Stmt pay(sideDb, (std::string("INSERT INTO sys_enrollmentPayments (") + kStd
                          + ", ownerId, orderId, paymentId, paymentStatus, "
                            "statusLiteral) VALUES (?,1,1,?,?,?,?,?,?,?,?)")
                             .c_str());
        Stmt refund(db, (std::string("INSERT INTO refundRequests (") + kStd
                         + ", enrollmentId, requestedBy, requestedAt, processedAt, "
                           "status, reason, firstLessonCompleted) VALUES (?,1,1,?,?,?,?,?,?,?,'autoApproved',?,1)")
                            .c_str());
        const qint64 enrollments = qint64(n) * 10;
        std::vector<std::string> slotIds;
        for (qint64 i = 0; i < enrollments; ++i) {
            const Pack &p = packList[size_t(std::pow(g.unit(), 1.6) * double(packList.size()))
                                     % packList.size()]; // popular packs first
            const std::string &student = studentIds[size_t(g.below(students))];
            const double ageDays = g.unit() < 0.004 ? g.unit() / 12.0 : g.unit() * 365.0; // a few in the last two hours
            const qint64 created = now - qint64(ageDays * 86400.0) - 60;
            const std::string id = g.uuid(), createdIso = iso(created);
            const double l = g.unit();
            const int lessons = l < 0.3 ? 1 : l < 0.7 ? 2 : l < 0.9 ? 3 : 4;
            const double r = g.unit();
            const bool pending = r < 0.03 || (ageDays < 0.1 && r < 0.5);
            const bool canceled = !pending && r < 0.11;
            const bool refunded = canceled && r < 0.09;
            qint64 start = (created / 3600 + 24 * (2 + g.below(5))) * 3600;
            start = start - start % 86400 + 3600 * (8 + g.below(12));
            slotIds.clear();
            bool anyFuture = false, firstDone = false;
            int done = 0;
            std::string ids = "[";
            for (int k = 0; k < lessons; ++k) {
                const qint64 at = start + qint64(k) * 7 * 86400;
                const bool past = at + 3600 < now;
                anyFuture = anyFuture || !past;
                const char *status = pending    ? "booked"
                                     : canceled ? (past && k == 0 && refunded ? "completed" : "free")
                                     : past     ? "completed"
                                                : "booked";
                if (qstrcmp(status, "completed") == 0) {
                    firstDone = firstDone || k == 0;
                    ++done;
                }
                const bool held = qstrcmp(status, "free") != 0;
                slotIds.push_back(g.uuid());
                addSlot(slotIds.back(), p, held ? &student : nullptr, at, status, student, createdIso);
                ids += (k ? ",\"" : "\"") + slotIds.back() + '"';
            }
            ids += ']';
            const char *status = pending ? "pending" : canceled ? "canceled" : anyFuture ? "active" : "completed";
            const char *payment = pending ? "pending" : refunded ? "refunded" : canceled ? "pending" : "paid";
            const char *confirmation = pending                 ? (g.chance(0.2) ? "processing" : "pending")
                                       : canceled && !refunded ? "canceled"
                                                               : "paid";
            const std::string enrolledAt = iso(created + 120 + g.below(600));
            const std::string updated = iso(std::min(now, created + (canceled ? 86400 * qint64(1 + g.below(7)) : 600)));
            enr.text(1, id)
                .text(2, createdIso)
                .text(3, updated)
                .text(4, student)
                .text(5, p.id)
                .text(6, student)
                .text(7, p.tutorProfileId)
                .text(8, ids)
                .real(9, p.price * lessons)
                .text(10, payment)
                .text(11, refunded                                     ? "processed"
                          : qstrcmp(payment, "paid") != 0 || done == 0 ? "notRequested"
                          : done == 1                                  ? "eligible"
                                                                       : "ineligible")
                .text(12, status);
            enr.textOrNull(13, qstrcmp(payment, "pending") == 0 && !refunded ? nullptr : enrolledAt.c_str());
            enr.text(14, confirmation).run();
            ++sum.enrollments;
            if (qstrcmp(payment, "pending") != 0) {
                const std::string pi = "pi_" + g.hex(24);
                pay.text(1, g.uuid())
                    .text(2, enrolledAt)
                    .text(3, updated)
                    .text(4, student)
                    .text(5, student)
                    .text(6, id)
                    .text(7, pi)
                    .text(8, refunded ? "refunded" : "succeeded")
                    .text(9, refunded ? "refunded" : "paid")
                    .run();
                ++sum.payments;
            }
            if (refunded && firstDone) {
                refund.text(1, g.uuid())
                    .text(2, updated)
                    .text(3, updated)
                    .text(4, student)
                    .text(5, id)
                    .text(6, student)
                    .text(7, updated)
                    .text(8, updated)
                    .text(9, g.chance(0.5) ? "The teaching style does not suit me." : "My schedule changed.")
                    .run();
                ++sum.refunds;
            }
        }

        sum.insertMs = timer.elapsed() - sum.hashMs;
        auto build = [debug](sqlite3 *on, const Index &ix, const char *where) {
            QElapsedTimer t;
            t.start();
            const qint64 cpu0 = threadCpuMsNow();
            execRaw(on, ix.sql);
            if (debug)
                qInfo("index %s (%s): %lld ms, %lld ms CPU", ix.name.c_str(), where,
                      static_cast<long long>(t.elapsed()), static_cast<long long>(threadCpuMsNow() - cpu0));
        };
        auto onSide = [&](const Index &ix) {
            return side && std::find(kSideTables.begin(), kSideTables.end(), ix.table) != kSideTables.end();
        };
        if (side) {
            execRaw(sideDb, "COMMIT");
            std::string sideError;
            std::thread builder([&] {
                try {
                    execRaw(sideDb, "BEGIN");
                    for (const auto &ix : indexes)
                        if (onSide(ix))
                            build(sideDb, ix, "side thread");
                    execRaw(sideDb, "COMMIT");
                } catch (const std::exception &e) {
                    sideError = e.what();
                }
            });
            try {
                for (const auto &ix : indexes)
                    if (!onSide(ix))
                        build(db, ix, "main");
            } catch (...) {
                builder.join();
                throw;
            }
            builder.join();
            if (!sideError.empty())
                throw std::runtime_error(sideError);
            for (const auto &ix : indexes) // empty here: the transfer fills them in order
                if (onSide(ix))
                    execRaw(db, ix.sql);
            // The side file's schema as it is now (with its indexes): the transfer is chosen when the statement is
            // prepared, and a schema read before the indexes existed would make it an ordinary row-by-row insert.
            execRaw(db, "SELECT count(*) FROM seedSide.sqlite_master");
            const qint64 t0 = timer.elapsed(), cpu0 = threadCpuMsNow();
            for (const std::string &t : kSideTables)
                execRaw(db, "INSERT INTO main." + t + " SELECT * FROM seedSide." + t);
            if (debug)
                qInfo("lessonSlots, sys_enrollmentPayments and their indexes copied from the side file: %lld ms, %lld "
                      "ms CPU",
                      static_cast<long long>(timer.elapsed() - t0), static_cast<long long>(threadCpuMsNow() - cpu0));
        } else {
            for (const auto &ix : indexes)
                build(db, ix, "main");
        }
        sum.indexMs = timer.elapsed() - sum.hashMs - sum.insertMs;
        Stmt mark(db, "INSERT INTO scaleSeeds (n, seededAt) VALUES (?, ?)");
        mark.num(1, n).text(2, nowIso).run();
        execRaw(db, "COMMIT");
        detachSide();
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        detachSide();
        restoreJournal();
        throw;
    }
    execRaw(db, "PRAGMA journal_mode=WAL");
    execRaw(db, "PRAGMA synchronous=NORMAL");
    execRaw(db, "PRAGMA cache_size=-65536");
    execRaw(db, "PRAGMA analysis_limit=1000");
    execRaw(db, "ANALYZE");
    // F13: a sampled ANALYZE sees ~1000 entries of each index, so an index led by isActive (one value in
    // the whole table) looked as selective as one led by a course pack id, and the planner answered
    // "lessons of pack X" by walking 2M rows of (isActive, createdAt, id). Every seeded row is active:
    // the statistics say so (rows per isActive value = all rows), then SQLite reloads them.
    for (const std::string &t : tables) // "rows rowsPerIsActive rest..." -> "rows rows rest..."
        execRaw(db, "UPDATE sqlite_stat1 SET stat = (WITH r(n, rest) AS (SELECT substr(stat, 1, instr(stat, ' ') - 1), "
                    "substr(stat, instr(stat, ' ') + 1)) SELECT n || ' ' || n || CASE WHEN instr(rest, ' ') > 0 THEN "
                    "substr(rest, instr(rest, ' ')) ELSE '' END FROM r) WHERE tbl = '"
                        + t
                        + "' AND instr(stat, ' ') > 0 AND "
                          "(SELECT name FROM pragma_index_info(idx) WHERE seqno = 0) = 'isActive'");
    execRaw(db, "ANALYZE sqlite_schema");
    sum.seeded = true;
    sum.scale = n;
    sum.milliseconds = timer.elapsed();
    sum.cpuMs = cpuMsNow() - cpuStart;
    return sum;
}

} // namespace tutorhub::server
