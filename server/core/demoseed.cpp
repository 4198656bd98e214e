#include "core/demoseed.h"

#include "admin/admin.h"
#include "auth/crypto.h"
#include "auth/userschema.h"
#include "catalog/catalog.h"
#include "catalog/tutorprofile.h"
#include "core/util.h"
#include "enrollment/enrollment.h"
#include "messaging/messaging.h"
#include "scheduling/scheduling.h"

#include <QtConcurrent/QtConcurrentMap>

namespace tutorhub::server {

namespace {

struct DemoUser
{
    const char *email;
    const char *fullname;
    const char *role;
    const char *specializations; // tutors only
    const char *bio;
    const char *certifications;
    bool emailTwoFactor; // C32: signs in with an e-mailed code
};

const DemoUser kUsers[] = {
    {"admin@tutorhub.local", "Alex Morgan", "superAdmin", nullptr, nullptr, nullptr, false},
    {"maria.keller@tutorhub.local", "Maria Keller", "tutor", "Mathematics, Physics",
     "Secondary-school maths and physics teacher with ten years of exam preparation.",
     "MSc Physics; Teaching certificate", false},
    {"james.okafor@tutorhub.local", "James Okafor", "tutor", "English, French",
     "Language tutor for conversation, grammar and Cambridge/DELF exams.", "CELTA; DELF C2", false},
    {"lena.fischer@tutorhub.local", "Lena Fischer", "user", nullptr, nullptr, nullptr, false},
    {"tom.baker@tutorhub.local", "Tom Baker", "user", nullptr, nullptr, nullptr, false},
    {"aiko.tanaka@tutorhub.local", "Aiko Tanaka", "user", nullptr, nullptr, nullptr, false},
    {"noah.brandt@tutorhub.local", "Noah Brandt", "user", nullptr, nullptr, nullptr, true},
};

QVariant opt(const char *s)
{
    return s ? QVariant(QString::fromUtf8(s)) : QVariant();
}

} // namespace

static int seedUsers(Repository &repo)
{
    QList<const DemoUser *> missing;
    for (const DemoUser &d : kUsers)
        if (!repo.findOne(userSchema(), QStringLiteral("lower(email) = ?"), {QString::fromLatin1(d.email)}))
            missing << &d;
    if (missing.isEmpty())
        return 0;
    // scrypt is the slow part: hash in parallel (each hash has its own salt).
    const QStringList hashes = QtConcurrent::blockingMapped<QStringList>(
        missing, [](const DemoUser *) { return crypto::hashPassword(QString::fromLatin1(kDemoPassword)); });

    int n = 0;
    inTransaction(repo, [&] {
        for (const DemoUser *d : std::as_const(missing)) {
            const bool tutor = QLatin1String(d->role) == QLatin1String("tutor");
            const QString id = newId();
            const QVariantMap row = repo.insert(userSchema(),
                                                {{QStringLiteral("id"), id},
                                                 {QStringLiteral("email"), QString::fromLatin1(d->email)},
                                                 {QStringLiteral("password"), hashes.at(n)},
                                                 {QStringLiteral("fullname"), QString::fromUtf8(d->fullname)},
                                                 {QStringLiteral("avatar"), defaultAvatar()},
                                                 {QStringLiteral("roleId"), QString::fromLatin1(d->role)},
                                                 {QStringLiteral("emailVerified"), 1},
                                                 {QStringLiteral("tutorApplicationStatus"),
                                                  tutor ? QStringLiteral("approved") : QStringLiteral("none")},
                                                 {QStringLiteral("specializations"), opt(d->specializations)},
                                                 {QStringLiteral("bio"), opt(d->bio)},
                                                 {QStringLiteral("certifications"), opt(d->certifications)},
                                                 {QStringLiteral("accountStatus"), QStringLiteral("active")},
                                                 {QStringLiteral("emailTwoFactor"), d->emailTwoFactor ? 1 : 0}},
                                                id);
            if (tutor)
                upsertApprovedTutorProfile(repo, row);
            ++n;
        }
    });
    return n;
}

int seedDemoData(Repository &repo)
{
    const int n = seedUsers(repo);
    seedCatalogDemo(repo);
    seedSchedulingDemo(repo);
    seedEnrollmentDemo(repo); // after catalog and scheduling: books their slots
    seedScreeningDemo(repo, QDateTime::currentDateTimeUtc());
    seedMessagingDemo(repo);
    seedAdminDemo(repo);
    return n;
}

} // namespace tutorhub::server
