// The rules of the tutor workspace's forms, as small named functions over data, so the dialogs only
// collect values and show the sentences: a course pack's body, a material's kind and file checks,
// a single slot's time, an application. Each returns the request body or the sentences that stop it
// (nothing is sent while one is left: no half-saved record).
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tutorhub::models::tutor {

class TutorForms
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::models::tutor::TutorForms)

public:
    // --- course pack -----------------------------------------------------------------------------
    struct PackDraft
    {
        QString title;
        QString description;
        QString category;
        double price = 0;
        QString schedulingType = QStringLiteral("flexible");
        int minWeeklyClasses = 0; // 0: not set
        int maxDailyLessons = 0;
        int requiredClassesCount = 0;
        int maxPeriodValue = 0;
        QString maxPeriodUnit = QStringLiteral("weeks");
        bool preliminaryMeetingRequired = false;
        bool isPublished = false;
    };
    static PackDraft packDraft(const QJsonObject &pack);
    // Body of createCoursePack/updateCoursePack (tutorProfileId added on create by the caller).
    static QJsonObject packBody(const PackDraft &draft, QStringList *problems);

    // --- materials -------------------------------------------------------------------------------
    static constexpr qint64 maxMaterialBytes() { return 20 * 1024 * 1024; } // T3, the server's limit
    // The material kind of a local file ("video", "document", "file") from its suffix; empty: unknown.
    static QString fileTypeOfName(const QString &fileName);
    static QByteArray mimeTypeOfName(const QString &fileName);
    // A sentence when the file cannot be uploaded (unknown type, too large, empty); empty when fine.
    static QString fileProblem(const QString &fileName, qint64 size);
    // Body of create/updateCourseMaterial; `existingTitles` (lower-case) of the pack's other materials.
    // `uploadsOffered` false (a server without the upload extension, C68): a missing address asks for a link only.
    static QJsonObject materialBody(const QString &title, const QString &fileType, const QString &url,
                                    const QString &description, const QStringList &existingTitles,
                                    QStringList *problems, bool uploadsOffered = true);

    // --- slots -----------------------------------------------------------------------------------
    static QJsonObject singleSlotBody(const QString &coursePackId, const QDateTime &startUtc, int durationMinutes,
                                      const QString &sessionMode, const QDateTime &nowUtc, QStringList *problems);
    static QJsonObject generateBody(const QString &coursePackId, const QDate &from, const QDate &to,
                                    int durationMinutes, const QString &sessionMode, const QDate &today,
                                    QStringList *problems);

    // --- becoming a tutor ------------------------------------------------------------------------
    static QJsonObject applicationBody(const QString &certifications, const QString &qualifications, const QString &bio,
                                       const QString &specializations, const QString &documents, QStringList *problems);
    static bool isHttpUrl(const QString &text);
};

} // namespace tutorhub::models::tutor
