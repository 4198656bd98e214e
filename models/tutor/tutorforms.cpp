#include "tutorforms.h"

#include "models/format.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace tutorhub::models::tutor {

namespace {

struct FileKind
{
    const char *suffix;
    const char *fileType;
    const char *mime;
};

// The files a pack may carry (T3): suffix -> material kind and MIME type.
const FileKind kFileKinds[] = {
    {"pdf", "document", "application/pdf"},
    {"doc", "document", "application/msword"},
    {"docx", "document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"odt", "document", "application/vnd.oasis.opendocument.text"},
    {"ppt", "document", "application/vnd.ms-powerpoint"},
    {"pptx", "document", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
    {"xlsx", "document", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {"txt", "document", "text/plain"},
    {"md", "document", "text/markdown"},
    {"mp4", "video", "video/mp4"},
    {"webm", "video", "video/webm"},
    {"mov", "video", "video/quicktime"},
    {"mp3", "file", "audio/mpeg"},
    {"png", "file", "image/png"},
    {"jpg", "file", "image/jpeg"},
    {"jpeg", "file", "image/jpeg"},
    {"zip", "file", "application/zip"},
};

const FileKind *kindOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const FileKind &k : kFileKinds)
        if (suffix == QLatin1String(k.suffix))
            return &k;
    return nullptr;
}

void setIfPositive(QJsonObject &o, const char *key, int value)
{
    o.insert(QLatin1String(key), value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null));
}

} // namespace

bool TutorForms::isHttpUrl(const QString &text)
{
    const QUrl u(text.trimmed(), QUrl::StrictMode);
    return u.isValid() && (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"))
           && !u.host().isEmpty();
}

TutorForms::PackDraft TutorForms::packDraft(const QJsonObject &p)
{
    PackDraft d;
    d.title = Format::str(p, "title");
    d.description = Format::str(p, "description");
    d.category = Format::str(p, "category");
    d.price = Format::num(p, "price");
    if (!Format::str(p, "schedulingType").isEmpty())
        d.schedulingType = Format::str(p, "schedulingType");
    d.minWeeklyClasses = int(Format::num(p, "minWeeklyClasses"));
    d.maxDailyLessons = int(Format::num(p, "maxDailyLessons"));
    d.requiredClassesCount = int(Format::num(p, "requiredClassesCount"));
    d.maxPeriodValue = int(Format::num(p, "maxPeriodValue"));
    if (!Format::str(p, "maxPeriodUnit").isEmpty())
        d.maxPeriodUnit = Format::str(p, "maxPeriodUnit");
    d.preliminaryMeetingRequired = Format::flag(p, "preliminaryMeetingRequired");
    d.isPublished = Format::flag(p, "isPublished");
    return d;
}

QJsonObject TutorForms::packBody(const PackDraft &d, QStringList *problems)
{
    if (d.title.trimmed().isEmpty())
        problems->append(tr("Give the course pack a title."));
    if (d.category.isEmpty())
        problems->append(tr("Choose a category so that students can find the pack."));
    if (d.price <= 0)
        problems->append(tr("Set a price per lesson above zero."));
    if (d.schedulingType == QLatin1String("strict")) {
        if (d.requiredClassesCount <= 0)
            problems->append(tr("A strict pack needs the number of lessons a student books."));
        if (d.maxPeriodValue <= 0)
            problems->append(tr("A strict pack needs the period within which its lessons take place."));
    }
    if (d.maxDailyLessons > 0 && d.minWeeklyClasses > 7 * d.maxDailyLessons)
        problems->append(tr("The weekly minimum cannot be reached with the daily maximum."));
    QJsonObject o {
        {QStringLiteral("title"), d.title.trimmed()},
        {QStringLiteral("description"), d.description.trimmed()},
        {QStringLiteral("category"), d.category},
        {QStringLiteral("price"), qRound(d.price * 100) / 100.0},
        {QStringLiteral("schedulingType"), d.schedulingType},
        {QStringLiteral("preliminaryMeetingRequired"), d.preliminaryMeetingRequired},
        {QStringLiteral("isPublished"), d.isPublished},
    };
    setIfPositive(o, "minWeeklyClasses", d.minWeeklyClasses);
    setIfPositive(o, "maxDailyLessons", d.maxDailyLessons);
    setIfPositive(o, "requiredClassesCount", d.requiredClassesCount);
    setIfPositive(o, "maxPeriodValue", d.maxPeriodValue);
    o.insert(QStringLiteral("maxPeriodUnit"),
             d.maxPeriodValue > 0 ? QJsonValue(d.maxPeriodUnit) : QJsonValue(QJsonValue::Null));
    return o;
}

QString TutorForms::fileTypeOfName(const QString &fileName)
{
    const FileKind *k = kindOf(fileName);
    return k ? QLatin1String(k->fileType) : QString();
}

QByteArray TutorForms::mimeTypeOfName(const QString &fileName)
{
    const FileKind *k = kindOf(fileName);
    return k ? QByteArray(k->mime) : QByteArray();
}

QString TutorForms::fileProblem(const QString &fileName, qint64 size)
{
    if (!kindOf(fileName))
        return tr("“%1” is not a file type a course pack can carry. Use a PDF, an office document, a text, "
                  "a video (MP4, WebM, MOV), an MP3, an image or a ZIP file.")
            .arg(QFileInfo(fileName).fileName());
    if (size <= 0)
        return tr("“%1” is empty.").arg(QFileInfo(fileName).fileName());
    if (size > maxMaterialBytes())
        return tr("“%1” is %2 MB; files up to %3 MB can be uploaded. Share larger videos as an external link.")
            .arg(QFileInfo(fileName).fileName())
            .arg(QLocale().toString(size / (1024.0 * 1024.0), 'f', 1))
            .arg(maxMaterialBytes() / (1024 * 1024));
    return {};
}

QJsonObject TutorForms::materialBody(const QString &title, const QString &fileType, const QString &url,
                                     const QString &description, const QStringList &existingTitles,
                                     QStringList *problems, bool uploadsOffered)
{
    const QString t = title.trimmed();
    if (t.isEmpty())
        problems->append(tr("Give the material a title."));
    else if (existingTitles.contains(t.toLower()))
        problems->append(tr("This pack already has a material called “%1”; choose another title.").arg(t));
    if (!isHttpUrl(url))
        problems->append(fileType == QLatin1String("externalLink")
                             ? tr("Enter the link as a web address starting with https:// or http://.")
                         : uploadsOffered ? tr("Choose a file to upload or enter its web address.")
                                          : tr("Enter the material's web address, starting with https:// or http://; "
                                               "this server does not take uploads."));
    QJsonObject o {{QStringLiteral("title"), t},
                   {QStringLiteral("fileType"), fileType},
                   {QStringLiteral("description"), description.trimmed()}};
    if (fileType == QLatin1String("externalLink"))
        o.insert(QStringLiteral("linkUrl"), url.trimmed());
    o.insert(QStringLiteral("fileUrl"), url.trimmed());
    return o;
}

QJsonObject TutorForms::singleSlotBody(const QString &coursePackId, const QDateTime &startUtc, int durationMinutes,
                                       const QString &sessionMode, const QDateTime &nowUtc, QStringList *problems)
{
    if (coursePackId.isEmpty())
        problems->append(tr("Choose the course pack the lesson belongs to."));
    if (!startUtc.isValid() || startUtc <= nowUtc)
        problems->append(tr("A lesson must start in the future."));
    if (durationMinutes < 15 || durationMinutes > 480)
        problems->append(tr("A lesson lasts between 15 minutes and 8 hours."));
    const QDateTime s = startUtc.toUTC();
    return {{QStringLiteral("coursePackId"), coursePackId},
            {QStringLiteral("scheduledDate"), s.date().toString(Qt::ISODate)},
            {QStringLiteral("scheduledTime"), s.time().toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("durationMinutes"), durationMinutes},
            {QStringLiteral("sessionMode"), sessionMode},
            {QStringLiteral("status"), QStringLiteral("free")}};
}

QJsonObject TutorForms::generateBody(const QString &coursePackId, const QDate &from, const QDate &to,
                                     int durationMinutes, const QString &sessionMode, const QDate &today,
                                     QStringList *problems)
{
    if (coursePackId.isEmpty())
        problems->append(tr("Choose the course pack the lessons belong to."));
    if (!from.isValid() || !to.isValid() || to < from)
        problems->append(tr("The last day must not be before the first day."));
    else if (to < today)
        problems->append(tr("The whole range is in the past; lessons can only be opened in the future."));
    else if (from.daysTo(to) > 366)
        problems->append(tr("Generate at most one year of lessons at a time."));
    if (durationMinutes < 15 || durationMinutes > 480)
        problems->append(tr("A lesson lasts between 15 minutes and 8 hours."));
    QJsonObject o {{QStringLiteral("coursePackId"), coursePackId},
                   {QStringLiteral("from"), std::max(from, today).toString(Qt::ISODate)},
                   {QStringLiteral("to"), to.toString(Qt::ISODate)},
                   {QStringLiteral("durationMinutes"), durationMinutes}};
    if (!sessionMode.isEmpty())
        o.insert(QStringLiteral("sessionMode"), sessionMode);
    return o;
}

QJsonObject TutorForms::applicationBody(const QString &certifications, const QString &qualifications,
                                        const QString &bio, const QString &specializations, const QString &documents,
                                        QStringList *problems)
{
    if (specializations.trimmed().isEmpty())
        problems->append(tr("Name at least one subject you want to teach."));
    if (bio.trimmed().size() < 20)
        problems->append(tr("Write a short biography (at least 20 characters) so that the reviewers know you."));
    if (qualifications.trimmed().isEmpty() && certifications.trimmed().isEmpty())
        problems->append(tr("Add your qualifications or certifications."));
    QStringList urls;
    for (const QString &line : documents.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
        if (!isHttpUrl(line))
            problems->append(
                tr("“%1” is not a web address; list each document as a link starting with https://.").arg(line));
        urls << line;
    }
    return {{QStringLiteral("certifications"), certifications.trimmed()},
            {QStringLiteral("qualifications"), qualifications.trimmed()},
            {QStringLiteral("bio"), bio.trimmed()},
            {QStringLiteral("specializations"), specializations.trimmed()},
            {QStringLiteral("applicationDocuments"), urls.join(QLatin1Char(' '))}};
}

} // namespace tutorhub::models::tutor
