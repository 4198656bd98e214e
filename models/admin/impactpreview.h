// What a ban, suspension or course removal will cancel and refund, shown before the admin confirms
// (issue 6): the target's pending and active enrollments, read from the enrollment list, with the
// refund each will get by the server's rules (D47): the cascades (tutor ban/suspension, course
// removal) refund a paid enrollment pro rata for the lessons not yet taught; canceling a student's
// enrollments (student ban/suspension) refunds a paid one in full; an unpaid one is canceled with
// nothing to refund. Untaught booked lessons are freed.
#pragma once

#include "api/apierror.h"
#include "cascadescope.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

namespace tutorhub::api {
class AdminApi;
class AuthApi;
} // namespace tutorhub::api

namespace tutorhub::models::admin {

class ImpactPreview : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Scope { TutorUser, Student, CoursePack };
    enum class Refund { ProRata, Full };
    enum Column { StudentColumn, CourseColumn, StatusColumn, LessonsColumn, PaidColumn, RefundColumn, ColumnCount };

    explicit ImpactPreview(api::AdminApi *admin, QObject *parent = nullptr);
    // With `auth`, loadUser() can read a user's tutor application (C65).
    ImpactPreview(api::AdminApi *admin, api::AuthApi *auth, QObject *parent = nullptr);

    // Loads the enrollments a ban/suspension of `userId` (a tutor or a student) or the removal of
    // pack `coursePackId` would cancel.
    void load(Scope scope, const QString &id);
    // A ban or suspension of `userId` whose role is decided as the cascade decides it (resolveTargetRole, C65):
    // a tutor's students' enrollments, or the user's own as a student. `roleIdHint`: the roleId the page read.
    void loadUser(const QString &userId, const QString &roleIdHint);
    bool targetIsTutor() const { return m_tutor; }
    bool isLoading() const { return m_loading; }
    api::ApiError error() const { return m_error; }
    QString tutorProfileId() const { return m_profileId; }

    // Refund of one enrollment row under `rule` (the named rule of D47; exposed for tests).
    static double refundOf(const QJsonObject &enrollment, Refund rule);
    static int untaughtLessons(const QJsonObject &enrollment);

    int enrollmentCount() const { return int(m_rows.size()); }
    int paidCount() const;
    double refundTotal() const;
    int freedLessons() const;
    // One sentence: "3 enrollments will be canceled (2 paid); €150.00 will be refunded; 7 lessons freed."
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void failed(const tutorhub::api::ApiError &error);

private:
    void loadEnrollments(EnrollmentScope::By by, const QString &id);
    void finish(const api::ApiError &error, const QList<QJsonObject> &rows);

    QPointer<api::AdminApi> m_admin;
    QPointer<api::AuthApi> m_auth;
    bool m_tutor = false;
    QList<QJsonObject> m_rows;
    Refund m_rule = Refund::ProRata;
    QString m_profileId;
    api::ApiError m_error;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace tutorhub::models::admin
