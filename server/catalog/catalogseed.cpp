// Demo catalog (--demo): categories, Maria's and James's course packs and their materials.
// Idempotent: categories by name, packs by (tutor profile, title), materials by (pack, title).
#include "catalog/catalog.h"

#include "catalog/tutorprofile.h"

namespace tutorhub::server {

namespace {

struct DemoCategory
{
    const char *name;
    const char *icon;
    const char *description;
};

const DemoCategory kCategories[] = {
    {"Mathematics", "\xF0\x9F\x93\x90",
     "Arithmetic to calculus: school support, exam preparation and university bridging courses."},
    {"Physics", "\xE2\x9A\x9B\xEF\xB8\x8F", "Mechanics, electricity, waves and modern physics with worked problems."},
    {"Chemistry", "\xF0\x9F\xA7\xAA", "General, organic and physical chemistry for school and first-year students."},
    {"English", "\xF0\x9F\x97\xA3\xEF\xB8\x8F", "Conversation, grammar, writing and Cambridge exam preparation."},
    {"French", "\xF0\x9F\xA5\x90", "French for beginners to advanced learners, including DELF/DALF preparation."},
    {"Computer Science", "\xF0\x9F\x92\xBB", "Programming, algorithms and data structures."},
    {"Music", "\xF0\x9F\x8E\xB5", "Music theory, ear training and instrument lessons."},
};

struct DemoMaterial
{
    const char *title;
    const char *fileType;
    const char *url;
    const char *description;
};

struct DemoPack
{
    const char *tutorEmail;
    const char *title;
    const char *category;
    double price;
    const char *schedulingType;
    bool screening;
    int requiredClasses; // 0 = none
    int minWeekly; // 0 = none
    int maxDaily; // 0 = none
    int maxPeriodValue; // 0 = none
    const char *maxPeriodUnit;
    const char *description;
    DemoMaterial materials[2];
};

const DemoPack kPacks[] = {
    {"maria.keller@tutorhub.local",
     "GCSE Maths Exam Preparation",
     "Mathematics",
     45.0,
     "flexible",
     false,
     0,
     0,
     0,
     0,
     nullptr,
     "Book lessons whenever they suit you: algebra, geometry, statistics and past papers with exam technique.",
     {{"Algebra formula sheet", "document", "https://files.tutorhub.local/maria/algebra-formulas.pdf",
       "The identities and formulas used throughout the course."},
      {"Past paper walkthrough: June paper 1", "video", "https://videos.tutorhub.local/maria/gcse-paper1",
       "A full paper solved step by step."}}},
    {"maria.keller@tutorhub.local",
     "A-Level Physics: Mechanics in 12 Lessons",
     "Physics",
     55.0,
     "strict",
     false,
     12,
     2,
     1,
     2,
     "months",
     "A structured course: twelve lessons, two per week, one per day at most, finished within two months.",
     {{"Mechanics problem set 1", "file", "https://files.tutorhub.local/maria/mechanics-set1.pdf",
       "Kinematics and Newton's laws; solutions follow in lesson 3."},
      {"PhET simulations", "externalLink", "https://phet.colorado.edu/en/simulations/filter?subjects=physics",
       "Interactive simulations we use during the lessons."}}},
    {"maria.keller@tutorhub.local",
     "University Calculus Bootcamp",
     "Mathematics",
     65.0,
     "flexible",
     true,
     0,
     0,
     0,
     0,
     nullptr,
     "For first-year students of engineering and science. A short screening meeting checks your level first.",
     {{"Limits and continuity notes", "document", "https://files.tutorhub.local/maria/limits.pdf",
       "Lecture notes with exercises."},
      {nullptr, nullptr, nullptr, nullptr}}},
    {"james.okafor@tutorhub.local",
     "English Conversation Club",
     "English",
     35.0,
     "flexible",
     false,
     0,
     0,
     0,
     0,
     nullptr,
     "Relaxed one-to-one conversation practice on everyday and current topics, with feedback on every lesson.",
     {{"Useful phrases for discussions", "document", "https://files.tutorhub.local/james/discussion-phrases.pdf",
       "Agreeing, disagreeing and asking for clarification."},
      {nullptr, nullptr, nullptr, nullptr}}},
    {"james.okafor@tutorhub.local",
     "Cambridge C1 Advanced Preparation",
     "English",
     50.0,
     "strict",
     false,
     10,
     2,
     1,
     8,
     "weeks",
     "Ten lessons over at most eight weeks, two per week: every paper of the exam with timed practice.",
     {{"C1 Advanced exam overview", "document", "https://files.tutorhub.local/james/c1-overview.pdf",
       "Structure, timing and marking of the four papers."},
      {"Official sample tests", "externalLink",
       "https://www.cambridgeenglish.org/exams-and-tests/advanced/preparation/", "Cambridge English sample papers."}}},
    {"james.okafor@tutorhub.local",
     "French DELF B2 Intensive",
     "French",
     48.0,
     "flexible",
     true,
     0,
     0,
     0,
     0,
     nullptr,
     "Intensive preparation for the DELF B2. A screening meeting makes sure B1 is in place before we start.",
     {{"DELF B2 oral exam guide", "video", "https://videos.tutorhub.local/james/delf-b2-oral",
       "How the oral exam runs, with a recorded mock exam."},
      {nullptr, nullptr, nullptr, nullptr}}},
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

void seedCatalogDemo(Repository &repo)
{
    inTransaction(repo, [&] {
        for (const DemoCategory &c : kCategories) {
            if (repo.findOne(courseCategorySchema(), QStringLiteral("isActive = 1 AND lower(name) = ?"),
                             {s(c.name).toLower()}))
                continue;
            repo.insert(courseCategorySchema(),
                        {{QStringLiteral("name"), s(c.name)},
                         {QStringLiteral("icon"), s(c.icon)},
                         {QStringLiteral("description"), s(c.description)}},
                        QString());
        }
        for (const DemoPack &p : kPacks) {
            QSqlQuery q = repo.exec(QStringLiteral("SELECT tutorProfiles.id, users.id FROM tutorProfiles JOIN users ON "
                                                   "users.id = tutorProfiles.tutorId "
                                                   "WHERE lower(users.email) = ?"),
                                    {s(p.tutorEmail)});
            if (!q.next())
                continue;
            const QString profileId = q.value(0).toString();
            const QString userId = q.value(1).toString();
            auto pack = repo.findOne(coursePackSchema(), QStringLiteral("tutorProfileId = ? AND title = ?"),
                                     {profileId, s(p.title)});
            if (!pack) {
                QVariantMap v {
                    {QStringLiteral("tutorProfileId"), profileId},
                    {QStringLiteral("title"), s(p.title)},
                    {QStringLiteral("description"), s(p.description)},
                    {QStringLiteral("price"), p.price},
                    {QStringLiteral("category"), s(p.category)},
                    {QStringLiteral("schedulingType"), s(p.schedulingType)},
                    {QStringLiteral("preliminaryMeetingRequired"), p.screening ? 1 : 0},
                    {QStringLiteral("isPublished"), 1},
                    {QStringLiteral("moderationStatus"), QString::fromLatin1(catalog::kDefaultModerationStatus)}};
                const auto optInt = [&v](const char *name, int value) {
                    if (value > 0)
                        v.insert(QLatin1String(name), value);
                };
                optInt("requiredClassesCount", p.requiredClasses);
                optInt("minWeeklyClasses", p.minWeekly);
                optInt("maxDailyLessons", p.maxDaily);
                optInt("maxPeriodValue", p.maxPeriodValue);
                if (p.maxPeriodUnit)
                    v.insert(QStringLiteral("maxPeriodUnit"), s(p.maxPeriodUnit));
                pack = repo.insert(coursePackSchema(), v, userId);
            }
            const QString packId = pack->value(QStringLiteral("id")).toString();
            int position = 0;
            for (const DemoMaterial &m : p.materials) {
                const int sortOrder = position++;
                if (!m.title
                    || repo.findOne(courseMaterialSchema(), QStringLiteral("coursePackId = ? AND title = ?"),
                                    {packId, s(m.title)}))
                    continue;
                const bool link = QLatin1String(m.fileType) == QLatin1String("externalLink");
                QVariantMap v {{QStringLiteral("coursePackId"), packId},
                               {QStringLiteral("title"), s(m.title)},
                               {QStringLiteral("fileType"), s(m.fileType)},
                               {QStringLiteral("fileUrl"), s(m.url)},
                               {QStringLiteral("description"), s(m.description)}};
                if (link)
                    v.insert(QStringLiteral("linkUrl"), s(m.url));
                v.insert(QStringLiteral("sortOrder"), sortOrder);
                repo.insert(courseMaterialSchema(), v, userId);
            }
        }
    });
}

} // namespace tutorhub::server
